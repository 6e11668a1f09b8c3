import { CheckCircleOutlined, ClockCircleOutlined, SendOutlined } from '@ant-design/icons';
import { Space, Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RecordSyncState } from '../../../shared/api';
import { CENTRAL_CODE } from '../../../shared/sync-format';
import { useApiQuery } from '../api/queries';
import { useLocalName, useReference } from '../hooks/use-reference';

const look: Record<Exclude<RecordSyncState['state'], 'notInScope'>, { colour: string; icon: React.ReactNode }> = {
  pending: { colour: 'orange', icon: <ClockCircleOutlined /> },
  sent: { colour: 'blue', icon: <SendOutlined /> },
  acknowledged: { colour: 'green', icon: <CheckCircleOutlined /> },
};

/**
 * Whether this record's latest change has reached each office that holds it: waiting for the next package,
 * sent, or acknowledged. Nothing shows before this office has peers, as there is nowhere to send to.
 */
export function RecordSyncTags({ table, rowId }: { table: string; rowId: string }) {
  const { t } = useTranslation();
  const reference = useReference();
  const name = useLocalName();
  const status = useApiQuery('sync.recordStatus', { table, rowId });
  const shown = (status.data ?? []).filter((s) => s.state !== 'notInScope');
  if (shown.length === 0) return null;
  const office = (code: string) => (code === CENTRAL_CODE ? t('syncPage.centralShort') : name(reference.provinces.find((p) => p.code === code)) || code);
  return (
    <Space size={4} wrap aria-label={t('recordSync.label')}>
      {shown.map((s) => {
        const { colour, icon } = look[s.state as keyof typeof look];
        return (
          <Tooltip key={s.peer} title={t(`recordSync.help.${s.state}`)}>
            <Tag color={colour} icon={icon}>
              {t(`recordSync.${s.state}`, { office: office(s.peer) })}
            </Tag>
          </Tooltip>
        );
      })}
    </Space>
  );
}
