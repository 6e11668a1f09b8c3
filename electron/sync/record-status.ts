/**
 * Whether a record's latest change has reached each peer (issue 7, guards): not in that office's scope,
 * waiting for the next package, written into a package, or acknowledged by the peer.
 */
import type { RecordSyncState } from '../../shared/api';
import { AppError } from '../../shared/errors';
import { type ReplicatedTable, isReplicatedTable } from '../../shared/replication';
import type { Db } from '../db/connection';
import { listPeers } from './peers';
import { childTables, inScope, scopeOfOffice } from './scope';

/**
 * The latest change of the record, or of a row that follows it (a person's qualifications, a team's
 * members: shown on its page, and sent with it), that the peer still needs: not written by the peer itself,
 * and not superseded (a field's later value, from the peer, leaves nothing of it to send).
 */
async function latestFor(db: Db, table: ReplicatedTable, rowId: string, peer: string): Promise<number | null> {
  const children = childTables(table);
  const row = await db('change_log as c')
    .where('c.superseded', 0)
    .where((w) => w.whereNull('c.origin').orWhereNot('c.origin', peer))
    .where((w) => {
      w.where({ 'c.table_name': table, 'c.row_id': rowId });
      for (const child of children) {
        w.orWhere((x) => x.where('c.table_name', child.table).whereIn('c.row_id', db(child.table).where(child.column, rowId).select('id')));
      }
    })
    .max({ seq: 'c.seq' })
    .first();
  return row?.seq ?? null;
}

export async function recordStatus(db: Db, table: string, rowId: string): Promise<RecordSyncState[]> {
  if (!isReplicatedTable(table)) throw new AppError('write.notReplicated', { table });
  const out: RecordSyncState[] = [];
  for (const peer of await listPeers(db)) {
    const scoped = (await inScope(db, table, await scopeOfOffice(db, peer.code), [rowId])).has(rowId);
    const latest = scoped ? await latestFor(db, table, rowId, peer.code) : null;
    let state: RecordSyncState['state'];
    if (!scoped) state = 'notInScope';
    else if (latest === null || peer.acked_change_seq >= latest) state = 'acknowledged';
    else if (await db('sync_outbox').where({ to_code: peer.code }).andWhere('max_change_seq', '>=', latest).first('seq')) state = 'sent';
    else state = 'pending';
    out.push({ peer: peer.code, state });
  }
  return out;
}
