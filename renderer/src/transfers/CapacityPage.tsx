import { Card, Col, Empty, List, Row, Space, Statistic, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { PersonLink } from '../roster/PersonLink';
import { UPCOMING_DAYS } from '../../../shared/api/transfers';
import { useApiQuery } from '../api/queries';
import { ErrorAlert } from '../components/ErrorAlert';
import { useLocalName, useReference } from '../hooks/use-reference';
import { ModuleGapsCard } from './ModuleGapsCard';
import { SuggestionList } from './SuggestionList';

/** Every team with a gap, worst first, each with the ways to close it. */
export function CapacityPage() {
  const { t } = useTranslation();
  const overview = useApiQuery('capacity.overview', {});
  const reference = useReference();
  const name = useLocalName();
  if (overview.error) return <ErrorAlert error={overview.error} onRetry={() => void overview.refetch()} />;
  const data = overview.data;
  return (
    <div className="page">
      <Typography.Title level={2}>{t('capacity.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{data && t('capacity.intro', { day: data.day })}</Typography.Paragraph>
      <Row gutter={16} style={{ marginBottom: 16 }}>
        <Col span={6}><Card><Statistic title={t('capacity.teams')} value={data?.teams.length ?? 0} loading={!data} /></Card></Col>
        <Col span={6}><Card><Statistic title={t('capacity.modules')} value={data?.moduleGaps.length ?? 0} loading={!data} /></Card></Col>
        <Col span={6}><Card><Statistic title={t('capacity.overdue')} value={data?.overdueRefreshers ?? 0} loading={!data} /></Card></Col>
        <Col span={6}><Card><Statistic title={t('capacity.lost')} value={data?.knowledgeLost.length ?? 0} loading={!data} /></Card></Col>
      </Row>
      <Space direction="vertical" size="large" style={{ width: '100%' }}>
        <Card title={t('capacity.teams')} loading={!data}>
          {data?.teams.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('capacity.noTeams')} />
          ) : (
            <List
              dataSource={data?.teams ?? []}
              renderItem={(team) => (
                <List.Item>
                  <List.Item.Meta
                    title={
                      <Space>
                        <Link to={`/teams/${team.teamId}`}>{name(team)}</Link>
                        <Tag color="red">{t('capacity.members', { active: team.active, target: team.target })}</Tag>
                      </Space>
                    }
                    description={<SuggestionList items={team.suggestions} />}
                  />
                </List.Item>
              )}
            />
          )}
        </Card>
        {!!data?.upcoming.length && (
          <Card title={t('capacity.upcoming', { days: UPCOMING_DAYS })}>
            <List
              dataSource={data.upcoming}
              renderItem={(gap) => (
                <List.Item>
                  <List.Item.Meta
                    title={
                      <Space wrap>
                        <Link to={`/teams/${gap.teamId}`}>{name(gap)}</Link>
                        <Tag color="orange">{t('capacity.upcomingFrom', { date: gap.date, active: gap.active, target: gap.target })}</Tag>
                      </Space>
                    }
                    description={
                      <Space direction="vertical" size={0}>
                        {gap.leaving.map((l) => (
                          <span key={l.personId}>
                            <PersonLink id={l.personId}>{name(l)}</PersonLink> {t('capacity.leavingAfter', { date: l.lastDay, active: l.activeAfter, target: gap.target })}
                          </span>
                        ))}
                      </Space>
                    }
                  />
                </List.Item>
              )}
            />
          </Card>
        )}
        <ModuleGapsCard teams={data?.moduleGaps} loading={!data} />
        <Card title={t('capacity.lost')} loading={!data}>
          {data?.knowledgeLost.length === 0 ? (
            <Typography.Text type="secondary">{t('capacity.noLost')}</Typography.Text>
          ) : (
            <List
              size="small"
              dataSource={data?.knowledgeLost ?? []}
              renderItem={(l) => (
                <List.Item>
                  <span>
                    <PersonLink id={l.personId}>{name(l)}</PersonLink> {t('capacity.lostRow', { date: l.date, count: l.moduleIds.length })}:{' '}
                    {l.moduleIds.map((m) => name(reference.byId.get(m))).join(', ')}
                  </span>
                </List.Item>
              )}
            />
          )}
        </Card>
      </Space>
    </div>
  );
}
