import { Card, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../../../shared/api';
import { translateError } from '../../../../shared/i18n';
import { useApiQuery } from '../../api/queries';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDateTime } from '../../hooks/date-time';
import { useLocalName } from '../../hooks/use-reference';
import { fieldName } from './ConflictsCard';

/** Every export, import, refusal and enrollment, with the package's hash: what to check when a stick is lost. */
export function AuditCard() {
  const { t } = useTranslation();
  const audit = useApiQuery('sync.audit', {});
  const name = useLocalName();
  // Only a refusal holds an error code in its detail (a restore's detail names the office's code).
  const reason = (e: AuditEntry) => {
    const code = e.detail?.code;
    return e.action === 'refused' && typeof code === 'string' ? translateError(t, { code, params: (e.detail?.params ?? {}) as Record<string, string> }) : null;
  };
  // A settled conflict says whose record (named when it was settled), which field and which value.
  const settled = (e: AuditEntry) => {
    const { table, column, keep, nameLo, nameEn } = (e.detail ?? {}) as { table?: unknown; column?: unknown; keep?: unknown; nameLo?: unknown; nameEn?: unknown };
    if (e.action !== 'resolve' || typeof column !== 'string') return null;
    const what = t(keep === 'lost' ? 'syncPage.resolvedRestored' : 'syncPage.resolvedKept', { field: fieldName(t, column, typeof table === 'string' ? table : undefined) });
    return typeof nameLo === 'string' ? `${name({ nameLo, nameEn: typeof nameEn === 'string' ? nameEn : '' })} · ${what}` : what;
  };
  return (
    <Card title={t('syncPage.auditTitle')}>
      {audit.error && <ErrorAlert error={audit.error} />}
      <Table<AuditEntry>
        rowKey="id"
        size="small"
        loading={audit.isLoading}
        dataSource={audit.data ?? []}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        locale={{ emptyText: t('syncPage.noAudit') }}
        scroll={{ x: true }}
        columns={[
          { title: t('syncPage.when'), dataIndex: 'at', render: (at: string) => <span style={{ whiteSpace: 'nowrap' }}>{formatDateTime(at)}</span> },
          { title: t('syncPage.action'), key: 'action', onCell: () => ({ style: { minWidth: 280 } }), render: (_, e) => <>{t(e.action === 'refused' && e.detail?.check ? 'syncPage.action_refusedCheck' : `syncPage.action_${e.action}`)}{reason(e) && <><br /><Typography.Text type="danger">{reason(e)}</Typography.Text></>}{settled(e) && <><br /><Typography.Text type="secondary">{settled(e)}</Typography.Text></>}</> },
          { title: t('syncPage.office'), key: 'peer', render: (_, e) => <span style={{ whiteSpace: 'nowrap' }}>{[e.peerCode, e.seq].filter((x) => x !== null).join(' · ')}</span> },
          { title: t('syncPage.file'), dataIndex: 'fileName', onCell: () => ({ style: { minWidth: 200, wordBreak: 'break-all' } }) },
          {
            title: <span style={{ whiteSpace: 'nowrap' }}>{t('syncPage.hash')}</span>,
            dataIndex: 'sha256',
            render: (h: string | null) => h && <Typography.Text code copyable={{ text: h }} style={{ whiteSpace: 'nowrap' }}>{h.slice(0, 16)}…</Typography.Text>,
          },
        ]}
      />
    </Card>
  );
}
