import { Alert, Button, Card, Progress, Space, Table, Tag, Typography, Upload, type UploadProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportOutcome } from '../../../../shared/api';
import { translateError } from '../../../../shared/i18n';
import { batchNotes } from '../../../../shared/sync-batch';
import { namedOffices } from '../../../../shared/sync-format';
import { useApiMutation } from '../../api/queries';
import { ErrorAlert } from '../../components/ErrorAlert';
import { UnreadableFile, readAsBase64 } from './files';

type Row = ImportOutcome & { key: string };
type Chosen = Parameters<NonNullable<UploadProps['beforeUpload']>>[0];

/**
 * A new choice replaces the last one: antd calls beforeUpload once per file, each time with the whole batch
 * chosen, and its own list (which would keep adding to the earlier choices) stays empty.
 */
const chooser = (choose: (batch: Chosen[]) => void): UploadProps => ({
  fileList: [],
  showUploadList: false,
  beforeUpload: (_file, batch) => {
    choose(batch);
    return false;
  },
});

/**
 * Choose files, see a dry run of what each would add, change and conflict, then import. The import sends the
 * files one request each, so a stick full of packages shows progress; one bad file never hides the others.
 */
export function ImportCard({ officeCode }: { officeCode: string }) {
  const { t } = useTranslation();
  const [files, setFiles] = useState<Chosen[]>([]);
  // How many of this office's own packages, and of packages named for other offices, the last choice left
  // out; null before any choice.
  const [leftOut, setLeftOut] = useState<{ own: number; others: number } | null>(null);
  const [rows, setRows] = useState<Row[]>([]);
  const [done, setDone] = useState(0);
  const [mode, setMode] = useState<'idle' | 'checked' | 'imported'>('idle');
  const run = useApiMutation('sync.import', 'all');
  // A chosen file gone before it was read (the stick taken out): said, rather than the buttons doing nothing.
  const [unreadable, setUnreadable] = useState<string | null>(null);

  // A stick holds this office's own outgoing packages too (named LWU_<this office>_to_...), and at central's
  // door packages between other offices: left out, and said so, rather than shown as refused.
  const choose = (list: Chosen[]) => {
    const packages = list.filter((f) => f.name.toLowerCase().endsWith('.lwusync'));
    const ours = packages.filter((f) => f.name.startsWith(`LWU_${officeCode}_to_`));
    const others = packages.filter((f) => !ours.includes(f) && (namedOffices(f.name)?.to ?? officeCode) !== officeCode);
    setFiles(packages.filter((f) => !ours.includes(f) && !others.includes(f)));
    setLeftOut({ own: ours.length, others: others.length });
    setMode('idle');
    setRows([]);
    setUnreadable(null);
  };

  const go = (dryRun: boolean) =>
    readAndRun(dryRun).catch((e: unknown) => {
      // What was imported before the file that could not be read stays listed, as imported (not as a check's
      // "would"); a backend failure shows below.
      if (!dryRun) setMode('imported');
      if (e instanceof UnreadableFile) setUnreadable(e.fileName);
    });

  const readAndRun = async (dryRun: boolean) => {
    setRows([]);
    setDone(0);
    setUnreadable(null);
    const out: Row[] = [];
    // Name order is seq order for each sender, so a stick full of packages imports without gaps.
    const ordered = [...files].sort((a, b) => a.name.localeCompare(b.name));
    if (dryRun) {
      // All in one request: the backend checks them as an import takes them, one after the other, so that a
      // change two packages carry counts once.
      const outcomes = await run.mutateAsync({ files: await Promise.all(ordered.map(readAsBase64)), dryRun });
      out.push(...outcomes.map((o, i) => ({ ...o, key: ordered[i].uid })));
    } else {
      // One request each, so that a stick full of packages shows progress.
      for (const f of ordered) {
        const [outcome] = await run.mutateAsync({ files: [await readAsBase64(f)], dryRun });
        out.push({ ...outcome, key: f.uid });
        setRows([...out]);
        setDone(out.length);
      }
    }
    setRows(out);
    setMode(dryRun ? 'checked' : 'imported');
  };

  return (
    <Card title={t('syncPage.importTitle')}>
      <Space direction="vertical" style={{ width: '100%' }}>
        <Typography.Text type="secondary">{t('syncPage.importHelp')}</Typography.Text>
        <Space wrap>
          <Upload multiple accept=".lwusync" {...chooser(choose)}>
            <Button>{t('syncPage.choose')}</Button>
          </Upload>
          {/* An empty folder reaches no beforeUpload; its change event, bubbling here, still says so. */}
          <span onChange={(e) => (e.target as HTMLInputElement).files?.length === 0 && choose([])}>
            <Upload directory {...chooser(choose)}>
              <Button>{t('syncPage.chooseFolder')}</Button>
            </Upload>
          </span>
        </Space>
        {leftOut && !files.length && (
          // Packages were there, but none for this office: the lines below say which were left out and why.
          <Alert type="warning" showIcon role="status" title={t(leftOut.own || leftOut.others ? 'syncPage.noneForThisOffice' : 'syncPage.noPackagesChosen')} />
        )}
        {!!leftOut?.own && <Typography.Text type="secondary">{t('syncPage.ownPackagesLeftOut', { count: leftOut.own })}</Typography.Text>}
        {!!leftOut?.others && <Typography.Text type="secondary">{t('syncPage.othersPackagesLeftOut', { count: leftOut.others })}</Typography.Text>}
        {files.length > 0 && (
          <ul aria-label={t('syncPage.choose')} style={{ margin: 0, paddingInlineStart: 20 }}>
            {files.map((f) => (
              <li key={f.uid}>{f.name}</li>
            ))}
          </ul>
        )}
        <Space>
          <Button disabled={!files.length || run.isPending} onClick={() => void go(true)}>
            {run.isPending && mode === 'idle' ? t('syncPage.checking') : t('syncPage.check')}
          </Button>
          <Button type="primary" disabled={mode !== 'checked' || run.isPending || rows.every((r) => !r.ok || r.summary.status === 'alreadyImported')} onClick={() => void go(false)}>
            {t('syncPage.importNow')}
          </Button>
        </Space>
        {files.length > 0 && run.isPending && mode === 'checked' && <Progress percent={Math.round((done / files.length) * 100)} />}
        {mode === 'checked' && <Alert type="info" showIcon title={t('syncPage.dryRunNote')} />}
        {unreadable && <Alert type="error" showIcon role="alert" title={t('syncPage.fileUnreadable', { file: unreadable })} />}
        {run.error && <ErrorAlert error={run.error} />}
        {rows.length > 0 && <Totals rows={rows} checked={mode === 'checked'} />}
        {rows.length > 0 && <ResultTable rows={rows} />}
      </Space>
    </Card>
  );
}

