/**
 * The calendar part of the national-scale data set of DESIGN.md section 5: 50,000 sessions over the twelve
 * months of 2026 (about 4,200 a month, held before the last month, planned after), each with participants
 * from two organisations and the villages it covered. Run after generateNationalRoster (it uses its
 * districts, villages and teams). Rows go in with plain batched inserts: the reports read these tables, not
 * the change log, and the cost of the single write path is measured on its own in the bench.
 */
import type { Db } from '../../electron/db/connection';
import { seededRandom } from '../../shared/seeded-random';

export const nationalSessions = 50_000;

const uuid = (prefix: string, i: number) => `${prefix}-0000-4000-8000-${String(i).padStart(12, '0')}`;
const kinds = ['tot', 'refresher', 'village', 'village', 'village', 'meeting', 'baseline', 'evaluation'];

async function insertBatched(db: Db, table: string, rows: Record<string, unknown>[]): Promise<void> {
  await db.transaction(async (trx) => {
    for (let i = 0; i < rows.length; i += 50) await trx(table).insert(rows.slice(i, i + 50));
  });
}

export async function generateNationalSessions(db: Db, count = nationalSessions, lastHeldMonth = 10): Promise<void> {
  const rnd = seededRandom(11);
  const villages: Array<{ id: string; district_id: string; province_id: string }> = await db('village').select('id', 'district_id', 'province_id');
  const teams: Array<{ id: string }> = await db('team').select('id');
  const orgs: Array<{ id: string }> = await db('organisation').select('id');
  const now = new Date().toISOString();
  const base = { created_at: now, updated_at: now, deleted_at: null };
  const sessions: Record<string, unknown>[] = [];
  const participants: Record<string, unknown>[] = [];
  const covered: Record<string, unknown>[] = [];
  for (let i = 0; i < count; i++) {
    const v = villages[Math.floor(rnd() * villages.length)]!;
    const month = 1 + (i % 12);
    const start = `2026-${String(month).padStart(2, '0')}-${String(1 + Math.floor(rnd() * 28)).padStart(2, '0')}`;
    const id = uuid('20000000', i);
    const kind = kinds[Math.floor(rnd() * kinds.length)]!;
    sessions.push({ id, ...base, kind, level: kind === 'village' ? 'village' : 'district', title: null, province_id: v.province_id, district_id: v.district_id, village_id: kind === 'village' ? v.id : null, venue: null, start_date: start, end_date: start, status: month <= lastHeldMonth ? 'held' : 'planned', parent_session_id: null, team_id: teams[i % teams.length]!.id, notes: null, follow_up: null, pre_test_avg: null, post_test_avg: null });
    for (let k = 0; k < 2; k++) participants.push({ id: uuid(`3000000${k}`, i), ...base, session_id: id, organisation_id: orgs[(i + k * 3) % orgs.length]!.id, female: 5 + Math.floor(rnd() * 20), male: 2 + Math.floor(rnd() * 15) });
    covered.push({ id: uuid('40000000', i), ...base, session_id: id, village_id: v.id });
  }
  await insertBatched(db, 'session', sessions);
  await insertBatched(db, 'session_participants', participants);
  await insertBatched(db, 'session_village', covered);
}
