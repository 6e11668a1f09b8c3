import type { MovedSession, SavedSession, SessionRow } from '../../shared/api';
import { type SessionValues, isTrainerCourse, movable, moveRange, placeDepth } from '../../shared/calendar-rules';
import { AppError } from '../../shared/errors';
import type { Db } from '../db/connection';
import { inTransaction } from '../db/transaction';
import { insertRow, updateRow } from '../sync/write-path';
import { grantQualifications, outsidePlace } from './held';
import { setLinks } from './links';
import { getSessionRow, sessionRecord } from './session-read';
import { checkSession } from './warnings';

async function assertAll(db: Db, table: string, ids: string[], code: string): Promise<void> {
  if (ids.length === 0) return;
  const found = await db(table).whereIn('id', ids).whereNull('deleted_at').select('id');
  if (found.length !== new Set(ids).size) throw new AppError(code, {});
}

/** Checks what zod cannot: the place is real and consistent, the parent exists and is not below this session. */
async function assertConsistent(db: Db, s: SessionValues, selfId?: string): Promise<void> {
  const depth = placeDepth[s.level];
  if (depth >= 1) await assertAll(db, 'province', [s.provinceId as string], 'calendar.unknownPlace');
  if (depth >= 2) {
    const d = await db('district').where({ id: s.districtId }).whereNull('deleted_at').first();
    if (!d || d.province_id !== s.provinceId) throw new AppError('calendar.unknownPlace', {});
  }
  if (depth >= 3) {
    const v = await db('village').where({ id: s.villageId }).whereNull('deleted_at').first();
    if (!v || v.district_id !== s.districtId) throw new AppError('calendar.unknownPlace', {});
  }
  await assertAll(db, 'module', s.moduleIds, 'calendar.unknownModule');
  await assertAll(db, 'person', s.facilitatorIds, 'calendar.unknownPerson');
  if (s.teamId) await assertAll(db, 'team', [s.teamId], 'calendar.unknownTeam');
  if (s.parentSessionId) {
    // Walking up from the parent must never come back to this session: a cascade is a tree.
    let cursor: string | null = s.parentSessionId;
    for (let hops = 0; cursor; hops++) {
      if (cursor === selfId || hops > 50) throw new AppError('calendar.parentCycle', {});
      const parent: { parent_session_id: string | null } | undefined = await db('session').where({ id: cursor }).whereNull('deleted_at').first();
      if (!parent) throw new AppError('calendar.parentNotFound', {});
      cursor = parent.parent_session_id;
    }
  }
}

function toColumns(s: SessionValues) {
  const depth = placeDepth[s.level];
  return {
    kind: s.kind,
    level: s.level,
    title: s.title,
    // A place deeper than the level is dropped: a provincial session has no district.
    province_id: depth >= 1 ? s.provinceId : null,
    district_id: depth >= 2 ? s.districtId : null,
    village_id: depth >= 3 ? s.villageId : null,
    venue: s.venue,
    start_date: s.startDate,
    end_date: s.endDate,
    parent_session_id: s.parentSessionId,
    team_id: s.teamId,
    notes: s.notes,
    follow_up: s.followUp,
  };
}

async function saved(db: Db, id: string): Promise<SavedSession> {
  const session = await getSessionRow(db, id);
  return { session, warnings: await checkSession(db, session) };
}

export async function createSession(db: Db, s: SessionValues): Promise<SavedSession> {
  const id = await inTransaction(db, async (trx) => {
    await assertConsistent(trx, s);
    const newId = await insertRow(trx, 'session', { ...toColumns(s), status: s.status });
    await setLinks(trx, 'session_module', 'module_id', newId, s.moduleIds);
    await setLinks(trx, 'session_facilitator', 'person_id', newId, s.facilitatorIds);
    return newId;
  });
  return saved(db, id);
}

const namedAttendees = (trx: Db, id: string): Promise<string[]> => trx('session_attendee').where({ session_id: id }).whereNull('deleted_at').pluck('person_id');

