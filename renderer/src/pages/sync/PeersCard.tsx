import { Alert, Button, Card, Space, Spin, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportResult, OfficeInfo, OfficeStatus, PeerStatus } from '../../../../shared/api';
import { mailtoUrl, packageMail } from '../../../../shared/sync-mail';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ExportFolderField, useExportFolder } from './ExportFolderField';
import { downloadFile } from '../../hooks/download';
import { openMail } from './files';
import { formatDateTime } from '../../hooks/date-time';

type Written = { result: ExportResult; mailto: string | null };
type Action = 'stick' | 'mail' | 'download';

/** Each peer with its fingerprint, what was last sent and received, what is still unacknowledged or missing. */
export function PeersCard({ peers, office, provinces }: { peers: PeerStatus[]; office: OfficeInfo; provinces: OfficeStatus['provinces'] }) {
  const { t, i18n } = useTranslation();
  const info = useApiQuery('app.info', {}, { staleTime: Infinity });
  const nativeDialogs = info.data?.nativeDialogs ?? false;
  const { folder, setFolder, remembered } = useExportFolder();
  const prepare = useApiMutation('sync.export', ['sync.audit', 'sync.exportFolder']);
  const reveal = useApiMutation('desktop.revealInFolder');
  const [action, setAction] = useState<Action | null>(null);
  const [written, setWritten] = useState<Written | null>(null);

  const officeName = (o: Pick<OfficeInfo, 'level' | 'code' | 'provinceCode'>) => {
    if (o.level === 'central') return t('syncPage.centralShort');
    const p = provinces.find((x) => x.code === (o.provinceCode ?? o.code));
    return p ? (i18n.language === 'en' ? p.nameEn : p.nameLo) : o.code;
  };

  const run = (peer: PeerStatus, what: Action) => {
    setAction(what);
    setWritten(null);
    reveal.reset();
    const input = what === 'download' ? { to: peer.code } : { to: peer.code, folder: folder.trim() };
    prepare.mutate(input, {
      onSuccess: (result) => {
        if (what === 'download') downloadFile(result);
        let mailto: string | null = null;
        if (what === 'mail') {
          const facts = { fileName: result.fileName, from: officeName(office), to: officeName(peer), seq: result.seq, messages: result.messages, sha256: result.sha256 };
          mailto = mailtoUrl(packageMail(t, facts));
          openMail(mailto);
          if (result.path) reveal.mutate({ path: result.path });
        }
        setWritten({ result, mailto });
      },
    });
  };

  // The number, then the date on a line of its own, never broken inside ("2026-11- / 29" is hard to read): the
  // table fits a 1024-pixel screen.
  const packageText = (p: { seq: number; at: string } | null) =>
    p ? (
      <Space direction="vertical" size={0} style={{ whiteSpace: 'nowrap' }}>
        {t('syncPage.packageNumber', { seq: p.seq })}
        {formatDateTime(p.at)}
      </Space>
    ) : (
      t('syncPage.none')
    );
  // When the peer wrote it first, as for a package sent: that is how fresh its data is. A stick can wait days
  // before it is imported, so the import time follows, smaller; then the packages missing before it.
  const receivedText = ({ lastReceived: p, missing }: PeerStatus) =>
    p ? (
      <Space direction="vertical" size={0}>
        {p.writtenAt ? packageText({ seq: p.seq, at: p.writtenAt }) : t('syncPage.packageNumber', { seq: p.seq })}
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('syncPage.importedOn', { date: formatDateTime(p.at) })}
        </Typography.Text>
        {/* Numbers below one imported: harmless, since every package carries all its sender's unacknowledged
            changes. Said so, rather than left as a warning that nothing can clear. */}
        {missing.length > 0 && (
          <Space direction="vertical" size={0} style={{ marginTop: 4 }}>
            <Space size={4} wrap>
              {`${t('syncPage.neverArrived')}:`}
              {missing.map((s) => (
                <Tag key={s}>{t('syncPage.packageNumber', { seq: s })}</Tag>
              ))}
            </Space>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('syncPage.neverArrivedNothingLost')}
            </Typography.Text>
          </Space>
        )}
      </Space>
    ) : (
      t('syncPage.none')
    );
  const noFolder = folder.trim() === '';
  // Prepare, e-mail, download: beside the office's name, so that they are in view on a small screen.
  const actions = (p: PeerStatus) => {
    const busy = (a: Action) => prepare.isPending && action === a && prepare.variables?.to === p.code;
    return (
      <Space wrap>
        <Button type="primary" aria-label={t('syncPage.prepareFor', { code: p.code })} title={noFolder ? t('syncPage.needFolder') : undefined} disabled={noFolder} loading={busy('stick')} onClick={() => run(p, 'stick')}>
          {t('syncPage.prepare')}
        </Button>
        <Button aria-label={t('syncPage.mailFor', { code: p.code })} title={noFolder ? t('syncPage.needFolder') : undefined} disabled={noFolder} loading={busy('mail')} onClick={() => run(p, 'mail')}>
          {t('syncPage.mail')}
        </Button>
        {!nativeDialogs && (
          <Button type="link" aria-label={t('syncPage.downloadFor', { code: p.code })} loading={busy('download')} onClick={() => run(p, 'download')}>
            {t('syncPage.download')}
          </Button>
        )}
      </Space>
    );
  };
  const gone = remembered?.folder && !remembered.exists && folder.trim() === remembered.folder ? remembered.folder : null;
  return (
    <Card title={t('syncPage.peersTitle')}>
      <Space direction="vertical" style={{ width: '100%' }} size="middle">
        {peers.some((p) => p.enrollAgain) && <Alert type="warning" showIcon role="alert" title={t('errors.sync.enrollAgain', { code: office.code })} />}
        <ExportFolderField folder={folder} onChange={setFolder} nativeDialogs={nativeDialogs} gone={gone} />
        {written && <WrittenAlert written={written} onReveal={(path) => reveal.mutate({ path })} revealing={reveal.isPending} />}
        {prepare.error && <ErrorAlert error={prepare.error} />}
        {reveal.error && <ErrorAlert error={reveal.error} />}
        <Table<PeerStatus>
          rowKey="code"
          size="small"
          pagination={false}
          dataSource={peers}
          locale={{ emptyText: t('syncPage.noPeers') }}
          scroll={{ x: true }}
          columns={[
            // The code stays on one line, and the fingerprint in whole groups, two to a line: it is read out by
            // phone, group by group.
            { title: t('syncPage.office'), key: 'office', render: (_, p) => <><strong style={{ whiteSpace: 'nowrap' }}>{p.code}</strong><br />{p.name}</> },
            { title: '', key: 'prepare', render: (_, p) => actions(p) },
            { title: t('syncPage.fingerprint'), dataIndex: 'fingerprint', render: (f: string) => <Typography.Text style={{ fontFamily: 'monospace', whiteSpace: 'nowrap' }}>{fingerprintLines(f)}</Typography.Text> },
            { title: t('syncPage.lastSent'), key: 'sent', render: (_, p) => packageText(p.lastSent) },
            { title: t('syncPage.lastReceived'), key: 'received', render: (_, p) => receivedText(p) },
            { title: t('syncPage.unacknowledged'), key: 'unacknowledged', render: (_, p) => <PendingCount peer={p.code} /> },
          ]}
        />
      </Space>
    </Card>
  );
}

