import { messageText } from '../../../../shared/validation-message';
import { InboxOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Checkbox, Result, Select, Space, Steps, Table, Tag, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { type ImportField, type ImportMapping, type ImportPreview, type ImportPreviewRow, type ImportResult, importFields } from '../../../../shared/api/roster-import';
import { call } from '../../api/client';
import { useQueryClient } from '@tanstack/react-query';
import { ErrorAlert } from '../../components/ErrorAlert';
import { readAsBase64 } from './read-file';
import { personName } from '../../hooks/use-person-options';
import { useLocalName } from '../../hooks/use-reference';

/** A column fills one field: choosing it for one takes it from any other, which is then not in the file. */
function chooseColumn(mapping: ImportMapping, field: ImportField, col: number): ImportMapping {
  const next: ImportMapping = { ...mapping, [field]: col < 0 ? null : col };
  for (const other of importFields) if (other !== field && col >= 0 && next[other] === col) next[other] = null;
  return next;
}

/** Row numbers as the file numbers them: the first few, enough to find them, not a whole empty template. */
function rowList(rows: number[]): string {
  const shown = 12;
  return [...rows.slice(0, shown), ...(rows.length > shown ? ['…'] : [])].join(', ');
}

interface Chosen {
  fileName: string;
  base64: string;
}

/** Excel roster in, without retyping: choose a file, confirm the columns, see every problem, then import. */
export function ImportPage() {
  const localName = useLocalName();
  const placeList = (p: ImportPreviewRow['problems'][number]) =>
    p.places && [...p.places.map((x) => (x.within ? `${localName(x)} (${localName(x.within)})` : localName(x))), ...(p.more ? ['…'] : [])].join(', ');
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [file, setFile] = useState<Chosen | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [skipDuplicates, setSkipDuplicates] = useState(true);
  // What the import button will import: the rows the summary calls ready, and the likely duplicates unless they
  // are skipped; never a row with problems.
  const toImport = preview ? preview.counts.valid + (skipDuplicates ? 0 : preview.counts.duplicates) : 0;

  const analyse = async (chosen: Chosen, mapping?: ImportMapping) => {
    setBusy(true);
    setError(null);
    try {
      setPreview(await call('import.preview', { ...chosen, mapping }));
    } catch (e) {
      setPreview(null);
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const choose = async (f: File) => {
    const chosen = { fileName: f.name, base64: await readAsBase64(f) };
    setFile(chosen);
    setResult(null);
    await analyse(chosen);
    return false;
  };

  const commit = async (mode: 'all' | 'validOnly') => {
    if (!file || !preview) return;
    setBusy(true);
    try {
      setResult(await call('import.commit', { ...file, mapping: preview.mapping, mode, skipDuplicates }));
      await client.invalidateQueries();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const reset = () => {
    setFile(null);
    setPreview(null);
    setResult(null);
    setError(null);
  };

  // Rows that are no person are not in the table: said under the summary, so that none goes unseen.
  const notes = [
    preview && preview.counts.withProblems > 0 ? t('import.hasProblemsHint', { count: preview.counts.withProblems }) : '',
    preview && preview.leftOut.length > 0 ? t('import.leftOut', { count: preview.leftOut.length, rows: rowList(preview.leftOut) }) : '',
  ].filter(Boolean);

  const step = result ? 2 : preview ? 1 : 0;
  // A header LWU Desk does not know: the person points to the column, and the rows are checked again.
  const nameColumnMissing = preview != null && preview.mapping.nameLo == null;
  const problemText = (r: ImportPreviewRow) => [
    ...r.problems.map((p) => (
      // A tag keeps to one line unless told: a long message would widen the table past the window.
      <Tag color="red" key={`${p.field}${p.message}`} style={{ whiteSpace: 'normal' }}>
        {t(`import.fields.${p.field}`, { defaultValue: p.field })}: {messageText(t, p.message, { value: p.value, places: placeList(p) })}
      </Tag>
    )),
    ...r.duplicates.map((d) => (
      <Tag color="gold" key={`${d.id}${d.row}`} style={{ whiteSpace: 'normal' }}>
        {d.id ? t('import.duplicateOf', { name: personName(d) }) : t('import.duplicateRow', { row: d.row })}
      </Tag>
    )),
  ];

  return (
    <div className="page">
      <Typography.Title level={2}>{t('import.title')}</Typography.Title>
      <Steps current={step} style={{ marginBottom: 16 }} items={[{ title: t('import.stepFile') }, { title: t('import.stepMapping') }, { title: t('import.stepDone') }]} />
      {error != null && (
        <div style={{ marginBottom: 16 }}>
          <ErrorAlert error={error} />
        </div>
      )}
      {step === 0 && (
        <Card>
          <Typography.Paragraph>{t('import.intro')}</Typography.Paragraph>
          <Upload.Dragger accept=".xlsx,.csv" showUploadList={false} beforeUpload={(f) => {
              void choose(f).catch((e) => setError(e));
              return false;
            }} aria-label={t('import.choose')} disabled={busy}>
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p>{t('import.drop')}</p>
          </Upload.Dragger>
        </Card>
      )}
      {step === 1 && preview && file && (
        <Space direction="vertical" size="large" style={{ width: '100%' }}>
          <Card title={`${t('import.mapping')} · ${file.fileName}`}>
            {nameColumnMissing && <Alert type="warning" showIcon role="alert" title={t('import.chooseNameColumn', { field: t('import.fields.nameLo') })} style={{ marginBottom: 12 }} />}
            <Space wrap size={[16, 8]}>
              {importFields.map((field) => (
                <Space key={field} direction="vertical" size={0}>
                  <Typography.Text type="secondary">{t(`import.fields.${field}`)}</Typography.Text>
                  <Select
                    aria-label={t(`import.fields.${field}`)}
                    style={{ width: 200 }}
                    status={field === 'nameLo' && nameColumnMissing ? 'error' : undefined}
                    value={preview.mapping[field] ?? -1}
                    disabled={busy}
                    onChange={(col: number) => void analyse(file, chooseColumn(preview.mapping, field, col))}
                    options={[{ value: -1, label: t('import.notInFile') }, ...preview.headers.map((h, i) => ({ value: i, label: h || `#${i + 1}` }))]}
                  />
                </Space>
              ))}
            </Space>
          </Card>
          <Card>
            <Alert
              type={preview.counts.withProblems > 0 ? 'warning' : 'info'}
              showIcon
              role="status"
              title={t('import.summary', preview.counts)}
              description={notes.length ? notes.map((line) => <div key={line}>{line}</div>) : undefined}
              style={{ marginBottom: 12 }}
            />
            <Table<ImportPreviewRow>
              size="small"
              rowKey="row"
              dataSource={preview.rows}
              pagination={{ pageSize: 50, hideOnSinglePage: true }}
              rowClassName={(r) => (r.problems.length ? 'import-row-problem' : '')}
              columns={[
                { title: t('import.row'), dataIndex: 'row', width: 70 },
                { title: t('import.name'), key: 'name', width: 280, render: (_: unknown, r) => <span lang="lo">{r.nameLo || '—'}</span> },
                { title: t('roster.field.nameEn'), dataIndex: 'nameEn', width: 200 },
                {
                  title: t('import.check'),
                  key: 'check',
                  render: (_: unknown, r) => (r.problems.length || r.duplicates.length ? <Space wrap size={4}>{problemText(r)}</Space> : <Tag color="green">{t('import.ok')}</Tag>),
                },
              ]}
            />
            <Space wrap style={{ marginTop: 12 }}>
              <Checkbox checked={skipDuplicates} onChange={(e) => setSkipDuplicates(e.target.checked)}>
                {t('import.skipDuplicates')}
              </Checkbox>
              {/* Importing all is refused while a row has problems: not offered then, rather than shown with a count of
                  rows it cannot import. */}
              {preview.counts.withProblems === 0 ? (
                <Button type="primary" disabled={toImport === 0 || busy} loading={busy} onClick={() => void commit('all')}>
                  {t('import.importAll', { count: toImport })}
                </Button>
              ) : (
                <Button disabled={toImport === 0 || busy} loading={busy} onClick={() => void commit('validOnly')}>
                  {t('import.importValid', { count: toImport })}
                </Button>
              )}
              <Button onClick={reset}>{t('import.fixFile')}</Button>
            </Space>
          </Card>
        </Space>
      )}
      {step === 2 && result && (
        <Result
          status="success"
          title={t('import.done', { ...result })}
          extra={[
            <Button key="roster" type="primary" onClick={() => navigate('/trainers')}>
              {t('import.toRoster')}
            </Button>,
            <Button key="again" onClick={reset}>
              {t('import.another')}
            </Button>,
          ]}
        />
      )}
    </div>
  );
}
