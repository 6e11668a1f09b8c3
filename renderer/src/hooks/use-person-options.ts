import { useTranslation } from 'react-i18next';
import type { RosterRow } from '../../../shared/api';
import { useLocalName, useReference } from './use-reference';

/** How a person is named in a list: her Lao name, and her romanised one beside it when there is one. */
export const personName = (p: { nameLo: string; nameEn?: string | null }) => (p.nameEn ? `${p.nameLo} (${p.nameEn})` : p.nameLo);

type Described = Pick<RosterRow, 'id' | 'nameLo' | 'nameEn' | 'officeLevel' | 'provinceId' | 'districtId' | 'phone' | 'birthYear'>;

/** Where a person works and when she was born, in the UI language: what tells two namesakes apart. */
export function usePersonDetail(): (p: Described, withPhone?: boolean) => string {
  const { t } = useTranslation();
  const reference = useReference();
  const localName = useLocalName();
  const place = (p: Described) => localName(reference.byId.get(p.districtId ?? p.provinceId ?? '')) || t(`roster.level.${p.officeLevel}`);
  return (p, withPhone = false) => [place(p), p.birthYear ? t('roster.bornShort', { year: p.birthYear }) : null, withPhone ? p.phone : null].filter(Boolean).join(', ');
}

/**
 * Options for a person picker. Namesakes are common (two ນາງ ຄຳ in one province): where two people would read
 * the same, each also shows where she works and when she was born, and her phone when even that is the same.
 */
export function usePersonOptions(people: RosterRow[] | undefined): Array<{ value: string; label: string }> {
  const detail = usePersonDetail();
  const list = people ?? [];
  const count = (key: (p: RosterRow) => string) => {
    const n = new Map<string, number>();
    for (const p of list) n.set(key(p), (n.get(key(p)) ?? 0) + 1);
    return (p: RosterRow) => n.get(key(p)) ?? 0;
  };
  const sameName = count(personName);
  const sameDetail = count((p) => `${personName(p)}\u0000${detail(p)}`);
  return list.map((p) => (sameName(p) < 2 ? { value: p.id, label: personName(p) } : { value: p.id, label: `${personName(p)} · ${detail(p, sameDetail(p) > 1)}` }));
}
