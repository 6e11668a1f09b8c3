/**
 * Whether a record's latest change has reached each peer (issue 7, guards): not in that office's scope,
 * waiting for the next package, written into a package, or acknowledged by the peer.
 */
import type { RecordSyncState } from '../../shared/api';
import { AppError } from '../../shared/errors';
import { isReplicatedTable } from '../../shared/replication';
import type { Db } from '../db/connection';
import { listPeers } from './peers';
import { inScope, scopeOfOffice } from './scope';

export async function recordStatus(db: Db, table: string, rowId: string): Promise<RecordSyncState[]> {
  if (!isReplicatedTable(table)) throw new AppError('write.notReplicated', { table });
  const latest = await db('change_log').where({ table_name: table, row_id: rowId }).orderBy('seq', 'desc').first('seq', 'origin');
  const out: RecordSyncState[] = [];
  for (const peer of await listPeers(db)) {
    const scoped = (await inScope(db, table, await scopeOfOffice(db, peer.code), [rowId])).has(rowId);
    let state: RecordSyncState['state'];
    if (!scoped) state = 'notInScope';
    else if (!latest || latest.origin === peer.code || peer.acked_change_seq >= latest.seq) state = 'acknowledged';
    else if (await db('sync_outbox').where({ to_code: peer.code }).andWhere('max_change_seq', '>=', latest.seq).first('seq')) state = 'sent';
    else state = 'pending';
    out.push({ peer: peer.code, state });
  }
  return out;
}
