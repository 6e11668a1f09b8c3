import { PlusOutlined } from '@ant-design/icons';
import { Button, Progress, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import type { TeamRow } from '../../../shared/api';
import { useApiQuery } from '../api/queries';
import { ErrorAlert } from '../components/ErrorAlert';
import { useLocalName, useReference } from '../hooks/use-reference';
import { TeamDrawer } from './TeamDrawer';
import { TeamFormModal } from './TeamFormModal';
import { compareLao } from '../../../shared/lao-order';

export function TeamsPage() {
  const { t } = useTranslation();
  const teams = useApiQuery('teams.list', {});
  const reference = useReference();
  const name = useLocalName();
  // The open team is in the address (#/teams/ID), so that other pages can link to it and Back closes it.
  const open = useParams()['*'] || null;
  const navigate = useNavigate();
  const setOpen = (id: string | null) => navigate(id ? `/teams/${id}` : '/teams');
  const [creating, setCreating] = useState(false);
  // The backend orders by level; within a level, by the name the reader sees (Lao on the Lao screen).
  const level = { central: 0, provincial: 1, district: 2 } as Record<string, number>;
  const inOrder = [...(teams.data ?? [])].sort((a, b) => (level[a.level] ?? 3) - (level[b.level] ?? 3) || compareLao(name(a), name(b)));
  return (
    <div className="page">
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 12 }}>
        <Typography.Title level={2} style={{ margin: 0 }}>
          {t('teams.title')}
        </Typography.Title>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
          {t('teams.add')}
        </Button>
      </Space>
      {teams.error ? (
        <ErrorAlert error={teams.error} onRetry={() => void teams.refetch()} />
      ) : (
        <Table<TeamRow>
          rowKey="id"
          size="middle"
          loading={teams.isLoading}
          dataSource={inOrder}
          pagination={false}
          locale={{ emptyText: t('teams.noTeams') }}
          onRow={(team) => ({ onClick: () => setOpen(team.id), style: { cursor: 'pointer' } })}
          columns={[
            { title: t('teams.name'), key: 'name', render: (_: unknown, team) => (
                <Button type="link" style={{ padding: 0 }} onClick={() => setOpen(team.id)}>
                  {name(team)}
                </Button>
              ),
            },
            { title: t('teams.level'), dataIndex: 'level', width: 110, render: (l: string) => t(`roster.level.${l}`) },
            {
              title: t('teams.place'),
              key: 'place',
              width: 200,
              render: (_: unknown, team) => [team.provinceId, team.districtId].map((x) => name(reference.byId.get(x ?? ''))).filter(Boolean).join(', '),
            },
            {
              title: t('teams.active'),
              key: 'capacity',
              width: 220,
              sorter: (a, b) => a.activeSize / a.targetSize - b.activeSize / b.targetSize,
              render: (_: unknown, team) => (
                <Space>
                  <Progress
                    percent={Math.round((100 * team.activeSize) / team.targetSize)}
                    steps={Math.min(team.targetSize, 10)}
                    size="small"
                    status={team.activeSize < team.targetSize ? 'exception' : 'success'}
                    showInfo={false}
                    aria-label={t('teams.capacity', { active: team.activeSize, target: team.targetSize })}
                  />
                  {t('teams.capacity', { active: team.activeSize, target: team.targetSize })}
                  {team.activeSize < team.targetSize && <Tag color="red">{t('teams.belowTarget')}</Tag>}
                </Space>
              ),
            },
            {
              title: t('teams.modules'),
              key: 'modules',
              render: (_: unknown, team) => (
                <Space size={4} wrap>
                  <Tooltip title={team.moduleIds.map((m) => name(reference.byId.get(m))).join(', ')}>
                    <span>
                      {team.moduleIds.length} / {reference.modules.length}
                    </span>
                  </Tooltip>
                  {team.overdueModuleIds.length > 0 && (
                    <Tooltip title={team.overdueModuleIds.map((m) => name(reference.byId.get(m))).join(', ')}>
                      <Tag color="orange">{t('teams.overdueModules', { count: team.overdueModuleIds.length })}</Tag>
                    </Tooltip>
                  )}
                </Space>
              ),
            },
          ]}
        />
      )}
      <TeamDrawer teamId={open} onClose={() => setOpen(null)} />
      <TeamFormModal open={creating} onClose={() => setCreating(false)} />
    </div>
  );
}
