/**
 * The conflicts list: fields both sides changed since they last synced. Last writer wins decided the value;
 * a person may keep it or bring back the value that lost, which is an ordinary local change (through the
 * single write path) that syncs on to the other offices like any other.
 */
import type { Conflict } from '../../shared/api';
import { AppError } from '../../shared/errors';
import type { Db } from '../db/connection';
import { chunks } from '../db/bulk';
import { inTransaction } from '../db/transaction';
import { unpack } from '../../shared/hlc';
import { audit } from './audit';
import { existingClockNode } from './clock';
import { recordKey, recordLabels } from './record-label';
import { referencedTable } from '../../shared/field-values';
import { updateRow } from './write-path';

export async function listConflicts(db: Db, includeResolved: boolean): Promise<Conflict[]> {
  const q = db('sync_conflict').orderBy('id', 'desc');
  if (!includeResolved) q.whereNull('resolved_at');
  const rows = await q;
  const labels = await recordLabels(db, rows.map((r) => ({ table: r.table_name, rowId: r.row_id })));
  const now = await currentValues(db, rows);
  // The field as it is now, which a local edit may have changed since; what won, where the row is gone.
  const values = rows.map((r) => ({
    kept: (now.has(r.id) ? now.get(r.id)! : r.kept_value === null ? null : JSON.parse(r.kept_value)) as Conflict['keptValue'],
    lost: (r.lost_value === null ? null : JSON.parse(r.lost_value)) as Conflict['lostValue'],
  }));
  const named = await valueNames(db, rows.flatMap((r, i) => [[r.column_name, values[i]!.kept] as const, [r.column_name, values[i]!.lost] as const]));
  const nameOf = (column: string, value: Conflict['keptValue']) => named.get(valueKey(column, value)) ?? null;
  // Which values this office wrote: its clock's node is in each. (No node yet: it has written nothing.)
  const own = await existingClockNode(db);
  const by = (hlc: string) => (unpack(hlc).node === own ? 'here' : 'peer');
  const at = (hlc: string) => new Date(unpack(hlc).millis).toISOString();
  return rows.map((r, i) => ({
    id: r.id,
    table: r.table_name,
    rowId: r.row_id,
    column: r.column_name,
    record: labels.get(recordKey({ table: r.table_name, rowId: r.row_id })) ?? null,
    keptValue: values[i]!.kept,
    lostValue: values[i]!.lost,
    keptName: nameOf(r.column_name, values[i]!.kept),
    lostName: nameOf(r.column_name, values[i]!.lost),
    // A conflict still open whose field differs from what won was edited here since (a later change from
    // elsewhere would have settled it).
    ...(now.has(r.id) && !sameValue(now.get(r.id), r.kept_value) ? { keptBy: 'here' as const, keptAt: null } : { keptBy: by(r.kept_hlc), keptAt: at(r.kept_hlc) }),
    lostBy: by(r.lost_hlc),
    lostAt: at(r.lost_hlc),
    peerCode: r.peer_code,
    detectedAt: r.detected_at,
    resolvedAt: r.resolved_at,
    resolution: r.resolution,
  }));
}

const valueKey = (column: string, value: Conflict['keptValue']) => `${referencedTable(column)}\u0000${String(value)}`;

/** The names of the rows that values which are ids point to (a district's id: the district), a few queries in all. */
async function valueNames(db: Db, values: ReadonlyArray<readonly [string, Conflict['keptValue']]>): Promise<Map<string, { nameLo: string; nameEn: string }>> {
  const refs = values.flatMap(([column, value]) => {
    const table = referencedTable(column);
    return table && typeof value === 'string' ? [{ table, rowId: value, key: valueKey(column, value) }] : [];
  });
  const labels = await recordLabels(db, refs);
  const out = new Map<string, { nameLo: string; nameEn: string }>();
  for (const r of refs) {
    const label = labels.get(recordKey(r));
    if (label) out.set(r.key, { nameLo: label.nameLo, nameEn: label.nameEn });
  }
  return out;
}

/** A stored field against a logged JSON value: SQLite holds a true as 1. */
function sameValue(stored: Conflict['keptValue'] | undefined, json: string | null): boolean {
  const logged: unknown = json === null ? null : JSON.parse(json);
  return stored === logged || (typeof logged === 'boolean' && stored === (logged ? 1 : 0));
}

type ConflictRow = { id: number; table_name: string; row_id: string; column_name: string };

/** Each conflict's field as the database holds it now, one query per table. */
async function currentValues(db: Db, rows: ConflictRow[]): Promise<Map<number, Conflict['keptValue']>> {
  const out = new Map<number, Conflict['keptValue']>();
  const byTable = new Map<string, ConflictRow[]>();
  for (const r of rows) byTable.set(r.table_name, [...(byTable.get(r.table_name) ?? []), r]);
  for (const [table, list] of byTable) {
    const found = new Map<string, Record<string, Conflict['keptValue']>>();
    for (const part of chunks([...new Set(list.map((r) => r.row_id))])) {
      for (const row of await db(table).whereIn('id', part).select('id', ...new Set(list.map((r) => r.column_name)))) found.set(row.id, row);
    }
    for (const r of list) if (found.has(r.row_id)) out.set(r.id, found.get(r.row_id)![r.column_name] ?? null);
  }
  return out;
}

/** keep: 'kept' leaves the winning value; 'lost' writes the losing value back as a new change. */
export async function resolveConflict(db: Db, id: number, keep: 'kept' | 'lost'): Promise<void> {
  await inTransaction(db, async (trx) => {
    const c = await trx('sync_conflict').where({ id }).first();
    if (!c) throw new AppError('conflicts.notFound', { id });
    if (c.resolved_at) throw new AppError('conflicts.alreadyResolved', { id });
    if (keep === 'lost') await updateRow(trx, c.table_name, c.row_id, { [c.column_name]: JSON.parse(c.lost_value) });
    await trx('sync_conflict').where({ id }).update({ resolved_at: new Date().toISOString(), resolution: keep === 'lost' ? 'restored' : 'kept' });
    // Named as it is now: once settled, the conflict leaves the list, and the log is all that says whose it was.
    const record = (await recordLabels(trx, [{ table: c.table_name, rowId: c.row_id }])).get(recordKey({ table: c.table_name, rowId: c.row_id }));
    const named = record ? { nameLo: record.nameLo, nameEn: record.nameEn } : {};
    await audit(trx, 'resolve', { peer: c.peer_code, detail: { table: c.table_name, rowId: c.row_id, column: c.column_name, keep, ...named } });
  });
}
