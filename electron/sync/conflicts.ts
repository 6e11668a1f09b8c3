/**
 * The conflicts list: fields both sides changed since they last synced. Last writer wins decided the value;
 * a person may keep it or bring back the value that lost, which is an ordinary local change (through the
 * single write path) that syncs on to the other offices like any other.
 */
import type { Conflict } from '../../shared/api';
import { AppError } from '../../shared/errors';
import type { Db } from '../db/connection';
import { inTransaction } from '../db/transaction';
import { audit } from './audit';
import { recordKey, recordLabels } from './record-label';
import { updateRow } from './write-path';

export async function listConflicts(db: Db, includeResolved: boolean): Promise<Conflict[]> {
  const q = db('sync_conflict').orderBy('id', 'desc');
  if (!includeResolved) q.whereNull('resolved_at');
  const rows = await q;
  const labels = await recordLabels(db, rows.map((r) => ({ table: r.table_name, rowId: r.row_id })));
  return rows.map((r) => ({
    id: r.id,
    table: r.table_name,
    rowId: r.row_id,
    column: r.column_name,
    record: labels.get(recordKey({ table: r.table_name, rowId: r.row_id })) ?? null,
    keptValue: r.kept_value === null ? null : JSON.parse(r.kept_value),
    lostValue: r.lost_value === null ? null : JSON.parse(r.lost_value),
    peerCode: r.peer_code,
    detectedAt: r.detected_at,
    resolvedAt: r.resolved_at,
    resolution: r.resolution,
  }));
}

/** keep: 'kept' leaves the winning value; 'lost' writes the losing value back as a new change. */
export async function resolveConflict(db: Db, id: number, keep: 'kept' | 'lost'): Promise<void> {
  await inTransaction(db, async (trx) => {
    const c = await trx('sync_conflict').where({ id }).first();
    if (!c) throw new AppError('conflicts.notFound', { id });
    if (c.resolved_at) throw new AppError('conflicts.alreadyResolved', { id });
    if (keep === 'lost') await updateRow(trx, c.table_name, c.row_id, { [c.column_name]: JSON.parse(c.lost_value) });
    await trx('sync_conflict').where({ id }).update({ resolved_at: new Date().toISOString(), resolution: keep === 'lost' ? 'restored' : 'kept' });
    await audit(trx, 'resolve', { peer: c.peer_code, detail: { table: c.table_name, rowId: c.row_id, column: c.column_name, keep } });
  });
}
