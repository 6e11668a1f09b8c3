import type { z } from 'zod';
import type { MembershipRow, TeamDetail, TeamRow, teamInput } from '../../shared/api';
import { modulesByPerson } from '../../shared/capacity';
import { AppError } from '../../shared/errors';
import { todayIso, tooYoungOn } from '../../shared/roster-rules';
import type { Db } from '../db/connection';
import { inTransaction } from '../db/transaction';
import { provinceOn } from './province-on';
import { capQualifications } from './qualifications';
import { insertRow, softDelete, updateRow } from '../sync/write-path';

type TeamValues = z.output<typeof teamInput>;

const toMembership = (m: Record<string, any>): MembershipRow => ({
  id: m.id,
  teamId: m.team_id,
  teamNameLo: m.team_name_lo,
  teamNameEn: m.team_name_en,
  personId: m.person_id,
  personNameLo: m.person_name_lo,
  personNameEn: m.person_name_en,
  role: m.role,
  fromDate: m.from_date,
  toDate: m.to_date,
});

export async function membershipsOf(db: Db, where: { personId?: string; teamId?: string; id?: string }): Promise<MembershipRow[]> {
  const q = db('team_member as m')
    .join('team as t', 't.id', 'm.team_id')
    .join('person as p', 'p.id', 'm.person_id')
    .whereNull('m.deleted_at')
    .select('m.*', 't.name_lo as team_name_lo', 't.name_en as team_name_en', 'p.name_lo as person_name_lo', 'p.name_en as person_name_en')
    .orderBy([{ column: 'm.to_date', order: 'asc', nulls: 'first' }, { column: 'm.from_date', order: 'desc' }]);
  if (where.personId) q.where('m.person_id', where.personId);
  if (where.teamId) q.where('m.team_id', where.teamId).whereNull('p.deleted_at');
  if (where.id) q.where('m.id', where.id);
  return (await q).map(toMembership);
}

/**
 * Each team with its active size on a day (members whose membership covers the day and who are active, not
 * transferred or gone) and the modules those members are qualified to train.
 */
export async function listTeams(db: Db, today = todayIso(), teamId?: string): Promise<TeamRow[]> {
  const q = db('team as t').whereNull('t.deleted_at').orderByRaw("CASE t.level WHEN 'central' THEN 0 WHEN 'provincial' THEN 1 ELSE 2 END, t.name_en");
  if (teamId) q.where('t.id', teamId);
  const teams = await q.select('t.*');
  const active = await db('team_member as m')
    .join('person as p', 'p.id', 'm.person_id')
    .whereNull('m.deleted_at')
    .whereNull('p.deleted_at')
    .where('p.status', 'active')
    .where('m.from_date', '<=', today)
    .where((w) => w.whereNull('m.to_date').orWhere('m.to_date', '>=', today))
    .select('m.team_id', 'm.person_id', 'm.role');
  const held = modulesByPerson(await capQualifications(db, active.map((a) => a.person_id)), today);
  return teams.map((t) => {
    const members = active.filter((a) => a.team_id === t.id);
    const modules = new Set(members.flatMap((m) => [...(held.get(m.person_id)?.current ?? [])]));
    const overdue = new Set(members.flatMap((m) => [...(held.get(m.person_id)?.overdue.keys() ?? [])]).filter((id) => !modules.has(id)));
    return {
      id: t.id,
      nameLo: t.name_lo,
      nameEn: t.name_en,
      level: t.level,
      provinceId: t.province_id,
      districtId: t.district_id,
      targetSize: t.target_size,
      notes: t.notes,
      activeSize: new Set(members.map((m) => m.person_id)).size,
      leadCount: members.filter((m) => m.role === 'lead').length,
      moduleIds: [...modules],
      overdueModuleIds: [...overdue],
    };
  });
}

async function teamRow(db: Db, id: string): Promise<TeamRow> {
  const [row] = await listTeams(db, todayIso(), id);
  if (!row) throw new AppError('roster.teamNotFound', {});
  return row;
}

export async function getTeam(db: Db, id: string): Promise<TeamDetail> {
  return { team: await teamRow(db, id), members: await membershipsOf(db, { teamId: id }) };
}

async function checkTeamPlace(db: Db, t: TeamValues): Promise<void> {
  if (t.level !== 'central' && !t.provinceId) throw new AppError('api.invalidInput', { fields: ['provinceId'], messages: ['validation.provinceRequired'] });
  if (t.level === 'district' && !t.districtId) throw new AppError('api.invalidInput', { fields: ['districtId'], messages: ['validation.districtRequired'] });
  if (t.districtId) {
    const d = await db('district').where({ id: t.districtId }).first();
    if (!d || d.province_id !== t.provinceId) throw new AppError('roster.placeMismatch', {});
  }
}

const teamColumns = (t: TeamValues) => ({
  name_lo: t.nameLo.normalize('NFC'),
  name_en: t.nameEn,
  level: t.level,
  province_id: t.level === 'central' ? null : t.provinceId,
  district_id: t.level === 'district' ? t.districtId : null,
  target_size: t.targetSize,
  notes: t.notes,
});

export async function createTeam(db: Db, t: TeamValues): Promise<TeamRow> {
  await checkTeamPlace(db, t);
  return teamRow(db, await insertRow(db, 'team', teamColumns(t)));
}

