import { useTranslation } from 'react-i18next';
import type { RosterRow } from '../../../shared/api';
import { useLocalName, useReference } from './use-reference';

/** How a person is named in a list: her Lao name, and her romanised one beside it when there is one. */
export const personName = (p: { nameLo: string; nameEn?: string | null }) => (p.nameEn ? `${p.nameLo} (${p.nameEn})` : p.nameLo);

/**
 * Options for a person picker. Namesakes are common (two ນາງ ຄຳ in one province): where two people would read
 * the same, each also shows where she works and when she was born, and her phone when even that is the same.
 */
export function usePersonOptions(people: RosterRow[] | undefined): Array<{ value: string; label: string }> {
  const { t } = useTranslation();
  const reference = useReference();
  const localName = useLocalName();
  const list = people ?? [];
  const count = (key: (p: RosterRow) => string) => {
    const n = new Map<string, number>();
    for (const p of list) n.set(key(p), (n.get(key(p)) ?? 0) + 1);
    return (p: RosterRow) => n.get(key(p)) ?? 0;
  };
  const place = (p: RosterRow) => localName(reference.byId.get(p.districtId ?? p.provinceId ?? '')) || t(`roster.level.${p.officeLevel}`);
  const detail = (p: RosterRow) => [place(p), p.birthYear ? t('roster.bornShort', { year: p.birthYear }) : null].filter(Boolean).join(', ');
  const sameName = count(personName);
  const sameDetail = count((p) => `${personName(p)}\u0000${detail(p)}`);
  return list.map((p) => {
    if (sameName(p) < 2) return { value: p.id, label: personName(p) };
    const parts = [detail(p), sameDetail(p) > 1 && p.phone ? p.phone : null].filter(Boolean);
    return { value: p.id, label: `${personName(p)} · ${parts.join(', ')}` };
  });
}
