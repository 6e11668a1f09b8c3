import type { SessionRow } from '../../shared/api';
import { type FacilitatorFacts, type Holiday, type PlanWarning, inactiveStatuses, planWarnings } from '../../shared/calendar-rules';
import { todayIso } from '../../shared/roster-rules';
import type { Db } from '../db/connection';
import { listHolidays } from './holidays';
import { recordTitles } from './labels';

export interface Draft {
  id?: string;
  startDate: string;
  endDate: string;
  moduleIds: string[];
  facilitatorIds: string[];
}

/** What the rules need to know about each facilitator: status, teams, qualifications and other bookings. */
async function facilitatorFacts(db: Db, draft: Draft): Promise<FacilitatorFacts[]> {
  if (draft.facilitatorIds.length === 0) return [];
  const people = await db('person').whereIn('id', draft.facilitatorIds);
  const memberships = await db('team_member').whereIn('person_id', draft.facilitatorIds).whereNull('deleted_at');
  const quals = await db('qualification').whereIn('person_id', draft.facilitatorIds).whereNull('deleted_at');
  const bookings = await db('session_facilitator as f')
    .join('session as s', 's.id', 'f.session_id')
    .whereIn('f.person_id', draft.facilitatorIds)
    .whereNull('f.deleted_at')
    .whereNull('s.deleted_at')
    .whereNotIn('s.status', inactiveStatuses as string[])
    .where('s.start_date', '<=', draft.endDate)
    .where('s.end_date', '>=', draft.startDate)
    .select('f.person_id', 's.*');
  const titles = await recordTitles(db, bookings);
  return draft.facilitatorIds.flatMap((id) => {
    const p = people.find((x) => x.id === id);
    if (!p) return [];
    return [
      {
        id,
        nameLo: p.name_lo,
        nameEn: p.name_en,
        status: p.status,
        deleted: p.deleted_at !== null,
        memberships: memberships.filter((m) => m.person_id === id).map((m) => ({ fromDate: m.from_date, toDate: m.to_date })),
        qualifications: quals.filter((q) => q.person_id === id).map((q) => ({ moduleId: q.module_id, earnedOn: q.earned_on, refresherDue: q.refresher_due })),
        otherSessions: bookings
          .filter((b) => b.person_id === id)
          .map((b) => ({ id: b.id, startDate: b.start_date, endDate: b.end_date, ...(titles.get(b.id) as { titleLo: string; titleEn: string }) })),
      },
    ];
  });
}

/** The warnings of a plan, from what the database knows now. */
export async function checkPlan(db: Db, draft: Draft, holidays?: Holiday[], today = todayIso()): Promise<PlanWarning[]> {
  const modules = draft.moduleIds.length ? await db('module').whereIn('id', draft.moduleIds).orderBy('sort_order') : [];
  return planWarnings(
    {
      id: draft.id,
      startDate: draft.startDate,
      endDate: draft.endDate,
      modules: modules.map((m) => ({ id: m.id, nameLo: m.name_lo, nameEn: m.name_en })),
      facilitators: await facilitatorFacts(db, draft),
    },
    holidays ?? (await listHolidays(db)),
    today,
  );
}

export function checkSession(db: Db, s: SessionRow): Promise<PlanWarning[]> {
  // A session that is over, cancelled or postponed no longer has a plan to warn about.
  if (s.status === 'held' || inactiveStatuses.includes(s.status)) return Promise.resolve([]);
  return checkPlan(db, { id: s.id, startDate: s.startDate, endDate: s.endDate, moduleIds: s.moduleIds, facilitatorIds: s.facilitatorIds });
}
