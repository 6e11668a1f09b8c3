import { Space, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../api/queries';
import { ErrorAlert } from '../components/ErrorAlert';
import { AuditCard } from './sync/AuditCard';
import { ConflictsCard } from './sync/ConflictsCard';
import { EnrollmentCard } from './sync/EnrollmentCard';
import { ImportCard } from './sync/ImportCard';
import { OfficeCard } from './sync/OfficeCard';
import { OfficeSetup } from './sync/OfficeSetup';
import { PeersCard } from './sync/PeersCard';

export function SyncPage() {
  const { t } = useTranslation();
  const status = useApiQuery('sync.status', {});
  const office = status.data?.office;
  return (
    <div className="page">
      <Typography.Title level={2}>{t('syncPage.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('syncPage.intro')}</Typography.Paragraph>
      {status.error && <ErrorAlert error={status.error} onRetry={() => void status.refetch()} />}
      {status.isLoading && <Spin />}
      {status.data && !office && <OfficeSetup status={status.data} />}
      {status.data && office && (
        <Space direction="vertical" size="large" style={{ width: '100%' }}>
          <OfficeCard office={office} keyStorage={status.data.keyStorage} />
          <EnrollmentCard office={office} />
          <PeersCard peers={status.data.peers} office={office} provinces={status.data.provinces} />
          <ImportCard officeCode={office.code} />
          <ConflictsCard />
          <AuditCard />
        </Space>
      )}
    </div>
  );
}
