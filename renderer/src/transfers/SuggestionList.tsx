import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { PersonLink } from '../roster/PersonLink';
import type { Suggestion } from '../../../shared/api';
import { useLocalName } from '../hooks/use-reference';

/** Ways to close a gap, each person a link to her page. */
export function SuggestionList({ items }: { items: Suggestion[] }) {
  const { t } = useTranslation();
  const name = useLocalName();
  if (items.length === 0) return <Typography.Text type="secondary">{t('capacity.noSuggestion')}</Typography.Text>;
  return (
    <ul style={{ margin: 0, paddingInlineStart: 18 }} aria-label={t('capacity.suggest')}>
      {items.map((s, i) => {
        const who = s.personId ? <PersonLink id={s.personId}>{name({ nameLo: s.nameLo ?? '', nameEn: s.nameEn ?? '' })}</PersonLink> : null;
        const text = t(`capacity.${s.kind}`, { name: '\u0000', date: s.detail, title: name({ nameLo: s.nameLo ?? '', nameEn: s.nameEn ?? '' }) });
        const [before, after] = text.split('\u0000');
        return <li key={i}>{who ? <>{before}{who}{after}</> : text}</li>;
      })}
    </ul>
  );
}