export async function updateTeam(db: Db, id: string, t: TeamValues): Promise<TeamRow> {
  return inTransaction(db, async (trx) => {
    await checkTeamPlace(trx, t);
    await checkMembersStay(trx, id, teamColumns(t).province_id);
    await updateRow(trx, 'team', id, teamColumns(t));
    return teamRow(trx, id);
  });
}

/**
 * The one-province rule (checkSameProvince) seen from the team: its province cannot move away from a member
 * who is in it today or will be. Ended memberships are history and stay where they were.
 */
async function checkMembersStay(db: Db, id: string, province: string | null): Promise<void> {
  const current = await db('team').where({ id }).whereNull('deleted_at').first('province_id');
  if (!current) throw new AppError('roster.teamNotFound', {});
  if (!province || current.province_id === province) return;
  const members: Array<Record<string, any>> = await db('team_member as m')
    .join('person as p', 'p.id', 'm.person_id')
    .where('m.team_id', id)
    .whereNull('m.deleted_at')
    // A deleted person's membership is kept for her undo, but the team no longer counts her (membershipsOf).
    .whereNull('p.deleted_at')
    .where((w) => w.whereNull('m.to_date').orWhere('m.to_date', '>=', todayIso()))
    .select('p.id', 'p.name_lo', 'p.province_id', 'm.from_date');
  for (const m of members) {
    const other = await elsewhere(db, m.id, m.from_date, province);
    if (other === 'central') throw new AppError('roster.teamLevelHasCentralMember', { name: m.name_lo });
    if (other) throw new AppError('roster.teamProvinceHasMembers', { name: m.name_lo, provinceLo: other.name_lo, provinceEn: other.name_en });
  }
}

/** Where she is on a day when it is not the province: null when she is in it, else central or her province. */
async function elsewhere(db: Db, personId: string, day: string, province: string): Promise<null | 'central' | { name_lo: string; name_en: string }> {
  const own = await provinceOn(db, personId, day);
  if (own === province) return null;
  return own ? db('province').where({ id: own }).first('name_lo', 'name_en') : 'central';
}

/**
 * A provincial or district team counts its own province's trainers: someone from elsewhere in it would count
 * in that province's report and in her own in central's, and the two would disagree. What counts is her
 * province on the membership's first day, so that someone transferred in ahead of the date joins from it.
 */
async function checkSameProvince(db: Db, team: Record<string, any>, person: Record<string, any>, fromDate: string): Promise<void> {
  if (!team.province_id) return;
  const other = await elsewhere(db, person.id, fromDate, team.province_id);
  if (!other) return;
  const teamProvince = await db('province').where({ id: team.province_id }).first('name_lo', 'name_en');
  const params = { name: person.name_lo, teamProvinceLo: teamProvince.name_lo, teamProvinceEn: teamProvince.name_en };
  if (other === 'central') throw new AppError('roster.memberFromCentral', params);
  throw new AppError('roster.memberOtherProvince', { ...params, provinceLo: other.name_lo, provinceEn: other.name_en });
}

/** A person can hold only one open membership of a team at a time; an overlapping one is refused. */
export async function addMember(db: Db, input: { teamId: string; personId: string; role: 'lead' | 'member'; fromDate: string }): Promise<MembershipRow> {
  return inTransaction(db, async (trx) => {
    const team = await trx('team').where({ id: input.teamId }).whereNull('deleted_at').first();
    if (!team) throw new AppError('roster.teamNotFound', {});
    const person = await trx('person').where({ id: input.personId }).whereNull('deleted_at').first();
    if (!person) throw new AppError('roster.personNotFound', {});
    await checkSameProvince(trx, team, person, input.fromDate);
    const firstYear = tooYoungOn(person.birth_year, input.fromDate);
    if (firstYear !== null) throw new AppError('roster.memberTooYoung', { name: person.name_lo, born: person.birth_year, year: firstYear });
    const overlapping = await trx('team_member')
      .where({ team_id: input.teamId, person_id: input.personId })
      .whereNull('deleted_at')
      .where((w) => w.whereNull('to_date').orWhere('to_date', '>=', input.fromDate))
      .first();
    if (overlapping) throw new AppError('roster.alreadyMember', { name: person.name_lo });
    const id = await insertRow(trx, 'team_member', { team_id: input.teamId, person_id: input.personId, role: input.role, from_date: input.fromDate, to_date: null });
    return (await membershipsOf(trx, { id }))[0];
  });
}

/**
 * A membership entered by mistake, taken away as if never recorded (a tombstone, which syncs): ending it would
 * leave a day in the team's history and in its counts that never happened.
 */
export async function removeMembership(db: Db, id: string): Promise<{ id: string }> {
  return inTransaction(db, async (trx) => {
    if (!(await trx('team_member').where({ id }).whereNull('deleted_at').first('id'))) throw new AppError('roster.membershipNotFound', {});
    await softDelete(trx, 'team_member', id);
    return { id };
  });
}

export async function endMembership(db: Db, id: string, toDate: string): Promise<MembershipRow> {
  return inTransaction(db, async (trx) => {
    const m = await trx('team_member').where({ id }).whereNull('deleted_at').first();
    if (!m) throw new AppError('roster.membershipNotFound', {});
    if (toDate < m.from_date) throw new AppError('roster.endBeforeStart', { from: m.from_date });
    await updateRow(trx, 'team_member', id, { to_date: toDate });
    return (await membershipsOf(trx, { id }))[0];
  });
}
