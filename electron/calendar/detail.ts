import type { SessionDetail } from '../../shared/api';
import type { Db } from '../db/connection';
import { placeNames, sessionTitle } from './labels';
import { getSessionRow, linkedPeople } from './session-read';
import { checkSession } from './warnings';

/** Everything the session drawer shows: the session, its people, its counts, its parent and its warnings. */
export async function getSessionDetail(db: Db, id: string): Promise<SessionDetail> {
  const session = await getSessionRow(db, id);
  const participants = await db('session_participants').where({ session_id: id }).whereNull('deleted_at').orderBy('created_at');
  const villages = await db('session_village').where({ session_id: id }).whereNull('deleted_at');
  const parentRow = session.parentSessionId ? await db('session').where({ id: session.parentSessionId }).whereNull('deleted_at').first() : undefined;
  let parent: SessionDetail['parent'] = null;
  if (parentRow) {
    const p = { title: parentRow.title, kind: parentRow.kind, level: parentRow.level, provinceId: parentRow.province_id, districtId: parentRow.district_id, villageId: parentRow.village_id };
    const places = await placeNames(db, [p]);
    parent = { id: parentRow.id, titleLo: sessionTitle(p, places, 'lo'), titleEn: sessionTitle(p, places, 'en') };
  }
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
