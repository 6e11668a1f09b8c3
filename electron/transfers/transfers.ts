/**
 * Recording a transfer: in one transaction, the transfer row (where she came from and where she went), her
 * new place and status, and the end of her team memberships as of the day before. Undo reverses exactly
 * that, and only for her latest transfer, so history never forks. A transfer recorded ahead of its date
 * ends her memberships as of that date at once, but moves her (place and status) only when the day comes:
 * until then she still trains where she is, and capacity says so.
 */
import type { TransferFilter, TransferInput, TransferPreview, TransferRow } from '../../shared/api';
import { transferInput } from '../../shared/api/transfers';
import { type ProposedTransfer, addDays, transferImpact } from '../../shared/capacity';
import { AppError } from '../../shared/errors';
import { WORKING_AGE, placeProblems, todayIso, tooYoungOn } from '../../shared/roster-rules';
import type { Db } from '../db/connection';
import { inTransaction } from '../db/transaction';
import { insertRow, softDelete, updateRow } from '../sync/write-path';
import { loadCapacityState } from './capacity-state';
import { sessionsFacilitatedFrom } from '../calendar-link';

type Parsed = ReturnType<typeof transferInput.parse>;

async function checkDestination(db: Db, t: Parsed): Promise<void> {
  const problems = placeProblems({ officeLevel: t.toOfficeLevel, provinceId: t.toProvinceId, districtId: t.toDistrictId, villageId: t.toVillageId });
  if (problems.length > 0) {
    throw new AppError('api.invalidInput', { fields: problems.map((p) => p.field.replace(/^(\w)/, (c) => `to${c.toUpperCase()}`)), messages: problems.map((p) => p.message) });
  }
  if (t.toDistrictId) {
    const d = await db('district').where({ id: t.toDistrictId }).first();
    if (!d || (t.toProvinceId && d.province_id !== t.toProvinceId)) throw new AppError('roster.placeMismatch', {});
  }
}

async function livePerson(db: Db, id: string) {
  const p = await db('person').where({ id }).whereNull('deleted_at').first();
  if (!p) throw new AppError('roster.personNotFound', {});
  return p;
}

/** Where the transfer takes her is where she is, in every respect: a typing slip, or a status change. */
function changesNothing(t: Parsed, p: Record<string, any>): boolean {
  return (
    (t.toOrganisationId ?? p.organisation_id) === p.organisation_id &&
    (t.toPosition ?? p.position) === p.position &&
    t.toOfficeLevel === p.office_level &&
    (t.toProvinceId ?? null) === p.province_id &&
    (t.toDistrictId ?? null) === p.district_id &&
    (t.toVillageId ?? null) === p.village_id
  );
}

/**
 * The transfer against her record (`p`, her row as it stands): refused here, so that the preview says what
 * saving would.
 */
async function checkAgainstRecord(db: Db, t: Parsed, p: Record<string, any>, today: string): Promise<void> {
  // A transfer moves someone still in the organisation; one who has come back is set active first.
  if (p.status === 'left') throw new AppError('transfers.personLeft', { name: p.name_lo });
  if (changesNothing(t, p)) throw new AppError('transfers.changesNothing', {});
  // Moves are decided months ahead, not years: a date further off is a year typed wrong.
  if (t.date > addDays(today, 366)) throw new AppError('transfers.tooFarAhead', { date: t.date });
  if (tooYoungOn(p.birth_year, t.date) !== null) throw new AppError('transfers.tooYoung', { date: t.date, born: p.birth_year, age: WORKING_AGE });
  const later = await db('transfer').where({ person_id: t.personId }).whereNull('deleted_at').where('transfer_date', '>', t.date).first();
  if (later) throw new AppError('transfers.laterExists', { date: later.transfer_date });
  // She has been in a team since the date or after it: the transfer would cancel a membership that really
  // happened. After the date, the date is wrong (a slip of the year); on the very day, she may have joined a
  // team of her new post before the transfer was recorded, or her membership's start is a guess. A membership
  // still to come is cancelled, as planned.
  const since = await db('team_member as m')
    .join('team as t', 't.id', 'm.team_id')
    .where('m.person_id', t.personId)
    .whereNull('m.deleted_at')
    .where('m.from_date', '>=', t.date)
    .where('m.from_date', '<=', today)
    .orderBy('m.from_date')
    .first('m.from_date', 't.name_lo', 't.name_en');
  if (since) throw new AppError(since.from_date === t.date ? 'transfers.memberSameDay' : 'transfers.memberSince', { since: since.from_date, teamLo: since.name_lo, teamEn: since.name_en });
}

export async function previewTransfer(db: Db, input: TransferInput, today = todayIso()): Promise<TransferPreview> {
  const t = transferInput.parse(input);
  await checkAgainstRecord(db, t, await livePerson(db, t.personId), today);
  return departureImpact(db, { personId: t.personId, date: t.date, toProvinceId: t.toProvinceId, toDistrictId: t.toDistrictId, keepsTrainingRole: t.keepsTrainingRole });
}

