import { v5 as uuidv5 } from 'uuid';
import type { Organisation } from '../../shared/api';
import type { Db } from '../db/connection';
import { districts, modules, provinces } from './reference-data';

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

const SHIPPED_AT = '2026-01-01T00:00:00.000Z';

/**
 * Ships baseline reference rows without change messages: every install has identical rows with identical
 * ids, so they need no sync, and any later edit by central (a real change message) wins. Rows already
 * present are left alone, so central's edits survive the next start.
 */
async function ship(db: Db, table: string, rows: Array<Record<string, string | number>>): Promise<void> {
  const prepared = rows.map((r) => {
    const out: Record<string, string | number | null> = { created_at: SHIPPED_AT, updated_at: SHIPPED_AT, deleted_at: null };
    for (const [k, v] of Object.entries(r)) out[k] = typeof v === 'string' ? v.normalize('NFC') : v;
    return out;
  });
  for (let i = 0; i < prepared.length; i += 50) await db(table).insert(prepared.slice(i, i + 50)).onConflict('id').ignore();
}

export async function ensureReferenceData(db: Db): Promise<void> {
  const id = referenceId;
  await ship(db, 'organisation', defaultOrganisations.map((o, i) => ({ id: id('organisation', o.code), ...o, sort_order: i + 1 })));
  await ship(db, 'province', provinces.map((p, i) => ({ id: id('province', p.code), ...p, sort_order: i + 1 })));
  await ship(
    db,
    'district',
    districts.map(({ province, ...d }) => ({ id: id('district', d.code), province_id: id('province', province), ...d })),
  );
  await ship(db, 'module', modules.map((m, i) => ({ id: id('module', m.code), ...m, refresher_months: 24, sort_order: i + 1 })));
}

export async function listOrganisations(db: Db): Promise<Organisation[]> {
  const rows = await db('organisation').whereNull('deleted_at').orderBy('sort_order');
  return rows.map((r) => ({ id: r.id, code: r.code, nameLo: r.name_lo, nameEn: r.name_en, sortOrder: r.sort_order }));
}
