import { Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../api/queries';
import { ErrorAlert } from '../components/ErrorAlert';
import { TransferImpact } from '../transfers/TransferImpact';

/**
 * What deleting a person does to her teams and modules, inside the delete confirmation: a trainer deleted
 * by mistake, or for a duplicate, must not empty a team unseen, as a transfer would not.
 */
export function DeleteImpact({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const preview = useApiQuery('roster.previewDelete', { id: personId });
  if (preview.error) return <ErrorAlert error={preview.error} onRetry={() => void preview.refetch()} />;
  if (!preview.data) return <Spin size="small" />;
  return <TransferImpact preview={preview.data} title={t('roster.deleteImpact')} sessionsTitle={t('roster.deleteSessions')} />;
}
