/**
 * Is this woman already in the roster? The same rule for a spreadsheet row and for a trainer added by hand:
 * the same name (Lao or romanised, as search compares them, the title ນາງ or ທ້າວ aside) and the same phone or
 * birth year. Where either entry has neither, the name alone decides: nothing else tells the two apart.
 */
import { withoutTitle } from '../../shared/lao-order';
import { searchKey } from '../../shared/roster-rules';
import type { LikelyDuplicate } from '../../shared/api';
import type { Db } from '../db/connection';

export interface Identity {
  keys: string[];
  phone: string | null;
  birthYear: number | null;
}

export interface KnownPerson extends Identity {
  id: string;
  nameLo: string;
  nameEn: string;
  officeLevel: LikelyDuplicate['officeLevel'];
  provinceId: string | null;
  districtId: string | null;
}

export function identityOf(p: { nameLo: string; nameEn?: string | null; phone?: string | null; birthYear?: number | null }): Identity {
  return { keys: [searchKey(withoutTitle(p.nameLo.trim())), searchKey(p.nameEn ?? '')].filter(Boolean), phone: p.phone ?? null, birthYear: p.birthYear ?? null };
}

export function likelySame(a: Identity, b: Identity): boolean {
  if (!a.keys.some((k) => b.keys.includes(k))) return false;
  const unknown = (x: Identity) => !x.phone && x.birthYear == null;
  if (unknown(a) || unknown(b)) return true;
  return (!!a.phone && a.phone === b.phone) || (a.birthYear != null && a.birthYear === b.birthYear);
}

/** Everyone in the roster (not deleted), as likelySame compares them. */
export async function knownPeople(db: Db): Promise<KnownPerson[]> {
  const rows = await db('person').whereNull('deleted_at').select('id', 'name_lo', 'name_en', 'phone', 'birth_year', 'office_level', 'province_id', 'district_id');
  return rows.map((p) => ({
    id: p.id,
    nameLo: p.name_lo,
    nameEn: p.name_en ?? '',
    officeLevel: p.office_level,
    provinceId: p.province_id,
    districtId: p.district_id,
    ...identityOf({ nameLo: p.name_lo, nameEn: p.name_en, phone: p.phone, birthYear: p.birth_year }),
  }));
}

/** The people already in the roster who are probably this one, with what tells namesakes apart. */
export async function likelyDuplicates(db: Db, p: Parameters<typeof identityOf>[0]): Promise<LikelyDuplicate[]> {
  const probe = identityOf(p);
  return (await knownPeople(db))
    .filter((k) => likelySame(probe, k))
    .map(({ id, nameLo, nameEn, officeLevel, provinceId, districtId, phone, birthYear }) => ({ id, nameLo, nameEn, officeLevel, provinceId, districtId, phone, birthYear }));
}