/** The villages a session reached stay inside its place: a new district would leave them behind, counted there. */
async function checkVillagesStay(db: Db, id: string, place: { district_id: string | null; province_id: string | null }): Promise<void> {
  const reached: Array<{ district_id: string; province_id: string; name_lo: string; name_en: string }> = await db('session_village as sv')
    .join('village as v', 'v.id', 'sv.village_id')
    .where('sv.session_id', id)
    .whereNull('sv.deleted_at')
    .select('v.district_id', 'v.province_id', 'v.name_lo', 'v.name_en');
  const outside = reached.filter((v) => outsidePlace(v, place));
  if (outside.length) {
    throw new AppError('calendar.villagesReachedOutside', { villagesLo: outside.map((v) => v.name_lo).join(', '), villagesEn: outside.map((v) => v.name_en || v.name_lo).join(', ') });
  }
}

/**
 * The form offers planned or confirmed; a postponed or cancelled session keeps its status when only its
 * details change. A cancelled one comes back only by "Back to planned"; a postponed one given new days is
 * planned again, as a move makes it.
 */
function statusAfterEdit(current: Record<string, unknown>, s: SessionValues): string {
  if (current.status === 'cancelled') return 'cancelled';
  if (current.status === 'postponed' && s.startDate === current.start_date && s.endDate === current.end_date) return 'postponed';
  return s.status;
}

export async function updateSession(db: Db, id: string, s: SessionValues): Promise<SavedSession> {
  await inTransaction(db, async (trx) => {
    const current = await sessionRecord(trx, id);
    await assertConsistent(trx, s, id);
    const held = current.status === 'held';
    // A held session happened on its dates, and its attendees' qualifications are dated from them.
    if (held && (s.startDate !== current.start_date || s.endDate !== current.end_date)) throw new AppError('calendar.alreadyHeld', {});
    // ...and its named attendees hold its modules: it cannot stop being a course while they are on record.
    if (held && isTrainerCourse(current.kind) && !isTrainerCourse(s.kind) && (await namedAttendees(trx, id)).length) {
      throw new AppError('calendar.heldCourseKind', {});
    }
    await checkVillagesStay(trx, id, toColumns(s));
    // ...and it keeps its status: editing its details must not turn it back into a plan.
    await updateRow(trx, 'session', id, { ...toColumns(s), status: held ? 'held' : statusAfterEdit(current, s) });
    await setLinks(trx, 'session_module', 'module_id', id, s.moduleIds);
    await setLinks(trx, 'session_facilitator', 'person_id', id, s.facilitatorIds);
    if (held) {
      // A correction of a held course's modules changes what its attendees hold.
      await grantQualifications(trx, await sessionRecord(trx, id), await namedAttendees(trx, id));
    }
  });
  return saved(db, id);
}

/** Moves a session to a new first day, keeping its length. A held session happened: it cannot move. */
export async function moveSession(db: Db, id: string, startDate: string): Promise<MovedSession> {
  const replanned = await inTransaction(db, async (trx) => {
    const current = await sessionRecord(trx, id);
    if (current.status === 'held') throw new AppError('calendar.alreadyHeld', {});
    if (!movable(current.status)) throw new AppError('calendar.cancelledNotMoved', {});
    const range = moveRange({ startDate: current.start_date, endDate: current.end_date }, startDate);
    // A postponed session given new days is planned again: postponing meant "not on these days".
    const postponed = current.status === 'postponed';
    await updateRow(trx, 'session', id, { start_date: range.startDate, end_date: range.endDate, ...(postponed ? { status: 'planned' } : {}) });
    return postponed;
  });
  return { ...(await saved(db, id)), replanned };
}

export async function setSessionStatus(db: Db, id: string, status: 'planned' | 'confirmed' | 'postponed' | 'cancelled'): Promise<SessionRow> {
  await inTransaction(db, async (trx) => {
    const current = await sessionRecord(trx, id);
    if (current.status === 'held') throw new AppError('calendar.alreadyHeld', {});
    await updateRow(trx, 'session', id, { status });
  });
  return getSessionRow(db, id);
}
