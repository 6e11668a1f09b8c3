import { Alert, Button, Card, Select, Space, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { CascadeNode } from '../../../shared/api';
import { useApiQuery } from '../api/queries';
import { ErrorAlert } from '../components/ErrorAlert';
import { levelColour, statusSymbol, statusTagColour } from './session-style';
import { useSessionLabel } from './use-session-label';

interface TreeRow {
  key: string;
  session: CascadeNode['session'];
  totals: CascadeNode['totals'];
  children?: TreeRow[];
}
const toTree = (n: CascadeNode): TreeRow => ({ key: n.session.id, session: n.session, totals: n.totals, children: n.children.length ? n.children.map(toTree) : undefined });

/** From a training of trainers down to the village sessions it led to, with what each branch reached. */
export function CascadeView({ rootId, onRoot, onOpen }: { rootId: string | null; onRoot(id: string): void; onOpen(id: string): void }) {
  const { t } = useTranslation();
  const { label } = useSessionLabel();
  const today = dayjs();
  const courses = useApiQuery('calendar.list', { from: today.subtract(3, 'year').format('YYYY-MM-DD'), to: today.add(1, 'year').format('YYYY-MM-DD'), kinds: ['tot', 'refresher'] });
  const tree = useApiQuery('calendar.cascade', { id: rootId ?? '' }, { enabled: !!rootId });
  const root = tree.data;
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap>
        <Typography.Text>{t('calendar.cascade.pick')}</Typography.Text>
        <Select
          aria-label={t('calendar.cascade.pick')}
          showSearch={{ optionFilterProp: 'label' }}
          style={{ minWidth: 520 }}
          value={rootId ?? undefined}
          onChange={onRoot}
          options={[...(courses.data ?? [])].reverse().map((s) => ({ value: s.id, label: `${s.startDate} · ${label(s)}` }))}
        />
      </Space>
      {!rootId && <Alert type="info" title={t('calendar.cascade.pickHelp')} />}
      {tree.error && <ErrorAlert error={tree.error} />}
      {root && (
        <Card size="small">
          <Typography.Paragraph strong>
            {t('calendar.cascade.totals', {
              sessions: root.totals.sessions,
              held: root.totals.held,
              people: root.totals.female + root.totals.male,
              female: root.totals.female,
              villages: root.totals.villages,
            })}
          </Typography.Paragraph>
          <Table<TreeRow>
            size="small"
            pagination={false}
            dataSource={[toTree(root)]}
            expandable={{ defaultExpandAllRows: true }}
            columns={[
              {
                title: t('calendar.field.session'),
                key: 'title',
                render: (_: unknown, n) => (
                  <Button type="link" style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'left' }} onClick={() => onOpen(n.session.id)}>
                    {label(n.session)}
                  </Button>
                ),
              },
              { title: t('calendar.field.dates'), key: 'dates', width: 120, render: (_: unknown, n) => n.session.startDate },
              { title: t('calendar.field.level'), key: 'level', width: 100, render: (_: unknown, n) => <Tag color={levelColour[n.session.level]}>{t(`calendar.level.${n.session.level}`)}</Tag> },
              {
                title: t('calendar.field.status'),
                key: 'status',
                width: 140,
                render: (_: unknown, n) => <Tag color={statusTagColour[n.session.status]}>{`${statusSymbol[n.session.status]} ${t(`calendar.status.${n.session.status}`)}`}</Tag>,
              },
              { title: t('calendar.cascade.sessions'), key: 'sessions', width: 90, render: (_: unknown, n) => `${n.totals.held}/${n.totals.sessions}` },
              { title: t('calendar.cascade.people'), key: 'people', width: 130, render: (_: unknown, n) => `${n.totals.female + n.totals.male} (${t('calendar.field.female')} ${n.totals.female})` },
              { title: t('calendar.cascade.villages'), key: 'villages', width: 110, render: (_: unknown, n) => n.totals.villages },
            ]}
          />
        </Card>
      )}
    </Space>
  );
}
