import type { District, Geography, Module, Village } from '../../shared/api';
import { AppError } from '../../shared/errors';
import { cleanText, placeKey } from '../../shared/roster-rules';
import type { Knex } from 'knex';
import type { Db } from '../db/connection';
import { assertMaintainsReference } from '../reference/maintainer';
import { inTransaction } from '../db/transaction';
import { insertRow, softDelete, updateRow } from '../sync/write-path';
import { compareLao } from '../../shared/lao-order';

const named = (r: { id: string; name_lo: string; name_en: string }) => ({ id: r.id, nameLo: r.name_lo, nameEn: r.name_en });

export async function listGeography(db: Db): Promise<Geography> {
  const [provinces, districts, villages, modules] = await Promise.all([
    db('province').whereNull('deleted_at').orderBy('sort_order'),
    db('district').whereNull('deleted_at').orderBy('name_en'),
    db('village').whereNull('deleted_at'),
    db('module').whereNull('deleted_at').orderBy('sort_order'),
  ]);
  return {
    provinces: provinces.map((p) => ({ ...named(p), code: p.code })),
    districts: districts.map((d) => ({ ...named(d), provinceId: d.province_id, code: d.code })),
    villages: villages.map((v) => ({ ...named(v), districtId: v.district_id, provinceId: v.province_id })).sort((a, b) => compareLao(a.nameLo, b.nameLo)),
    modules: modules.map((m) => ({ ...named(m), code: m.code, refresherMonths: m.refresher_months })),
  };
}

/** A live row of `table` under `where`, other than `exceptId`, whose Lao name is the same place as nameLo. */
async function samePlace(db: Db, table: 'district' | 'village', where: Record<string, string>, nameLo: string, exceptId = '') {
  const key = placeKey(nameLo);
  const rows: Array<{ name_lo: string }> = await db(table).where(where).whereNot('id', exceptId).whereNull('deleted_at').select('name_lo');
  return rows.find((r) => placeKey(r.name_lo) === key);
}

export async function addDistrict(db: Db, input: { provinceId: string; nameLo: string; nameEn: string }): Promise<District> {
  await assertMaintainsReference(db);
  const province = await db('province').where({ id: input.provinceId }).whereNull('deleted_at').first();
  if (!province) throw new AppError('roster.unknownProvince', {});
  const nameLo = cleanText(input.nameLo);
  const existing = await samePlace(db, 'district', { province_id: input.provinceId }, nameLo);
  if (existing) throw new AppError('roster.districtExists', { name: existing.name_lo });
  const id = await insertRow(db, 'district', { province_id: input.provinceId, code: null, name_lo: nameLo, name_en: cleanText(input.nameEn) });
  return { id, nameLo, nameEn: cleanText(input.nameEn), provinceId: input.provinceId, code: null };
}

export async function addVillage(db: Db, input: { districtId: string; nameLo: string; nameEn: string }): Promise<Village> {
  const district = await db('district').where({ id: input.districtId }).whereNull('deleted_at').first();
  if (!district) throw new AppError('roster.unknownDistrict', {});
  const nameLo = cleanText(input.nameLo);
  const existing = await samePlace(db, 'village', { district_id: input.districtId }, nameLo);
  if (existing) throw new AppError('roster.villageExists', { name: existing.name_lo });
  const values = { district_id: input.districtId, province_id: district.province_id, name_lo: nameLo, name_en: cleanText(input.nameEn) };
  const id = await insertRow(db, 'village', values);
  return { id, nameLo, nameEn: values.name_en, districtId: input.districtId, provinceId: district.province_id };
}

async function liveVillage(db: Db, id: string) {
  const village = await db('village').where({ id }).whereNull('deleted_at').first();
  if (!village) throw new AppError('roster.unknownVillage', {});
  return village;
}

/** A village's name corrected (a typo, a spelling that differs from the district's list), as any office may add one. */
export async function renameVillage(db: Db, input: { id: string; nameLo: string; nameEn: string }): Promise<Village> {
  const village = await liveVillage(db, input.id);
  const nameLo = cleanText(input.nameLo);
  const existing = await samePlace(db, 'village', { district_id: village.district_id }, nameLo, input.id);
  if (existing) throw new AppError('roster.villageExists', { name: existing.name_lo });
  const values = { name_lo: nameLo, name_en: cleanText(input.nameEn) };
  await updateRow(db, 'village', input.id, values);
  return { id: input.id, nameLo, nameEn: values.name_en, districtId: village.district_id, provinceId: village.province_id };
}

/**
 * A village added by mistake (or twice under two spellings) is deleted only while nothing names it: a person
 * living there, a session held there or reaching it. Otherwise it is renamed, or those records moved first.
 * A person deleted still counts, since she can be restored: she would name a village that is gone.
 */
export async function deleteVillage(db: Db, id: string): Promise<{ id: string }> {
  return inTransaction(db, async (trx) => {
    const village = await liveVillage(trx, id);
    const count = async (q: Knex.QueryBuilder) => Number((await q.count({ n: '*' }).first())?.n ?? 0);
    const people = await count(trx('person').where({ village_id: id }));
    // Held there, or reaching it: each session once.
    const reaching = trx('session_village').where({ village_id: id }).whereNull('deleted_at').select('session_id');
    const sessions = await count(trx('session').whereNull('deleted_at').where((w) => w.where({ village_id: id }).orWhereIn('id', reaching)));
    if (people + sessions > 0) throw new AppError('roster.villageInUse', { name: village.name_lo, people, sessions });
    await softDelete(trx, 'village', id);
    return { id };
  });
}

/**
 * The curriculum is central's to maintain: a module edited here is a change like any other and reaches every
 * office with the next sync package. Codes are unique so imports and reports can name a module stably.
 */
export async function saveModule(
  db: Db,
  input: { id?: string; code: string; nameLo: string; nameEn: string; refresherMonths: number },
): Promise<Module> {
  await assertMaintainsReference(db);
  const clash = await db('module').where({ code: input.code }).whereNot('id', input.id ?? '').first();
  if (clash) throw new AppError('roster.moduleCodeTaken', { code: input.code });
  const values = { code: input.code, name_lo: cleanText(input.nameLo), name_en: cleanText(input.nameEn), refresher_months: input.refresherMonths };
  let id = input.id;
  if (id) {
    if (!(await db('module').where({ id }).first())) throw new AppError('roster.unknownModule', {});
    await updateRow(db, 'module', id, values);
  } else {
    const last = await db('module').max({ n: 'sort_order' }).first();
    id = await insertRow(db, 'module', { ...values, sort_order: Number(last?.n ?? 0) + 1 });
  }
  return { id, code: values.code, nameLo: values.name_lo, nameEn: values.name_en, refresherMonths: values.refresher_months };
}
