import { Button, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SessionRow } from '../../../shared/api';
import { levelColour, statusSymbol, statusTagColour } from './session-style';
import { useSessionLabel } from './use-session-label';

/** Every session of the period as a list, in date order: what a coordinator prints for a meeting. */
export function AgendaView({ sessions, onOpen }: { sessions: SessionRow[]; onOpen(id: string): void }) {
  const { t } = useTranslation();
  const { label, fullPlace } = useSessionLabel();
  return (
    <Table<SessionRow>
      size="small"
      rowKey="id"
      dataSource={sessions}
      pagination={{ pageSize: 50, hideOnSinglePage: true }}
      locale={{ emptyText: t('calendar.noSessions') }}
      columns={[
        { title: t('calendar.field.dates'), key: 'dates', width: 190, render: (_: unknown, s) => (s.startDate === s.endDate ? s.startDate : `${s.startDate} – ${s.endDate}`) },
        {
          title: t('calendar.field.session'),
          key: 'title',
          // The kind goes under a session's own title; a session without one is already called by its kind.
          // No column of its own: at 1366 pixels it left the titles a few words a line.
          render: (_: unknown, s) => (
            <Space direction="vertical" size={0}>
              <Button type="link" style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'left' }} onClick={() => onOpen(s.id)}>
                {label(s)}
              </Button>
              {s.title && <Typography.Text type="secondary">{t(`calendar.kind.${s.kind}`)}</Typography.Text>}
            </Space>
          ),
        },
        { title: t('calendar.field.level'), dataIndex: 'level', width: 100, render: (l: SessionRow['level']) => <Tag color={levelColour[l]}>{t(`calendar.level.${l}`)}</Tag> },
        { title: t('calendar.field.place'), key: 'place', width: 200, render: (_: unknown, s) => fullPlace(s) },
        {
          title: t('calendar.field.status'),
          dataIndex: 'status',
          width: 140,
          render: (st: SessionRow['status']) => <Tag color={statusTagColour[st]}>{`${statusSymbol[st]} ${t(`calendar.status.${st}`)}`}</Tag>,
        },
        { title: t('calendar.field.participants'), key: 'people', width: 100, render: (_: unknown, s) => (s.status === 'held' ? s.female + s.male : '') },
      ]}
    />
  );
}
