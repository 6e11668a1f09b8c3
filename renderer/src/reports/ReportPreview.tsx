import { Table, Typography } from 'antd';
import type { Block, ReportDoc } from '../../../shared/report-model';

/** One block of the content model, as the .docx renderer lays it out. */
function PreviewBlock({ block, index }: { block: Block; index: number }) {
  switch (block.type) {
    case 'heading':
      return <Typography.Title level={block.level === 1 ? 3 : 4}>{block.text}</Typography.Title>;
    case 'paragraph':
      return <Typography.Paragraph type={block.muted ? 'secondary' : undefined} italic={block.muted} style={{ whiteSpace: 'pre-line' }}>{block.text}</Typography.Paragraph>;
    case 'figures':
      return (
        <dl className="report-figures">
          {block.items.map((f) => (
            <div key={f.label}>
              <dt>{f.label}</dt>
              <dd>{f.value}</dd>
            </div>
          ))}
        </dl>
      );
    case 'table':
      return (
        <Table
          size="small"
          bordered
          pagination={false}
          style={{ marginBottom: 16 }}
          rowKey={(_r, i) => String(i)}
          columns={block.columns.map((title, i) => ({ title, dataIndex: i, key: i, align: block.numeric?.[i] ? ('right' as const) : undefined }))}
          dataSource={block.rows.map((r) => Object.fromEntries(r.map((v, i) => [i, v])))}
        />
      );
    case 'chart': {
      const max = Math.max(1, ...block.bars.map((b) => Math.max(b.value, b.target ?? 0)));
      return (
        <figure aria-label={block.title} data-index={index}>
          <figcaption><strong>{block.title}</strong></figcaption>
          {block.bars.map((b) => (
            <div key={b.label} className="report-bar">
              <span className="report-bar-label">{b.label}</span>
              <span className="report-bar-track">
                <span className="report-bar-fill" style={{ width: `${(100 * b.value) / max}%`, background: b.target !== undefined && b.value < b.target ? '#C0504D' : '#4F81BD' }} />
                {b.target !== undefined && <span className="report-bar-target" style={{ left: `${(100 * b.target) / max}%` }} />}
              </span>
              <span>{b.value}{b.target !== undefined ? ` / ${b.target}` : ''}</span>
            </div>
          ))}
        </figure>
      );
    }
  }
}

/** The report as it will be in the Word file: the same content model, rendered in the page. */
export function ReportPreview({ doc }: { doc: ReportDoc }) {
  return (
    <article className="report-preview" lang={doc.language} aria-label={doc.title}>
      <header className="report-cover">
        <Typography.Text type="secondary">{doc.organisation}</Typography.Text>
        <Typography.Title level={2}>{doc.title}</Typography.Title>
        <Typography.Text>{doc.subtitle}</Typography.Text>
      </header>
      {doc.blocks.map((b, i) => (
        <PreviewBlock key={i} block={b} index={i} />
      ))}
    </article>
  );
}
