import { Card, Table, Tabs, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { SessionRow } from '../../../shared/api';
import { useApiQuery } from '../api/queries';
import { statusSymbol, statusTagColour } from './session-style';
import { useSessionLabel } from './use-session-label';

/** For the person page: the sessions she facilitated and attended, each linking to the calendar. */
export function PersonSessionsCard({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const { label, fullPlace } = useSessionLabel();
  const data = useApiQuery('calendar.ofPerson', { personId });
  const table = (rows: SessionRow[]) => (
    <Table<SessionRow>
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={rows}
      locale={{ emptyText: t('calendar.person.none') }}
      columns={[
        { title: t('calendar.field.dates'), dataIndex: 'startDate', width: 120 },
        { title: t('calendar.field.session'), key: 'title', render: (_: unknown, s) => <Link to="/calendar?view=agenda">{label(s)}</Link> },
        { title: t('calendar.field.place'), key: 'place', render: (_: unknown, s) => fullPlace(s) },
        { title: t('calendar.field.status'), dataIndex: 'status', width: 140, render: (st: SessionRow['status']) => <Tag color={statusTagColour[st]}>{`${statusSymbol[st]} ${t(`calendar.status.${st}`)}`}</Tag> },
      ]}
    />
  );
  return (
    <Card title={t('calendar.person.title')} loading={data.isLoading}>
      <Tabs
        items={[
          { key: 'facilitated', label: `${t('calendar.person.facilitated')} (${data.data?.facilitated.length ?? 0})`, children: table(data.data?.facilitated ?? []) },
          { key: 'attended', label: `${t('calendar.person.attended')} (${data.data?.attended.length ?? 0})`, children: table(data.data?.attended ?? []) },
        ]}
      />
    </Card>
  );
}
