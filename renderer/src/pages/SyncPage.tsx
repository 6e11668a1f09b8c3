import { Space, Spin, Typography } from 'antd';
import { useRef } from 'react';
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
  // Once enrolled, the day's work comes first: packages out and in, and conflicts. Before, the office's identity
  // and its enrollment, which come first in a new office's life. Decided when the page opens: cards moved while
  // it is open would start afresh, and lose what they show (the enrollment just completed).
  const enrolledWhenOpened = useRef<boolean | null>(null);
  if (status.data && enrolledWhenOpened.current === null) enrolledWhenOpened.current = status.data.peers.length > 0;
  const enrolled = enrolledWhenOpened.current ?? false;
  return (
    <div className="page">
      <Typography.Title level={2}>{t('syncPage.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('syncPage.intro')}</Typography.Paragraph>
      {status.error && <ErrorAlert error={status.error} onRetry={() => void status.refetch()} />}
      {status.isLoading && <Spin />}
      {status.data && !office && <OfficeSetup status={status.data} />}
      {status.data && office && (
        <Space direction="vertical" size="large" style={{ width: '100%' }}>
          {!enrolled && <OfficeCard office={office} keyStorage={status.data.keyStorage} />}
          {!enrolled && <EnrollmentCard office={office} />}
          <PeersCard peers={status.data.peers} office={office} provinces={status.data.provinces} />
          <ImportCard officeCode={office.code} />
          <ConflictsCard />
          {enrolled && <OfficeCard office={office} keyStorage={status.data.keyStorage} />}
          {enrolled && <EnrollmentCard office={office} />}
          <AuditCard />
        </Space>
      )}
    </div>
  );
}
