import type { CascadeNode, SessionRow } from '../../shared/api';
import type { Db } from '../db/connection';
import { sessionRecord, toSessionRows } from './session-read';

/**
 * From one session, everything that followed it: the trainings its trainees gave and the village sessions
 * below those. Totals count each session's participants once and each village once, however many sessions
 * reached it.
 */
export async function cascadeOf(db: Db, rootId: string): Promise<CascadeNode> {
  const records = [await sessionRecord(db, rootId)];
  // Breadth first, one query per generation: a cascade is a few levels deep, never thousands.
  for (let frontier = [rootId]; frontier.length > 0; ) {
    const next = await db('session').whereIn('parent_session_id', frontier).whereNull('deleted_at').orderBy('start_date');
    const fresh = next.filter((r) => !records.some((x) => x.id === r.id));
    records.push(...fresh);
    frontier = fresh.map((r) => r.id);
  }
  const rows = await toSessionRows(db, records);
  const villages = await db('session_village').whereIn('session_id', rows.map((r) => r.id)).whereNull('deleted_at').select('session_id', 'village_id');
  const villagesOf = (ids: Set<string>) => new Set(villages.filter((v) => ids.has(v.session_id)).map((v) => v.village_id)).size;

  const build = (row: SessionRow): { node: CascadeNode; ids: Set<string> } => {
    const built = rows.filter((r) => r.parentSessionId === row.id).map(build);
    const ids = new Set([row.id, ...built.flatMap((b) => [...b.ids])]);
    const all = rows.filter((r) => ids.has(r.id));
    return {
      ids,
      node: {
        session: row,
        children: built.map((b) => b.node),
        totals: {
          sessions: all.length,
          held: all.filter((r) => r.status === 'held').length,
          female: all.reduce((n, r) => n + r.female, 0),
          male: all.reduce((n, r) => n + r.male, 0),
          villages: villagesOf(ids),
        },
      },
    };
  };
  return build(rows[0]).node;
}
