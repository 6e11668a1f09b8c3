import type { Knex } from 'knex';
import type { PersonDetail, RosterFilter, RosterRow } from '../../shared/api';
import { AppError } from '../../shared/errors';
import { type PersonValues, WORKING_AGE, placeProblems, romanFolds, romanKey, searchKey, todayIso, tooYoungOn } from '../../shared/roster-rules';
import type { Db } from '../db/connection';
import { insertRow, restore, softDelete, updateRow } from '../sync/write-path';
import { membershipsOf } from './teams';
import { qualificationsOf } from './qualifications';
import { compareLaoNames } from '../../shared/lao-order';

type PersonRecord = Record<string, any>;

const idList = (v: unknown): string[] => (v ? String(v).split(',') : []);

export function toRosterRow(r: PersonRecord): RosterRow {
  const overdue = idList(r.overdue_module_ids);
  return {
    id: r.id,
    nameLo: r.name_lo,
    nameEn: r.name_en,
    sex: r.sex,
    birthYear: r.birth_year,
    phone: r.phone,
    organisationId: r.organisation_id,
    position: r.position,
    officeLevel: r.office_level,
    provinceId: r.province_id,
    districtId: r.district_id,
    villageId: r.village_id,
    status: r.status,
    notes: r.notes,
    deletedAt: r.deleted_at,
    teams: r.team_names ? String(r.team_names).split('\u001f') : [],
    moduleIds: idList(r.module_ids),
    overdueModuleIds: overdue,
    overdueCount: overdue.length,
  };
}

export function toColumns(p: PersonValues) {
  return {
    name_lo: p.nameLo,
    name_en: p.nameEn ?? '',
    sex: p.sex,
    birth_year: p.birthYear,
    phone: p.phone,
    organisation_id: p.organisationId,
    position: p.position,
    office_level: p.officeLevel,
    province_id: p.provinceId,
    district_id: p.districtId,
    village_id: p.villageId,
    status: p.status,
    notes: p.notes,
  };
}

/** Qualification `a` current on the day bound twice after it: earned by then, its refresher not overdue. */
const current = (a: string) => `${a}.earned_on <= ? AND (${a}.refresher_due IS NULL OR ${a}.refresher_due >= ?)`;

/** The roster query: each person with her active teams, qualified modules and overdue refreshers. */
function rosterQuery(db: Db, today: string) {
  return db('person as p').select(
    'p.*',
    db.raw(
      `(SELECT group_concat(t.name_lo || ' / ' || t.name_en, char(31)) FROM team_member m JOIN team t ON t.id = m.team_id
        WHERE m.person_id = p.id AND m.deleted_at IS NULL AND t.deleted_at IS NULL AND m.from_date <= ? AND (m.to_date IS NULL OR m.to_date >= ?)) AS team_names`,
      [today, today],
    ),
    // The modules she can train today (shared/capacity currentOn); the lapsed ones are counted apart, below.
    db.raw(`(SELECT group_concat(DISTINCT q.module_id) FROM qualification q WHERE q.person_id = p.id AND q.deleted_at IS NULL AND ${current('q')}) AS module_ids`, [today, today]),
    db.raw(
      `(SELECT group_concat(DISTINCT q.module_id) FROM qualification q WHERE q.person_id = p.id AND q.deleted_at IS NULL AND q.refresher_due < ?
        AND NOT EXISTS (SELECT 1 FROM qualification q2 WHERE q2.person_id = p.id AND q2.module_id = q.module_id AND q2.deleted_at IS NULL AND ${current('q2')})) AS overdue_module_ids`,
      [today, today, today],
    ),
  );
}

/**
 * Spaces and case never matter: "bouaphanh sisouvanh" finds "Bouaphanh  Sisouvanh", and Lao likewise; nor do
 * the usual variants of a romanised name: "Sayavong" finds "Xayavong" (romanKey).
 */