/** 1234 5678 9012 3456 as two lines of two groups. */
function fingerprintLines(f: string) {
  const groups = f.split(' ');
  const half = Math.ceil(groups.length / 2);
  return (
    <>
      {groups.slice(0, half).join(' ')}
      <br />
      {groups.slice(half).join(' ')}
    </>
  );
}

/** Messages a package to the peer would hold now; counted apart, so that a slow count holds up nothing else. */
function PendingCount({ peer }: { peer: string }) {
  const { t } = useTranslation();
  const count = useApiQuery('sync.pendingCount', { peer });
  // A failed recount shows as failed, not as the number from before.
  if (count.error) return <Typography.Text type="danger">{t('syncPage.countFailed')}</Typography.Text>;
  if (count.data) return <>{count.data.count}</>;
  return <Spin size="small" aria-label={t('syncPage.counting')} />;
}

/** What was written where, with the file manager one click away; for e-mail, the message to open again. */
function WrittenAlert({ written, onReveal, revealing }: { written: Written; onReveal: (path: string) => void; revealing: boolean }) {
  const { t } = useTranslation();
  const { result, mailto } = written;
  return (
    <Alert
      type="success"
      showIcon
      role="status"
      title={
        result.path
          ? t('syncPage.written', { seq: result.seq, count: result.messages, path: result.path })
          : t('syncPage.prepared', { file: result.fileName, count: result.messages })
      }
      description={
        mailto && (
          <Space direction="vertical" size={2}>
            <span>{t('syncPage.mailOpened', { file: result.fileName })}</span>
            <a href={mailto}>{t('syncPage.openMailAgain')}</a>
          </Space>
        )
      }
      action={result.path && <Button loading={revealing} onClick={() => onReveal(result.path!)}>{t('syncPage.showInFolder')}</Button>}
    />
  );
}
