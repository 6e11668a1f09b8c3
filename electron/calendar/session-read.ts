import type { PersonRef, SessionFilter, SessionRow } from '../../shared/api';
import { AppError } from '../../shared/errors';
import type { Db } from '../db/connection';
import { compareLaoNames } from '../../shared/lao-order';

type Record_ = Record<string, any>;

/** The live child rows of some sessions, grouped by session. */
async function childIds(db: Db, table: string, column: string, sessionIds: string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  for (let i = 0; i < sessionIds.length; i += 500) {
    const rows = await db(table).whereIn('session_id', sessionIds.slice(i, i + 500)).whereNull('deleted_at').select('session_id', column);
    for (const r of rows) out.set(r.session_id, [...(out.get(r.session_id) ?? []), r[column]]);
  }
  return out;
}

async function participantTotals(db: Db, sessionIds: string[]): Promise<Map<string, { female: number; male: number }>> {
  const out = new Map<string, { female: number; male: number }>();
  for (let i = 0; i < sessionIds.length; i += 500) {
    const rows = await db('session_participants')
      .whereIn('session_id', sessionIds.slice(i, i + 500))
      .whereNull('deleted_at')
      .groupBy('session_id')
      .select('session_id', db.raw('sum(female) as female'), db.raw('sum(male) as male'));
    for (const r of rows) out.set(r.session_id, { female: Number(r.female), male: Number(r.male) });
  }
  return out;
}

/** Turns session records into rows with their modules, facilitators and participant totals. */
export async function toSessionRows(db: Db, records: Record_[]): Promise<SessionRow[]> {
  const ids = records.map((r) => r.id);
  const [modules, facilitators, totals] = [
    await childIds(db, 'session_module', 'module_id', ids),
    await childIds(db, 'session_facilitator', 'person_id', ids),
    await participantTotals(db, ids),
  ];
  return records.map((r) => ({
    id: r.id,
    kind: r.kind,
    level: r.level,
    title: r.title,
    provinceId: r.province_id,
    districtId: r.district_id,
    villageId: r.village_id,
    venue: r.venue,
    startDate: r.start_date,
    endDate: r.end_date,
    status: r.status,
    parentSessionId: r.parent_session_id,
    teamId: r.team_id,
    notes: r.notes,
    followUp: r.follow_up,
    preTestAvg: r.pre_test_avg,
    postTestAvg: r.post_test_avg,
    moduleIds: modules.get(r.id) ?? [],
    facilitatorIds: facilitators.get(r.id) ?? [],
    female: totals.get(r.id)?.female ?? 0,
    male: totals.get(r.id)?.male ?? 0,
  }));
}

/** Sessions that touch the range (a session running over the first of the month shows in both months). */
export async function listSessions(db: Db, f: SessionFilter): Promise<SessionRow[]> {
  const q = db('session').whereNull('deleted_at').where('start_date', '<=', f.to).where('end_date', '>=', f.from);
  if (f.levels?.length) q.whereIn('level', f.levels);
  if (f.kinds?.length) q.whereIn('kind', f.kinds);
  if (f.statuses?.length) q.whereIn('status', f.statuses);
  // Central sessions have no province; a province's calendar still shows them, as they shape its work.
  if (f.provinceId) q.where((w) => w.where('province_id', f.provinceId).orWhereNull('province_id'));
  if (f.districtId) q.where('district_id', f.districtId);
  return toSessionRows(db, await q.orderBy([{ column: 'start_date' }, { column: 'created_at' }]));
}

export async function sessionRecord(db: Db, id: string): Promise<Record_> {
  const row = await db('session').where({ id }).whereNull('deleted_at').first();
  if (!row) throw new AppError('calendar.sessionNotFound', {});
  return row;
}

export async function getSessionRow(db: Db, id: string): Promise<SessionRow> {
  return (await toSessionRows(db, [await sessionRecord(db, id)]))[0];
}

/** The people linked to a session through one of its child tables, by name. */
export async function linkedPeople(db: Db, table: 'session_facilitator' | 'session_attendee', sessionId: string): Promise<PersonRef[]> {
  const rows = await db(`${table} as l`)
    .join('person as p', 'p.id', 'l.person_id')
    .where('l.session_id', sessionId)
    .whereNull('l.deleted_at')
    .select('p.id', 'p.name_lo', 'p.name_en');
  return rows.map((r) => ({ id: r.id, nameLo: r.name_lo, nameEn: r.name_en })).sort((a, b) => compareLaoNames(a.nameLo, b.nameLo));
}

