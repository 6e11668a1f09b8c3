import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TransferRow } from '../../../shared/api';

/** A transfer's date, marked when it is still to come (she moves on that day). */
export function TransferDate({ row }: { row: Pick<TransferRow, 'date' | 'upcoming'> }) {
  const { t } = useTranslation();
  return (
    <>
      {row.date}{' '}
      {row.upcoming && (
        <Tooltip title={t('transfers.upcomingHelp')}>
          <Tag color="gold">{t('transfers.upcoming')}</Tag>
        </Tooltip>
      )}
    </>
  );
}
