import { Alert, Button, Card, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PeerStatus } from '../../../../shared/api';
import { useApiMutation } from '../../api/queries';
import { ErrorAlert } from '../../components/ErrorAlert';
import { download } from './files';

/** Each peer with its fingerprint, what was last sent and received, what is still unacknowledged or missing. */
export function PeersCard({ peers }: { peers: PeerStatus[] }) {
  const { t } = useTranslation();
  const prepare = useApiMutation('sync.export', ['sync.status', 'sync.audit']);
  const packageText = (p: { seq: number; at: string } | null) =>
    p ? t('syncPage.packageNo', { seq: p.seq, date: new Date(p.at).toLocaleString() }) : t('syncPage.none');
  return (
    <Card title={t('syncPage.peersTitle')}>
      {prepare.data && (
        <Alert style={{ marginBottom: 12 }} type="success" showIcon title={t('syncPage.prepared', { file: prepare.data.fileName, count: prepare.data.messages })} />
      )}
      {prepare.error && <div style={{ marginBottom: 12 }}><ErrorAlert error={prepare.error} /></div>}
      <Table<PeerStatus>
        rowKey="code"
        size="small"
        pagination={false}
        dataSource={peers}
        locale={{ emptyText: t('syncPage.noPeers') }}
        scroll={{ x: true }}
        columns={[
          { title: t('syncPage.office'), key: 'office', render: (_, p) => <><strong>{p.code}</strong><br />{p.name}</> },
          { title: t('syncPage.fingerprint'), dataIndex: 'fingerprint', render: (f: string) => <Typography.Text style={{ fontFamily: 'monospace' }}>{f}</Typography.Text> },
          { title: t('syncPage.lastSent'), key: 'sent', render: (_, p) => packageText(p.lastSent) },
          { title: t('syncPage.lastReceived'), key: 'received', render: (_, p) => packageText(p.lastReceived) },
          { title: t('syncPage.unacknowledged'), dataIndex: 'unacknowledged' },
          {
            title: t('syncPage.missing'),
            key: 'missing',
            render: (_, p) => (p.missing.length ? p.missing.map((s) => <Tag color="orange" key={s}>{s}</Tag>) : '–'),
          },
          {
            title: '',
            key: 'prepare',
            render: (_, p) => (
              <Button
                type="primary"
                aria-label={t('syncPage.prepareFor', { code: p.code })}
                loading={prepare.isPending && prepare.variables?.to === p.code}
                onClick={() => prepare.mutate({ to: p.code }, { onSuccess: download })}
              >
                {t('syncPage.prepare')}
              </Button>
            ),
          },
        ]}
      />
    </Card>
  );
}
