import type { Knex } from 'knex';
import type { SessionRow } from '../../shared/api';
import { type HeldValues, isTrainerCourse } from '../../shared/calendar-rules';
import { AppError } from '../../shared/errors';
import { todayIso } from '../../shared/roster-rules';
import type { Db } from '../db/connection';
import { inTransaction } from '../db/transaction';
import { addQualification } from '../roster/qualifications';
import { insertRow, softDelete, updateRow } from '../sync/write-path';
import { setLinks } from './links';
import { getSessionRow, sessionRecord } from './session-read';

type Trx = Knex.Transaction;

/** One row per organisation: counts change in place, so a correction is one small change message. */
async function saveParticipants(trx: Trx, sessionId: string, participants: HeldValues['participants']): Promise<void> {
  const wanted = new Map(participants.filter((p) => p.female + p.male > 0).map((p) => [p.organisationId, p]));
  const orgs = await trx('organisation').whereIn('id', [...wanted.keys()]).whereNull('deleted_at').select('id');
  if (orgs.length !== wanted.size) throw new AppError('calendar.unknownOrganisation', {});
  for (const row of await trx('session_participants').where({ session_id: sessionId }).whereNull('deleted_at')) {
    const p = wanted.get(row.organisation_id);
    if (!p) await softDelete(trx, 'session_participants', row.id);
    else await updateRow(trx, 'session_participants', row.id, { female: p.female, male: p.male });
    wanted.delete(row.organisation_id);
  }
  for (const p of wanted.values()) {
    await insertRow(trx, 'session_participants', { session_id: sessionId, organisation_id: p.organisationId, female: p.female, male: p.male });
  }
}

/**
 * The attendees of a trainer course hold its modules from its last day. Recording again (a correction) grants
 * only what is new and withdraws what this session granted to someone no longer on the list, so the roster
 * always matches the attendance as last recorded. Returns how many qualifications were granted.
 */
export async function grantQualifications(trx: Trx, session: Record<string, any>, attendeeIds: string[]): Promise<number> {
  const moduleIds = (await trx('session_module').where({ session_id: session.id }).whereNull('deleted_at')).map((m) => m.module_id as string);
  const wanted = new Set(attendeeIds.flatMap((p) => moduleIds.map((m) => `${p}:${m}`)));
  const existing = await trx('qualification').where({ session_id: session.id }).whereNull('deleted_at');
  for (const q of existing) {
    const key = `${q.person_id}:${q.module_id}`;
    if (!wanted.has(key)) await softDelete(trx, 'qualification', q.id);
    wanted.delete(key);
  }
  for (const key of wanted) {
    const [personId, moduleId] = key.split(':');
    await addQualification(trx, { personId, moduleId, earnedOn: session.end_date, sessionId: session.id, source: 'session' });
  }
  return wanted.size;
}

/**
 * The named attendees against the session: none of them facilitated it, and the counts by organisation, which
 * the reports add up, hold at least one person and everyone named (by sex, where the roster knows it).
 */
async function checkAttendees(trx: Trx, sessionId: string, held: HeldValues): Promise<void> {
  const people: Array<{ id: string; name_lo: string; sex: string | null }> = await trx('person').whereIn('id', held.attendeeIds).whereNull('deleted_at').select('id', 'name_lo', 'sex');
  if (people.length !== new Set(held.attendeeIds).size) throw new AppError('calendar.unknownPerson', {});
  const facilitators = new Set((await trx('session_facilitator').where({ session_id: sessionId }).whereNull('deleted_at')).map((f) => f.person_id as string));
  const facilitating = people.find((p) => facilitators.has(p.id));
  if (facilitating) throw new AppError('calendar.facilitatorAttending', { name: facilitating.name_lo });
  const counted = (sex: 'female' | 'male') => held.participants.reduce((n, p) => n + p[sex], 0);
  const named = { female: people.filter((p) => p.sex === 'f').length, male: people.filter((p) => p.sex === 'm').length };
  const [female, male] = [counted('female'), counted('male')];
  // A session held reached someone: with no count, the reports would show it as reaching nobody.
  if (female + male === 0) throw new AppError('calendar.nobodyCounted', {});
  if (female < named.female || male < named.male || female + male < people.length) {
    throw new AppError('calendar.fewerCounted', { named: people.length, namedFemale: named.female, namedMale: named.male, female, male });
  }
}

/** A village outside a session's district (or, for a provincial session, its province). */
export function outsidePlace(v: { district_id: string; province_id: string }, place: { district_id: string | null; province_id: string | null }): boolean {
  return place.district_id ? v.district_id !== place.district_id : !!place.province_id && v.province_id !== place.province_id;
}

export async function recordHeld(db: Db, id: string, held: HeldValues, today = todayIso()): Promise<{ session: SessionRow; granted: number }> {
  const granted = await inTransaction(db, async (trx) => {
    const session = await sessionRecord(trx, id);
    if (session.end_date > today) throw new AppError('calendar.heldInFuture', { date: session.end_date });
    if (session.status === 'cancelled') throw new AppError('calendar.cancelled', {});
    // Its dates are the ones it did not happen on: the report would count it in the wrong month.
    if (session.status === 'postponed') throw new AppError('calendar.postponed', {});
    if (held.attendeeIds.length > 0 && !isTrainerCourse(session.kind)) throw new AppError('calendar.attendeesOnlyForCourses', {});
    await checkAttendees(trx, id, held);
    if (held.villageIds.length > 0) {
      const villages = await trx('village').whereIn('id', held.villageIds).whereNull('deleted_at');
      const outside = villages.some((v) => outsidePlace(v, { district_id: session.district_id, province_id: session.province_id }));
      if (villages.length !== new Set(held.villageIds).size || outside) throw new AppError('calendar.villageOutside', {});
    }
    await updateRow(trx, 'session', id, {
      status: 'held',
      pre_test_avg: held.preTestAvg,
      post_test_avg: held.postTestAvg,
      // Follow-up actions are also written when planning; an empty box here leaves them as they were.
      ...(held.followUp !== null ? { follow_up: held.followUp } : {}),
    });
    await saveParticipants(trx, id, held.participants);
    await setLinks(trx, 'session_attendee', 'person_id', id, held.attendeeIds);
    await setLinks(trx, 'session_village', 'village_id', id, held.villageIds);
    return grantQualifications(trx, session, held.attendeeIds);
  });
  return { session: await getSessionRow(db, id), granted };
}
