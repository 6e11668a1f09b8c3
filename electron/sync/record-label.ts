/**
 * Names a person recognises for the records sync talks about (a conflict is "Anong's phone", not a table and
 * a UUID): a row's own Lao and English name, a session's title, or for a row that belongs to another (a
 * qualification, a team membership, a session's attendance) the name of the record it belongs to.
 */
import { isReplicatedTable, replicationScope } from '../../shared/replication';
import { recordTitles } from '../calendar/labels';
import type { Db } from '../db/connection';
import { chunks } from '../db/bulk';

export interface RecordLabel {
  table: string;
  rowId: string;
  nameLo: string;
  nameEn: string;
}

/** Rows that hang under a person rather than under their replication parent. */
const personOwned: Record<string, string> = { transfer: 'person_id', qualification: 'person_id', team_member: 'person_id', session_attendee: 'person_id' };

interface RecordRef {
  table: string;
  rowId: string;
}

/** The key recordLabels() answers under for a row. */
export const recordKey = (r: RecordRef) => `${r.table}\u0000${r.rowId}`;

/** Ids by table, each table's ids once. */
function byTable(refs: RecordRef[]): Map<string, string[]> {
  const out = new Map<string, Set<string>>();
  for (const r of refs) out.set(r.table, (out.get(r.table) ?? new Set()).add(r.rowId));
  return new Map([...out].map(([t, ids]) => [t, [...ids]]));
}

/** The record each row is best known by: itself, or the one it belongs to. One query per table. */
async function owners(db: Db, refs: RecordRef[]): Promise<Map<string, RecordRef>> {
  const out = new Map<string, RecordRef>();
  for (const [table, ids] of byTable(refs)) {
    if (!isReplicatedTable(table)) continue;
    const scope = replicationScope[table];
    const [column, parent] = personOwned[table] ? [personOwned[table], 'person'] : scope.kind === 'parent' ? [scope.column, scope.table] : [null, table];
    if (!column) {
      for (const id of ids) out.set(recordKey({ table, rowId: id }), { table, rowId: id });
      continue;
    }
    for (const part of chunks(ids)) {
      const rows: Array<Record<string, string | null>> = await db(table).whereIn('id', part).select('id', column);
      for (const r of rows) if (r[column]) out.set(recordKey({ table, rowId: r.id! }), { table: parent, rowId: r[column]! });
    }
  }
  return out;
}

/** Labels for many rows at once (the Conflicts list): a few queries per table, however many rows. */
export async function recordLabels(db: Db, refs: RecordRef[]): Promise<Map<string, RecordLabel>> {
  const owner = await owners(db, refs);
  const named = new Map<string, RecordLabel>();
  for (const [table, ids] of byTable([...owner.values()])) {
    const rows: Array<Record<string, any>> = [];
    for (const part of chunks(ids)) rows.push(...(await db(table).whereIn('id', part)));
    const titles = table === 'session' ? await recordTitles(db, rows) : null;
    for (const row of rows) {
      const ref = { table, rowId: row.id as string };
      const title = titles?.get(row.id);
      if (title) named.set(recordKey(ref), { ...ref, nameLo: title.titleLo, nameEn: title.titleEn });
      else if (!titles && typeof row.name_lo === 'string') named.set(recordKey(ref), { ...ref, nameLo: row.name_lo, nameEn: row.name_en ?? '' });
    }
  }
  const out = new Map<string, RecordLabel>();
  for (const r of refs) {
    const o = owner.get(recordKey(r));
    const label = o && named.get(recordKey(o));
    if (label) out.set(recordKey(r), label);
  }
  return out;
}