function applySearch(q: Knex.QueryBuilder, query: string): void {
  const key = searchKey(query);
  if (!key) return;
  const like = (k: string) => `%${k.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
  // As searchKey folds the query; ຳ typed in two characters before the write path joined them too.
  const folded = (col: string) => `lower(replace(replace(replace(replace(${col}, ' ', ''), '-', ''), '.', ''), '\u0ECD\u0EB2', '\u0EB3'))`;
  const romanised = romanFolds.reduce((sql, [from, to]) => `replace(${sql}, '${from}', '${to}')`, folded('p.name_en'));
  const pattern = like(key);
  q.where((w) => {
    w.whereRaw(`${folded('p.name_lo')} LIKE ? ESCAPE '\\'`, [pattern])
      .orWhereRaw(`${folded('p.name_en')} LIKE ? ESCAPE '\\'`, [pattern])
      // Folded, a part of a name can stop matching ("so" in Souksavanh): the variants are an addition.
      .orWhereRaw(`${romanised} LIKE ? ESCAPE '\\'`, [like(romanKey(query))])
      .orWhereRaw(`replace(p.phone, ' ', '') LIKE ? ESCAPE '\\'`, [pattern]);
  });
}

export async function searchRoster(db: Db, filter: RosterFilter, today = todayIso()): Promise<RosterRow[]> {
  const q = rosterQuery(db, today);
  if (!filter.includeDeleted) q.whereNull('p.deleted_at');
  if (filter.query) applySearch(q, filter.query);
  if (filter.officeLevel) q.where('p.office_level', filter.officeLevel);
  if (filter.provinceId) q.where('p.province_id', filter.provinceId);
  if (filter.districtId) q.where('p.district_id', filter.districtId);
  if (filter.organisationId) q.where('p.organisation_id', filter.organisationId);
  if (filter.status) q.where('p.status', filter.status);
  const out = (await q).map(toRosterRow).sort((a, b) => compareLaoNames(a.nameLo, b.nameLo));
  // A module: those who can train it; with the overdue filter, those whose refresher in it is overdue.
  const moduleId = filter.moduleId;
  if (moduleId && filter.refresherOverdue) return out.filter((r) => r.overdueModuleIds.includes(moduleId));
  if (moduleId) return out.filter((r) => r.moduleIds.includes(moduleId));
  return filter.refresherOverdue ? out.filter((r) => r.overdueCount > 0) : out;
}

export async function getRosterRow(db: Db, id: string, today = todayIso()): Promise<RosterRow> {
  const row = await rosterQuery(db, today).where('p.id', id).first();
  if (!row) throw new AppError('roster.personNotFound', {});
  return toRosterRow(row);
}

export async function getPerson(db: Db, id: string): Promise<PersonDetail> {
  return {
    person: await getRosterRow(db, id),
    qualifications: await qualificationsOf(db, id),
    memberships: await membershipsOf(db, { personId: id }),
  };
}

/** The place a person is given must exist and hang together (the district in the province, the village in the district). */
export async function checkPlace(db: Db, p: PersonValues): Promise<void> {
  const problems = placeProblems(p);
  if (problems.length > 0) throw new AppError('api.invalidInput', { fields: problems.map((x) => x.field), messages: problems.map((x) => x.message) });
  if (p.provinceId && !(await db('province').where({ id: p.provinceId }).first())) throw new AppError('roster.unknownProvince', {});
  if (p.districtId) {
    const d = await db('district').where({ id: p.districtId }).first();
    if (!d) throw new AppError('roster.unknownDistrict', {});
    if (p.provinceId && d.province_id !== p.provinceId) throw new AppError('roster.placeMismatch', {});
  }
  if (p.villageId) {
    const v = await db('village').where({ id: p.villageId }).first();
    // Deleted since the form was opened (or by another office's package): the person needs a village that exists.
    if (v?.deleted_at) throw new AppError('roster.unknownVillage', {});
    if (!v || (p.districtId && v.district_id !== p.districtId)) throw new AppError('roster.placeMismatch', {});
  }
  if (p.organisationId && !(await db('organisation').where({ id: p.organisationId }).first())) throw new AppError('roster.unknownOrganisation', {});
}

export async function createPerson(db: Db, p: PersonValues): Promise<RosterRow> {
  await checkPlace(db, p);
  const id = await insertRow(db, 'person', toColumns(p));
  return getRosterRow(db, id);
}

/**
 * A birth year edited after the fact must still fit her record: her first qualification or team membership
 * comes when she was at least 15 (the rule adding them follows), or the year is a typing mistake.
 */
async function checkBirthYear(db: Db, id: string, p: PersonValues): Promise<void> {
  if (p.birthYear == null) return;
  const [q, m] = await Promise.all([
    db('qualification').where({ person_id: id }).whereNull('deleted_at').min({ d: 'earned_on' }).first(),
    db('team_member').where({ person_id: id }).whereNull('deleted_at').min({ d: 'from_date' }).first(),
  ]);
  const first = [q?.d, m?.d].filter((d): d is string => !!d).sort()[0];
  if (first && tooYoungOn(p.birthYear, first) !== null) {
    throw new AppError('roster.birthYearAfterRecords', { name: p.nameLo, date: first, year: Number(first.slice(0, 4)) - WORKING_AGE });
  }
}

/**
 * A province changed by hand while she is in a team of the old one would count her in two provinces' reports,
 * as a team taking someone from elsewhere would: a move is a transfer, which ends those memberships.
 */
async function checkTeamsStay(db: Db, id: string, p: PersonValues): Promise<void> {
  const current = await db('person').where({ id }).first('province_id', 'name_lo');
  if (!current || current.province_id === p.provinceId) return;
  const team = await db('team_member as m')
    .join('team as t', 't.id', 'm.team_id')
    .where('m.person_id', id)
    .whereNull('m.deleted_at')
    .whereNull('t.deleted_at')
    .whereNotNull('t.province_id')
    .whereNot('t.province_id', p.provinceId ?? '')
    .where((w) => w.whereNull('m.to_date').orWhere('m.to_date', '>=', todayIso()))
    .first('t.name_lo', 't.name_en');
  if (team) throw new AppError('roster.provinceChangeInTeam', { name: current.name_lo, teamLo: team.name_lo, teamEn: team.name_en || team.name_lo });
}

export async function updatePerson(db: Db, id: string, p: PersonValues): Promise<RosterRow> {
  await checkPlace(db, p);
  await checkBirthYear(db, id, p);
  await checkTeamsStay(db, id, p);
  await updateRow(db, 'person', id, toColumns(p));
  return getRosterRow(db, id);
}

export async function deletePerson(db: Db, id: string): Promise<{ id: string }> {
  await softDelete(db, 'person', id);
  return { id };
}

export async function restorePerson(db: Db, id: string): Promise<{ id: string }> {
  await restore(db, 'person', id);
  return { id };
}