/**
 * What deleting a person from the roster does to capacity: she stops training today, as if she left. Her
 * memberships are not ended (they stay, for an undo), so none is counted as ending.
 */
export async function previewDeletion(db: Db, id: string, today = todayIso()): Promise<TransferPreview> {
  const p = await livePerson(db, id);
  const impact = await departureImpact(db, { personId: id, date: today, toProvinceId: p.province_id, toDistrictId: p.district_id, keepsTrainingRole: false });
  return { ...impact, membershipsToEnd: 0 };
}

/** A move (or a departure) against the capacity rules, with the teams named and the sessions left to cover. */
async function departureImpact(db: Db, proposed: ProposedTransfer): Promise<TransferPreview> {
  const state = await loadCapacityState(db);
  const impact = transferImpact(proposed, state);
  const teamNames = new Map(state.teams.map((x) => [x.id, x]));
  const teamName = (id: string) => ({ nameLo: teamNames.get(id)!.nameLo, nameEn: teamNames.get(id)!.nameEn });
  return {
    ...impact,
    teamsBelowTarget: impact.teamsBelowTarget.map((x) => ({ ...x, ...teamName(x.teamId) })),
    teamModulesLost: impact.teamModulesLost.map((x) => ({ ...x, ...teamName(x.teamId) })),
    sessions: await sessionsFacilitatedFrom(db, proposed.personId, proposed.date),
    membershipsToEnd: state.memberships.filter((m) => m.personId === proposed.personId && (m.toDate === null || m.toDate >= proposed.date)).length,
  };
}

/**
 * Her new place and status, as the transfer says: written on the transfer's day (or at once, if it has come).
 * `p` is her row as it stands, which the caller has read in the same transaction.
 */
async function applyTransfer(trx: Db, t: Record<string, any>, p: Record<string, any>): Promise<void> {
  await updateRow(trx, 'person', t.person_id, {
    organisation_id: t.to_organisation_id ?? p.organisation_id,
    position: t.to_position ?? p.position,
    office_level: t.to_office_level,
    province_id: t.to_province_id,
    district_id: t.to_district_id,
    village_id: t.to_village_id,
    status: t.keeps_training_role ? 'active' : 'transferred',
  });
  await updateRow(trx, 'transfer', t.id, { applied_on: t.transfer_date });
}

/**
 * Moves the people whose recorded transfer date has come (run at start and every hour). Idempotent, and
 * two offices applying the same transfer write the same values.
 */
export async function applyDueTransfers(db: Db, today = todayIso()): Promise<number> {
  const due = await db('transfer').whereNull('deleted_at').whereNull('applied_on').where('transfer_date', '<=', today).orderBy('transfer_date');
  for (const t of due) {
    await inTransaction(db, async (trx) => {
      const still = await trx('transfer').where({ id: t.id }).whereNull('deleted_at').whereNull('applied_on').first();
      const person = await trx('person').where({ id: t.person_id }).whereNull('deleted_at').first();
      if (still && person) await applyTransfer(trx, still, person);
    });
  }
  return due.length;
}

export async function recordTransfer(db: Db, input: TransferInput, today = todayIso()): Promise<TransferRow> {
  const t = transferInput.parse(input);
  await checkDestination(db, t);
  const id = await inTransaction(db, async (trx) => {
    const p = await livePerson(trx, t.personId);
    await checkAgainstRecord(trx, t, p, today);
    const open = await trx('team_member').where({ person_id: t.personId }).whereNull('deleted_at').where((w) => w.whereNull('to_date').orWhere('to_date', '>=', t.date));
    const lastDay = addDays(t.date, -1);
    const ended: Array<{ id: string; previousToDate: string | null; cancelled: boolean }> = [];
    for (const m of open) {
      // A membership that would only have started on or after the transfer never happens: cancel it.
      if (m.from_date >= t.date) {
        await softDelete(trx, 'team_member', m.id);
        ended.push({ id: m.id, previousToDate: m.to_date, cancelled: true });
      } else {
        await updateRow(trx, 'team_member', m.id, { to_date: lastDay });
        ended.push({ id: m.id, previousToDate: m.to_date, cancelled: false });
      }
    }
    const transferId = await insertRow(trx, 'transfer', {
      person_id: t.personId,
      transfer_date: t.date,
      from_organisation_id: p.organisation_id,
      from_position: p.position,
      from_office_level: p.office_level,
      from_province_id: p.province_id,
      from_district_id: p.district_id,
      from_village_id: p.village_id,
      from_status: p.status,
      to_organisation_id: t.toOrganisationId,
      to_position: t.toPosition,
      to_office_level: t.toOfficeLevel,
      to_province_id: t.toProvinceId,
      to_district_id: t.toDistrictId,
      to_village_id: t.toVillageId,
      reason: t.reason,
      keeps_training_role: t.keepsTrainingRole,
      ended_memberships: JSON.stringify(ended),
    });
    if (t.date <= today) await applyTransfer(trx, await trx('transfer').where({ id: transferId }).first(), p);
    return transferId;
  });
  return (await listTransfers(db, {}, id))[0];
}

