import type { SessionDetail } from '../../shared/api';
import type { Db } from '../db/connection';
import { recordTitles } from './labels';
import { getSessionRow, linkedPeople } from './session-read';
import { checkSession } from './warnings';

/** Everything the session drawer shows: the session, its people, its counts, its parent and its warnings. */
export async function getSessionDetail(db: Db, id: string): Promise<SessionDetail> {
  const session = await getSessionRow(db, id);
  const participants = await db('session_participants').where({ session_id: id }).whereNull('deleted_at').orderBy('created_at');
  const villages = await db('session_village').where({ session_id: id }).whereNull('deleted_at');
  const parentRow = session.parentSessionId ? await db('session').where({ id: session.parentSessionId }).whereNull('deleted_at').first() : undefined;
  const parentTitle = parentRow ? (await recordTitles(db, [parentRow])).get(parentRow.id) : undefined;
  const parent: SessionDetail['parent'] = parentRow && parentTitle ? { id: parentRow.id, ...parentTitle } : null;
  const childCount = Number((await db('session').where({ parent_session_id: id }).whereNull('deleted_at').count({ n: '*' }).first())?.n ?? 0);
  return {
    session,
    facilitators: await linkedPeople(db, 'session_facilitator', id),
    attendees: await linkedPeople(db, 'session_attendee', id),
    participants: participants.map((p) => ({ organisationId: p.organisation_id, female: p.female, male: p.male })),
    villageIds: villages.map((v) => v.village_id),
    parent,
    childCount,
    warnings: await checkSession(db, session),
  };
}
