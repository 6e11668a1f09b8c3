import { Alert, List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TransferPreview } from '../../../shared/api';
import type { Area } from '../../../shared/capacity';
import { useLocalName, useReference } from '../hooks/use-reference';

/**
 * The preview of a transfer in plain words, shown before it is saved; a deletion's too, with its own heading and
 * its own words for the sessions left to cover (from today, not from a transfer's date).
 */
export function TransferImpact({ preview, title, sessionsTitle }: { preview: TransferPreview; title?: string; sessionsTitle?: string }) {
  const { t } = useTranslation();
  const heading = title ?? t('transfers.impact');
  const reference = useReference();
  const name = useLocalName();
  const area = (a: Area) => `${name(reference.byId.get(a.id))} (${t(`capacity.${a.kind}`)})`;
  const module = (id: string) => name(reference.byId.get(id));
  const losses = [
    ...preview.teamsBelowTarget.map((x) => t('transfers.teamBelow', { team: name(x), after: x.activeAfter, target: x.target })),
    ...preview.teamModulesLost.flatMap((x) => x.modules.map((m) => t('transfers.teamModuleLost', { module: module(m.moduleId), team: name(x), before: m.before, after: m.after }))),
    ...preview.modulesLost.map((m) => t('transfers.moduleLost', { module: module(m.moduleId), area: area(m.area), before: m.before, after: m.after })),
  ];
  return (
    <div role="region" aria-label={heading}>
      <Typography.Title level={5}>{heading}</Typography.Title>
      {preview.membershipsToEnd > 0 && <Typography.Paragraph>{t('transfers.membershipsEnd', { count: preview.membershipsToEnd })}</Typography.Paragraph>}
      {losses.length === 0 ? (
        <Alert type="success" showIcon title={t('transfers.impactNone')} />
      ) : (
        <Alert type="warning" showIcon title={<List size="small" dataSource={losses} renderItem={(x) => <List.Item style={{ padding: '2px 0' }}>{x}</List.Item>} />} />
      )}
      {preview.sessions.length > 0 && (
        <Alert
          style={{ marginTop: 8 }}
          type="warning"
          showIcon
          title={sessionsTitle ?? t('transfers.sessionsToCover')}
          description={<Lines items={preview.sessions.map((s) => `${s.startDate} · ${name({ nameLo: s.titleLo, nameEn: s.titleEn })}`)} />}
        />
      )}
      {preview.modulesGained.length > 0 && (
        <Alert
          style={{ marginTop: 8 }}
          type="info"
          showIcon
          title={t('transfers.gains')}
          description={<Lines items={preview.modulesGained.map((m) => t('transfers.moduleGained', { module: module(m.moduleId), area: area(m.area), before: m.before, after: m.after }))} />}
        />
      )}
    </div>
  );
}

/** One line each: several sessions or modules run together in one paragraph were hard to read. */
function Lines({ items }: { items: string[] }) {
  return (
    <ul style={{ margin: 0, paddingInlineStart: 18 }}>
      {items.map((x, i) => (
        <li key={i}>{x}</li>
      ))}
    </ul>
  );
}
