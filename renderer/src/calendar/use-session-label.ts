import { useTranslation } from 'react-i18next';
import type { SessionRow } from '../../../shared/api';
import { useLocalName, useReference } from '../hooks/use-reference';

/** The name a session goes by on screen: its title, else its kind and place, as the backend names it too. */
export function useSessionLabel() {
  const { t } = useTranslation();
  const reference = useReference();
  const name = useLocalName();
  const place = (s: Pick<SessionRow, 'provinceId' | 'districtId' | 'villageId'>) =>
    name(reference.byId.get(s.villageId ?? '') ?? reference.byId.get(s.districtId ?? '') ?? reference.byId.get(s.provinceId ?? '')) || t('calendar.level.central');
  type Labelled = Pick<SessionRow, 'title' | 'kind' | 'provinceId' | 'districtId' | 'villageId'>;
  return {
    label: (s: Labelled) => s.title || `${t(`calendar.kind.${s.kind}`)} · ${place(s)}`,
    /**
     * The label of a narrow chip: the place first, since a day's sessions mostly share their kind (a day of
     * village sessions) and a cut-off label must still tell them apart.
     */
    chipLabel: (s: Labelled) => s.title || `${place(s)} · ${t(`calendar.kind.${s.kind}`)}`,
    place,
    /** The full place, village to province, for details and tables. */
    fullPlace: (s: Pick<SessionRow, 'provinceId' | 'districtId' | 'villageId'>) =>
      [s.villageId, s.districtId, s.provinceId].map((x) => name(reference.byId.get(x ?? ''))).filter(Boolean).join(', ') || t('calendar.level.central'),
    levelLetter: (level: string) => t(`calendar.levelShort.${level}`),
  };
}
