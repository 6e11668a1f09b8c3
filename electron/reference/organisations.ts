import { v5 as uuidv5 } from 'uuid';
import type { Organisation } from '../../shared/api';
import type { Db } from '../db/connection';

/** Namespace for reference rows that every install ships: the same code gives the same id in every office. */
const REFERENCE_NAMESPACE = '6f1d3c52-8a0e-4f6b-9a57-3a8f0f1e2b10';

export function referenceId(kind: string, code: string): string {
  return uuidv5(`${kind}:${code}`, REFERENCE_NAMESPACE);
}

export const defaultOrganisations = [
  { code: 'lwu', name_lo: 'ສະຫະພັນແມ່ຍິງລາວ', name_en: "Lao Women's Union" },
  { code: 'lyu', name_lo: 'ຊາວໜຸ່ມປະຊາຊົນປະຕິວັດລາວ', name_en: 'Lao Youth Union' },
  { code: 'lfnc', name_lo: 'ແນວລາວສ້າງຊາດ', name_en: 'Lao Front for National Construction' },
  { code: 'lsw', name_lo: 'ແຮງງານ ແລະ ສະຫວັດດີການສັງຄົມ', name_en: 'Labour and Social Welfare' },
  { code: 'security', name_lo: 'ປ້ອງກັນຄວາມສະຫງົບ', name_en: 'Public Security' },
  { code: 'village', name_lo: 'ອຳນາດການປົກຄອງບ້ານ', name_en: 'Village authority' },
  { code: 'education', name_lo: 'ສຶກສາທິການ', name_en: 'Education' },
  { code: 'other', name_lo: 'ອື່ນໆ', name_en: 'Other' },
];

/**
 * Ships the baseline reference rows without change messages: every install has identical rows with
 * identical ids, so they need no sync, and any later edit by central (a real change message) wins.
 */
export async function ensureOrganisations(db: Db): Promise<void> {
  const now = '2026-01-01T00:00:00.000Z';
  const rows = defaultOrganisations.map((o, i) => ({
    id: referenceId('organisation', o.code),
    ...o,
    name_lo: o.name_lo.normalize('NFC'),
    sort_order: i + 1,
    created_at: now,
    updated_at: now,
    deleted_at: null,
  }));
  await db('organisation').insert(rows).onConflict('id').ignore();
}

export async function listOrganisations(db: Db): Promise<Organisation[]> {
  const rows = await db('organisation').whereNull('deleted_at').orderBy('sort_order');
  return rows.map((r) => ({ id: r.id, code: r.code, nameLo: r.name_lo, nameEn: r.name_en, sortOrder: r.sort_order }));
}