function ResultTable({ rows }: { rows: Row[] }) {
  const { t } = useTranslation();
  const notes = batchNotes(rows);
  const noteOf = (r: Row) => notes[rows.indexOf(r)]!;
  return (
    <Table<Row>
      size="small"
      pagination={false}
      dataSource={rows}
      scroll={{ x: true }}
      aria-label={t('syncPage.result')}
      columns={[
        { title: t('syncPage.file'), key: 'file', onCell: () => ({ style: { minWidth: 220, wordBreak: 'break-all' } }), render: (_, r) => (r.ok ? r.summary.fileName : r.fileName) },
        { title: t('syncPage.from'), key: 'from', onCell: () => ({ style: { whiteSpace: 'nowrap' } }), render: (_, r) => (r.ok ? `${r.summary.from} · ${r.summary.seq}` : (namedOffices(r.fileName)?.from ?? '–')) },
        {
          title: t('syncPage.result'),
          key: 'result',
          render: (_, r) =>
            r.ok ? (
              <Space direction="vertical" size={0}>
                {noteOf(r).sameAs ? (
                  <Tag>{t('syncPage.sameAsFile', { file: noteOf(r).sameAs })}</Tag>
                ) : (
                  <Tag color={r.summary.status === 'alreadyImported' ? 'default' : 'green'}>{t(`syncPage.status_${r.summary.status}`)}</Tag>
                )}
                {r.summary.earlierInstall && <Typography.Text type="secondary">{t('syncPage.earlierInstall', { from: r.summary.from })}</Typography.Text>}
              </Space>
            ) : (
              <Space direction="vertical" size={0}>
                <Tag color="red">{t('syncPage.refused')}</Tag>
                <Typography.Text type="danger">{translateError(t, r.error)}</Typography.Text>
              </Space>
            ),
        },
        { title: t('syncPage.added'), key: 'added', render: (_, r) => (r.ok ? r.summary.added : '') },
        { title: t('syncPage.changed'), key: 'changed', render: (_, r) => (r.ok ? r.summary.changed : '') },
        { title: t('syncPage.conflicts'), key: 'conflicts', render: (_, r) => (r.ok ? r.summary.conflicts : '') },
        {
          title: t('syncPage.missing'),
          key: 'missing',
          render: (_, r) => noteOf(r).missing.map((s) => <Tag color="orange" key={s}>{t('syncPage.packageNumber', { seq: s })}</Tag>),
        },
      ]}
    />
  );
}

/** A stick of eighteen packages is read at a glance: how many went in, were there already, were refused. */
function Totals({ rows, checked }: { rows: Row[]; checked: boolean }) {
  const { t } = useTranslation();
  const count = (status: string) => rows.filter((r) => (r.ok ? r.summary.status : 'refused') === status).length;
  return (
    <Typography.Text strong role="status">
      {t('syncPage.totals', { label: t(checked ? 'syncPage.status_dryRun' : 'syncPage.status_imported'), done: count(checked ? 'dryRun' : 'imported'), already: count('alreadyImported'), refused: count('refused') })}
    </Typography.Text>
  );
}
