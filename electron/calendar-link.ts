/**
 * What transfers and capacity need from the training calendar: the planned sessions a person was to
 * facilitate, and the next trainings of trainers that teach a module. The calendar owns those tables; until
 * they exist in this database (an install that predates them) both answers are empty, never an error.
 */
import type { SessionRef } from '../shared/api';
import type { Db } from './db/connection';
import { recordTitles } from './calendar/labels';

async function calendarPresent(db: Db): Promise<boolean> {
  return (await db.schema.hasTable('session')) && (await db.schema.hasTable('session_facilitator'));
}

const open = ['planned', 'confirmed', 'postponed'];
const sessionColumns = ['s.id', 's.title', 's.start_date', 's.status', 's.kind', 's.level', 's.province_id', 's.district_id', 's.village_id'];

/** Untitled sessions are named by kind and place, in both languages, the same way the calendar names them. */
async function refs(db: Db, rows: Array<Record<string, any>>): Promise<Array<SessionRef & { status: string; kind: string }>> {
  const titles = await recordTitles(db, rows);
  return rows.map((r) => ({ id: r.id, ...titles.get(r.id)!, startDate: r.start_date, status: r.status, kind: r.kind }));
}

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
    .select(sessionColumns);
  return refs(db, rows);
}

/**
 * Planned trainings of trainers (and refreshers) from the day on, read once for every module: the answer gives,
 * for a module and a province, up to three that teach it, in the province or run by central, soonest first.
 * One query, as the Capacity view asks for each module of each team short of it.
 */
export async function trainingsCovering(db: Db, fromDay: string): Promise<(moduleId: string, provinceId: string | null) => SessionRef[]> {
  if (!(await calendarPresent(db)) || !(await db.schema.hasTable('session_module'))) return () => [];
  const rows = await db('session as s')
    .join('session_module as m', 'm.session_id', 's.id')
    .whereNull('s.deleted_at')
    .whereNull('m.deleted_at')
    .whereIn('s.kind', ['tot', 'refresher'])
    .whereIn('s.status', open)
    .where('s.start_date', '>=', fromDay)
    .orderBy('s.start_date')
    .select([...sessionColumns, 'm.module_id']);
  const titled = await refs(db, rows);
  const byModule = new Map<string, Array<{ ref: SessionRef; provinceId: string | null; central: boolean }>>();
  rows.forEach((r, i) => {
    const { status: _status, kind: _kind, ...ref } = titled[i]!;
    (byModule.get(r.module_id) ?? byModule.set(r.module_id, []).get(r.module_id)!).push({ ref, provinceId: r.province_id, central: r.level === 'central' });
  });
  return (moduleId, provinceId) =>
    (byModule.get(moduleId) ?? [])
      .filter((x) => (provinceId !== null && x.provinceId === provinceId) || x.central)
      .slice(0, 3)
      .map((x) => x.ref);
}

export interface PersonSessions {
  facilitated: Array<SessionRef & { status: string; kind: string }>;
  attended: Array<SessionRef & { status: string; kind: string }>;
}

/** Every session a person facilitated or attended as a named trainee, newest first, for her page. */
export async function sessionsOfPerson(db: Db, personId: string): Promise<PersonSessions> {
  if (!(await calendarPresent(db)) || !(await db.schema.hasTable('session_attendee'))) return { facilitated: [], attended: [] };
  const via = async (table: string) =>
    refs(
      db,
      await db('session as s')
        .join(`${table} as x`, 'x.session_id', 's.id')
        .where('x.person_id', personId)
        .whereNull('s.deleted_at')
        .whereNull('x.deleted_at')
        .orderBy('s.start_date', 'desc')
        .select(sessionColumns),
    );
  return { facilitated: await via('session_facilitator'), attended: await via('session_attendee') };
}
