import type { Knex } from 'knex';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/db/connection';
import { ensureReferenceData } from '../../electron/reference/reference';
import { loadDemo } from '../../electron/roster/demo';
import { cascadeOf } from '../../electron/calendar/cascade';
import { seedDemoCalendar } from '../../electron/calendar/demo';
import { villageCoverage } from '../../electron/calendar/coverage';
import { checkPlan } from '../../electron/calendar/warnings';
import { addDays } from '../../shared/calendar-rules';
import { tempDir } from '../helpers/temp-dir';

let open: Knex[] = [];
afterEach(async () => {
  await Promise.all(open.map((d) => d.destroy()));
  open = [];
});

const TODAY = '2026-11-28';

async function seeded() {
  const { db } = await openDatabase(tempDir('lwu-cal-demo'));
  open.push(db);
  await ensureReferenceData(db);
  await loadDemo(db, TODAY);
  const counts = await seedDemoCalendar(db, TODAY);
  return { db, counts };
}

describe('the demo calendar', () => {
  it('holds the last twelve months and plans the next three, down to village sessions, the same on every run', async () => {
    const a = await seeded();
    const b = await seeded();
    const rows = (db: Knex) => db('session').orderBy('id').select('id', 'kind', 'level', 'start_date', 'end_date', 'status', 'parent_session_id', 'village_id');
    expect(await rows(a.db)).toEqual(await rows(b.db));
    const sessions = await rows(a.db);
    expect(a.counts.sessions).toBe(sessions.length);
    expect(sessions.every((s) => s.start_date >= addDays(TODAY, -366) && s.end_date <= addDays(TODAY, 92))).toBe(true);
    expect(sessions.filter((s) => s.status === 'held').every((s) => s.end_date < TODAY)).toBe(true);
    expect(sessions.filter((s) => s.start_date >= TODAY).every((s) => ['planned', 'confirmed'].includes(s.status))).toBe(true);
    expect(new Set(sessions.map((s) => s.status))).toEqual(new Set(['held', 'planned', 'confirmed', 'postponed', 'cancelled']));
    expect(sessions.filter((s) => s.level === 'village' && s.status === 'held').length).toBeGreaterThan(10);
    expect(a.counts.qualifications).toBeGreaterThan(50);
    // Every row has its change messages, so the demo calendar syncs like real data.
    expect(Number((await a.db('change_log').where({ table_name: 'session', column_name: 'status' }).count({ n: '*' }).first())?.n)).toBe(sessions.length);
  });

  it('forms one cascade from the central training of trainers down to the villages, with gaps left to plan', async () => {
    const { db } = await seeded();
    const root = await db('session').where({ level: 'central', kind: 'tot' }).first();
    const tree = await cascadeOf(db, root.id);
    expect(tree.children.map((c) => c.session.level)).toEqual(['provincial', 'provincial', 'provincial']);
    expect(tree.totals.villages).toBeGreaterThan(10);
    expect(tree.totals.female).toBeGreaterThan(tree.totals.male);
    const coverage = await villageCoverage(db);
    expect(coverage.every((d) => d.neverReached.length >= 1)).toBe(true);
    expect(coverage.every((d) => d.reached.length >= 1)).toBe(true);
  });

  it('plans on no public holiday', async () => {
    const { db } = await seeded();
    const sessions = await db('session');
    for (const s of sessions) {
      const warnings = await checkPlan(db, { startDate: s.start_date, endDate: s.end_date, moduleIds: [], facilitatorIds: [] });
      expect(warnings, `${s.kind} on ${s.start_date}`).toEqual([]);
    }
  });
});
