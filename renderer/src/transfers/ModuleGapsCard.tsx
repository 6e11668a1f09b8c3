import { Card, Collapse, Empty, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { PersonLink } from '../roster/PersonLink';
import type { CapacityOverview } from '../../../shared/api';
import { useLocalName, useReference } from '../hooks/use-reference';
import { SuggestionList } from './SuggestionList';

type TeamGaps = CapacityOverview['moduleGaps'][number];

/**
 * The teams with a module that none or only one member can train, worst first (as the backend orders them):
 * one panel per team, so that the count in the heading is the number of panels. The modules are summed in the
 * card's corner.
 */
export function ModuleGapsCard({ teams, loading }: { teams: TeamGaps[] | undefined; loading: boolean }) {
  const { t } = useTranslation();
  const reference = useReference();
  const name = useLocalName();
  const modules = (teams ?? []).flatMap((g) => g.modules);
  const none = (list: TeamGaps['modules']) => list.filter((m) => m.coverage === 'gap').length;
  return (
    <Card
      title={t('capacity.modules')}
      loading={loading}
      extra={modules.length > 0 && <Typography.Text type="secondary">{t('capacity.moduleTotals', { gap: none(modules), atRisk: modules.length - none(modules) })}</Typography.Text>}
    >
      {teams?.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('capacity.noModules')} />
      ) : (
        <Collapse
          items={(teams ?? []).map((team) => {
            const gaps = none(team.modules);
            return {
              key: team.teamId,
              label: (
                <Space wrap>
                  <strong>{name(team)}</strong>
                  {gaps > 0 && <Tag color="red">{`${t('capacity.gap')}: ${gaps}`}</Tag>}
                  {team.modules.length - gaps > 0 && <Tag color="orange">{`${t('capacity.atRisk')}: ${team.modules.length - gaps}`}</Tag>}
                </Space>
              ),
              children: (
                <>
                  <Link to={`/teams/${team.teamId}`}>{t('capacity.openTeam')}</Link>
                  {team.modules.map((m) => (
                    <div key={m.moduleId} style={{ marginTop: 12 }}>
                      <Space wrap>
                        <Tag color={m.coverage === 'gap' ? 'red' : 'orange'}>{t(`capacity.${m.coverage}`)}</Tag>
                        <strong>{name(reference.byId.get(m.moduleId))}</strong>
                        {m.trainers.length === 1 && <OnlyTrainer trainer={m.trainers[0]!} />}
                      </Space>
                      <div>
                        <SuggestionList items={m.suggestions} />
                      </div>
                    </div>
                  ))}
                </>
              ),
            };
          })}
        />
      )}
    </Card>
  );
}

/** "only <her name> can train it", her name a link to her page. */
function OnlyTrainer({ trainer }: { trainer: TeamGaps['modules'][number]['trainers'][number] }) {
  const { t } = useTranslation();
  const name = useLocalName();
  const [before, after] = t('capacity.onlyTrainer', { name: '\u0000' }).split('\u0000');
  return (
    <Typography.Text type="secondary">
      {before}
      <PersonLink id={trainer.personId}>{name(trainer)}</PersonLink>
      {after}
    </Typography.Text>
  );
}
