import { Card, Col, Row, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../api/queries';

type SessionItem = { id: string; title: string; startDate: string; status: string; kind: string };

/** The sessions a person facilitated and the trainer courses she attended, from the calendar. */
export function PersonSessionsCard({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const sessions = useApiQuery('roster.sessions', { id: personId });
  const table = (title: string, rows: SessionItem[]) => (
    <>
      <Typography.Title level={5}>{title}</Typography.Title>
      <Table<SessionItem>
        size="small"
        rowKey="id"
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        dataSource={rows}
        locale={{ emptyText: t('roster.noSessions') }}
        columns={[
          { title: t('roster.sessionDate'), dataIndex: 'startDate', width: 110 },
          { title: t('roster.sessionTitle'), dataIndex: 'title' },
          { title: t('roster.sessionStatus'), dataIndex: 'status', width: 110, render: (s: string) => t(`calendar.status.${s}`, { defaultValue: s }) },
        ]}
      />
    </>
  );
  return (
    <Card title={t('roster.sessions')} loading={sessions.isLoading}>
      <Row gutter={24}>
        <Col xs={24} lg={12}>{table(t('roster.facilitated'), sessions.data?.facilitated ?? [])}</Col>
        <Col xs={24} lg={12}>{table(t('roster.attended'), sessions.data?.attended ?? [])}</Col>
      </Row>
    </Card>
  );
}
