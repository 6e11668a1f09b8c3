/**
 * Is this woman already in the roster? The same rule for a spreadsheet row and for a trainer added by hand:
 * the same name (Lao or romanised, as search compares them) and the same phone or birth year. Without either,
 * the name alone decides: nothing else tells two entries apart.
 */
import { searchKey } from '../../shared/roster-rules';
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
}

export function identityOf(p: { nameLo: string; nameEn?: string | null; phone?: string | null; birthYear?: number | null }): Identity {
  return { keys: [searchKey(p.nameLo), searchKey(p.nameEn ?? '')].filter(Boolean), phone: p.phone ?? null, birthYear: p.birthYear ?? null };
}

export function likelySame(a: Identity, b: Identity): boolean {
  if (!a.keys.some((k) => b.keys.includes(k))) return false;
  if (!a.phone && a.birthYear == null) return true;
  return (!!a.phone && a.phone === b.phone) || (a.birthYear != null && a.birthYear === b.birthYear);
}

/** Everyone in the roster (not deleted), as likelySame compares them. */
export async function knownPeople(db: Db): Promise<KnownPerson[]> {
  const rows = await db('person').whereNull('deleted_at').select('id', 'name_lo', 'name_en', 'phone', 'birth_year');
  return rows.map((p) => ({ id: p.id, nameLo: p.name_lo, nameEn: p.name_en ?? '', ...identityOf({ nameLo: p.name_lo, nameEn: p.name_en, phone: p.phone, birthYear: p.birth_year }) }));
}

/** The people already in the roster who are probably this one. */
export async function likelyDuplicates(db: Db, p: Parameters<typeof identityOf>[0]): Promise<Array<{ id: string; nameLo: string; nameEn: string }>> {
  const probe = identityOf(p);
  return (await knownPeople(db)).filter((k) => likelySame(probe, k)).map(({ id, nameLo, nameEn }) => ({ id, nameLo, nameEn }));
}
