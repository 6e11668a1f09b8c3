import { Card, Collapse, Empty, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CapacityOverview } from '../../../shared/api';
import { useLocalName, useReference } from '../hooks/use-reference';
import { SuggestionList } from './SuggestionList';

type ModuleGap = CapacityOverview['modules'][number];

/** Module gaps grouped by district or province, the areas with most gaps first. */
export function ModuleGapsCard({ modules, loading }: { modules: ModuleGap[] | undefined; loading: boolean }) {
  const { t } = useTranslation();
  const reference = useReference();
  const name = useLocalName();
  const byArea = new Map<string, ModuleGap[]>();
  for (const m of modules ?? []) byArea.set(m.area.id, [...(byArea.get(m.area.id) ?? []), m]);
  const score = (gaps: ModuleGap[]) => gaps.filter((g) => g.coverage === 'gap').length * 100 + gaps.length;
  const areas = [...byArea.values()].sort((a, b) => score(b) - score(a));
  return (
    <Card title={t('capacity.modules')} loading={loading}>
      {areas.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('capacity.noModules')} />
      ) : (
        <Collapse
          items={areas.map((gaps) => {
            const area = gaps[0].area;
            const none = gaps.filter((g) => g.coverage === 'gap').length;
            return {
              key: area.id,
              label: (
                <Space wrap>
                  <strong>{name(reference.byId.get(area.id))}</strong>
                  <Typography.Text type="secondary">({t(`capacity.${area.kind}`)})</Typography.Text>
                  {none > 0 && <Tag color="red">{`${t('capacity.gap')}: ${none}`}</Tag>}
                  {gaps.length - none > 0 && <Tag color="orange">{`${t('capacity.atRisk')}: ${gaps.length - none}`}</Tag>}
                </Space>
              ),
              children: gaps.map((g) => (
                <div key={g.moduleId} style={{ marginBottom: 12 }}>
                  <Space wrap>
                    <Tag color={g.coverage === 'gap' ? 'red' : 'orange'}>{t(`capacity.${g.coverage}`)}</Tag>
                    <strong>{name(reference.byId.get(g.moduleId))}</strong>
                  </Space>
                  <SuggestionList items={g.suggestions} />
                </div>
              )),
            };
          })}
        />
      )}
    </Card>
  );
}
