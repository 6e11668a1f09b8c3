/**
 * What transfers and capacity need from the training calendar: the planned sessions a person was to
 * facilitate, and the next trainings of trainers that teach a module. The calendar owns those tables; until
 * they exist in this database (an install that predates them) both answers are empty, never an error.
 */
import type { SessionRef } from '../shared/api';
import type { Db } from './db/connection';

async function calendarPresent(db: Db): Promise<boolean> {
  return (await db.schema.hasTable('session')) && (await db.schema.hasTable('session_facilitator'));
}

const open = ['planned', 'confirmed', 'postponed'];

export async function sessionsFacilitatedFrom(db: Db, personId: string, fromDay: string): Promise<SessionRef[]> {
  if (!(await calendarPresent(db))) return [];
  const rows = await db('session as s')
    .join('session_facilitator as f', 'f.session_id', 's.id')
    .where('f.person_id', personId)
    .whereNull('s.deleted_at')
    .whereNull('f.deleted_at')
    .whereIn('s.status', open)
    .where('s.start_date', '>=', fromDay)
    .orderBy('s.start_date')
    .select('s.id', 's.title', 's.start_date');
  return rows.map((r) => ({ id: r.id, title: r.title ?? '', startDate: r.start_date }));
}

/** Planned trainings of trainers that teach the module, in the province or run by central, from the day on. */
export async function trainingsCovering(db: Db, moduleId: string, provinceId: string | null, fromDay: string): Promise<SessionRef[]> {
  if (!(await calendarPresent(db)) || !(await db.schema.hasTable('session_module'))) return [];
  const rows = await db('session as s')
    .join('session_module as m', 'm.session_id', 's.id')
    .where('m.module_id', moduleId)
    .whereNull('s.deleted_at')
    .whereNull('m.deleted_at')
    .whereIn('s.kind', ['tot', 'refresher'])
    .whereIn('s.status', open)
    .where('s.start_date', '>=', fromDay)
    .where((w) => w.where('s.province_id', provinceId ?? '').orWhere('s.level', 'central'))
    .orderBy('s.start_date')
    .limit(3)
    .select('s.id', 's.title', 's.start_date');
  return rows.map((r) => ({ id: r.id, title: r.title ?? '', startDate: r.start_date }));
}

export interface PersonSessions {
  facilitated: Array<SessionRef & { status: string; kind: string }>;
  attended: Array<SessionRef & { status: string; kind: string }>;
}

/** Every session a person facilitated or attended as a named trainee, newest first, for her page. */
export async function sessionsOfPerson(db: Db, personId: string): Promise<PersonSessions> {
  if (!(await calendarPresent(db)) || !(await db.schema.hasTable('session_attendee'))) return { facilitated: [], attended: [] };
  const via = async (table: string) =>
    (
      await db('session as s')
        .join(`${table} as x`, 'x.session_id', 's.id')
        .where('x.person_id', personId)
        .whereNull('s.deleted_at')
        .whereNull('x.deleted_at')
        .orderBy('s.start_date', 'desc')
        .select('s.id', 's.title', 's.start_date', 's.status', 's.kind')
    ).map((r) => ({ id: r.id, title: r.title ?? '', startDate: r.start_date, status: r.status, kind: r.kind }));
  return { facilitated: await via('session_facilitator'), attended: await via('session_attendee') };
}