export async function undoTransfer(db: Db, id: string): Promise<{ id: string }> {
  await inTransaction(db, async (trx) => {
    const t = await trx('transfer').where({ id }).whereNull('deleted_at').first();
    if (!t) throw new AppError('transfers.notFound', {});
    // Two on the same day follow the order they were recorded in, as the list's Undo button does.
    const later = await trx('transfer')
      .where({ person_id: t.person_id })
      .whereNull('deleted_at')
      .whereNot({ id })
      .where((w) =>
        w.where('transfer_date', '>', t.transfer_date).orWhere((same) =>
          same.where('transfer_date', t.transfer_date).where((c) => c.where('created_at', '>', t.created_at).orWhere((tie) => tie.where('created_at', t.created_at).where('id', '>', id))),
        ),
      )
      .first();
    if (later) throw new AppError('transfers.notLatest', { date: later.transfer_date });
    // A membership of a team of the province she moved to, begun since: only the move made it possible (the
    // one-province rule), and without the move it would count her in a province she never worked in.
    if (t.to_province_id && t.to_province_id !== t.from_province_id) {
      const joined = await trx('team_member as m')
        .join('team as tm', 'tm.id', 'm.team_id')
        .where('m.person_id', t.person_id)
        .whereNull('m.deleted_at')
        .where('m.from_date', '>=', t.transfer_date)
        .where('tm.province_id', t.to_province_id)
        .orderBy('m.from_date')
        .first('m.from_date', 'tm.name_lo', 'tm.name_en');
      if (joined) throw new AppError('transfers.undoJoined', { date: joined.from_date, teamLo: joined.name_lo, teamEn: joined.name_en || joined.name_lo });
    }
    // Not applied yet: she never moved, so only her memberships come back.
    if (t.applied_on) await updateRow(trx, 'person', t.person_id, {
      organisation_id: t.from_organisation_id,
      position: t.from_position,
      office_level: t.from_office_level,
      province_id: t.from_province_id,
      district_id: t.from_district_id,
      village_id: t.from_village_id,
      status: t.from_status ?? 'active',
    });
    for (const m of JSON.parse(t.ended_memberships ?? '[]') as Array<{ id: string; previousToDate: string | null; cancelled: boolean }>) {
      await updateRow(trx, 'team_member', m.id, m.cancelled ? { deleted_at: null } : { to_date: m.previousToDate });
    }
    await softDelete(trx, 'transfer', id);
  });
  return { id };
}

export async function listTransfers(db: Db, filter: TransferFilter, onlyId?: string): Promise<TransferRow[]> {
  const q = db('transfer as t').join('person as p', 'p.id', 't.person_id').whereNull('t.deleted_at').select('t.*', 'p.name_lo', 'p.name_en');
  if (onlyId) q.where('t.id', onlyId);
  if (filter.from) q.where('t.transfer_date', '>=', filter.from);
  if (filter.to) q.where('t.transfer_date', '<=', filter.to);
  if (filter.provinceId) q.where((w) => w.where('t.from_province_id', filter.provinceId!).orWhere('t.to_province_id', filter.provinceId!));
  if (filter.organisationId) q.where((w) => w.where('t.from_organisation_id', filter.organisationId!).orWhere('t.to_organisation_id', filter.organisationId!));
  if (filter.keepsTrainingRole !== undefined) q.where('t.keeps_training_role', filter.keepsTrainingRole ? 1 : 0);
  if (filter.personId) q.where('t.person_id', filter.personId);
  const rows = await q.orderBy('t.transfer_date', 'desc');
  const latest = new Map<string, string>();
  for (const r of await db('transfer').whereNull('deleted_at').select('person_id', 'id').orderBy(['transfer_date', 'created_at', 'id'])) latest.set(r.person_id, r.id);
  return rows.map((r) => ({
    id: r.id,
    personId: r.person_id,
    personNameLo: r.name_lo,
    personNameEn: r.name_en,
    date: r.transfer_date,
    fromOrganisationId: r.from_organisation_id,
    fromPosition: r.from_position,
    fromProvinceId: r.from_province_id,
    fromDistrictId: r.from_district_id,
    toOrganisationId: r.to_organisation_id,
    toPosition: r.to_position,
    toOfficeLevel: r.to_office_level,
    toProvinceId: r.to_province_id,
    toDistrictId: r.to_district_id,
    reason: r.reason,
    keepsTrainingRole: !!r.keeps_training_role,
    deletedAt: r.deleted_at,
    canUndo: latest.get(r.person_id) === r.id,
    upcoming: !r.applied_on,
  }));
}
