import type { DashboardData } from '../../shared/api';
import { todayIso } from '../../shared/roster-rules';
import type { Db } from '../db/connection';

/** Each month from the one holding `from` to the one holding `to`, as YYYY-MM. */
export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  let [y, m] = [Number(from.slice(0, 4)), Number(from.slice(5, 7))];
  const last = to.slice(0, 7);
  for (let s = `${y}-${String(m).padStart(2, '0')}`; s <= last; s = `${y}-${String(m).padStart(2, '0')}`) {
    out.push(s);
    m += 1;
    if (m > 12) [y, m] = [y + 1, 1];
  }
  return out;
}

/**
 * The figures of the dashboard, each over the sessions that start in the period chosen (teams and trainers are
 * today's). `planned` counts every session put on the calendar for the month except cancelled ones, held or not
 * (the screen calls it "scheduled", as "planned" is also a status), so scheduled against held shows how much of
 * the plan happened. Participants are those of held sessions.
 *
 * Villages reached are counted once each, from the period's start: a month's `villagesReached` is how many
 * villages held sessions had reached from the first month to the end of that one, so the line ends on the
 * period's total, `totals.villages`, and the two say the same thing. A month still to come has no figure (null)
 * rather than today's carried forward, which would read as a promise.
 */
export async function dashboardSummary(db: Db, from: string, to: string, provinceId?: string, today = todayIso()): Promise<DashboardData> {
  const inProvince = <T extends { where: (...a: any[]) => T }>(q: T, column: string) => (provinceId ? q.where(column, provinceId) : q);
  const sessions = await inProvince(
    db('session as s')
      .whereNull('s.deleted_at')
      .where('s.start_date', '>=', from)
      .where('s.start_date', '<=', to)
      .whereNot('s.status', 'cancelled')
      .select(
        's.id',
        's.start_date',
        's.status',
        db.raw('(SELECT coalesce(sum(female), 0) FROM session_participants p WHERE p.session_id = s.id AND p.deleted_at IS NULL) AS female'),
        db.raw('(SELECT coalesce(sum(male), 0) FROM session_participants p WHERE p.session_id = s.id AND p.deleted_at IS NULL) AS male'),
      ),
    's.province_id',
  );
  const reached = await inProvince(
    db('session_village as v')
      .join('session as s', 's.id', 'v.session_id')
      .whereNull('v.deleted_at')
      .whereNull('s.deleted_at')
      .where('s.status', 'held')
      .where('s.start_date', '>=', from)
      .where('s.start_date', '<=', to)
      .select('v.village_id', 's.start_date'),
    's.province_id',
  );
  const villagesTotal = Number((await inProvince(db('village').whereNull('deleted_at').count({ n: '*' }), 'province_id').first())?.n ?? 0);

  const firstReach = new Map<string, string>();
  for (const r of reached) if (!firstReach.has(r.village_id) || r.start_date < (firstReach.get(r.village_id) as string)) firstReach.set(r.village_id, r.start_date);
  const thisMonth = today.slice(0, 7);
  const months = monthsBetween(from, to).map((month) => {
    const inMonth = sessions.filter((s) => s.start_date.startsWith(month));
    const held = inMonth.filter((s) => s.status === 'held');
    return {
      month,
      planned: inMonth.length,
      held: held.length,
      female: held.reduce((n, s) => n + Number(s.female), 0),
      male: held.reduce((n, s) => n + Number(s.male), 0),
      // Villages reached since the period began, by the end of the month: the line climbs as the cascade reaches new villages.
      villagesReached: month > thisMonth ? null : [...firstReach.values()].filter((d) => d.slice(0, 7) <= month).length,
      villagesTotal,
    };
  });

  const trainers = await inProvince(
    db('person').whereNull('deleted_at').where('status', 'active').groupBy('office_level').select('office_level as level', db.raw('count(*) as n')),
    'province_id',
  );
  const teams = await inProvince(
    db('team as t')
      .whereNull('t.deleted_at')
      .select(
        't.id',
        't.name_lo',
        't.name_en',
        't.level',
        't.target_size',
        db.raw(
          `(SELECT count(DISTINCT m.person_id) FROM team_member m JOIN person p ON p.id = m.person_id
            WHERE m.team_id = t.id AND m.deleted_at IS NULL AND p.deleted_at IS NULL AND p.status = 'active'
              AND m.from_date <= ? AND (m.to_date IS NULL OR m.to_date >= ?)) AS active`,
          [today, today],
        ),
      )
      .orderBy('t.name_en'),
    't.province_id',
  );
  const levelRank = ['central', 'provincial', 'district'];
  teams.sort((a, b) => levelRank.indexOf(a.level) - levelRank.indexOf(b.level));
  const granted = await inProvince(
    db('qualification as q')
      .join('session as s', 's.id', 'q.session_id')
      .whereNull('q.deleted_at')
      .where('q.source', 'session')
      .where('q.earned_on', '>=', from)
      .where('q.earned_on', '<=', to)
      .count({ n: '*' }),
    's.province_id',
  ).first();

  const heldAll = months.reduce((n, m) => n + m.held, 0);
  return {
    months,
    participants: { female: months.reduce((n, m) => n + m.female, 0), male: months.reduce((n, m) => n + m.male, 0) },
    trainersByLevel: ['central', 'provincial', 'district', 'village'].map((level) => ({ level, active: Number(trainers.find((t) => t.level === level)?.n ?? 0) })),
    teams: teams.map((t) => ({ id: t.id, nameLo: t.name_lo, nameEn: t.name_en, level: t.level, active: Number(t.active), target: t.target_size })),
    totals: {
      held: heldAll,
      planned: months.reduce((n, m) => n + m.planned, 0),
      villages: firstReach.size,
      qualificationsGranted: Number(granted?.n ?? 0),
    },
  };
}
