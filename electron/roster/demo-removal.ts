/**
 * Leaving the demo for real work. A database holding the demo neither enrolls nor writes packages, so as long
 * as it has never received one either, nothing in it ever left it or came from elsewhere: the whole roster,
 * calendar and reports go (a hard delete, which is safe only there), and the database is as empty as when it
 * was new. The shipped reference data stays; of the villages, only the demo's go. An office that has received
 * packages (an older install could enroll with the demo in it) is refused: what central sent would go too.
 */
import { AppError } from '../../shared/errors';
import type { Db } from '../db/connection';
import { inTransaction } from '../db/transaction';
import { demoId, holdsDemoData } from './demo';
import { villageNames } from './demo-names';

/** Children before the rows they belong to, as the order they are read in. */
const dataTables = [
  'session_module', 'session_facilitator', 'session_participants', 'session_attendee', 'session_village',
  'qualification', 'team_member', 'transfer', 'session', 'team', 'person',
] as const;

/** Local tables about the demo's months: its reports and their narratives. */
const localTables = ['report_history', 'report_narrative'] as const;

export async function removeDemo(db: Db): Promise<{ people: number }> {
  return inTransaction(db, async (trx) => {
    if (!(await holdsDemoData(trx))) throw new AppError('demo.notLoaded', {});
    const received = (await trx('sync_inbox').first('seq')) || (await trx('sync_peer').first('code')) || (await trx('change_log').whereNotNull('origin').first('seq'));
    if (received) throw new AppError('demo.removeAfterSync', {});
    const people = Number((await trx('person').count({ n: '*' }).first())?.n ?? 0);
    // Never sent (a demo database sends nothing): its log goes with the rows, leaving nothing to sync.
    for (const table of dataTables) {
      await trx('change_log').where({ table_name: table }).delete();
      await trx(table).delete();
    }
    const villages = villageNames.map((_, v) => demoId('village', v));
    await trx('change_log').where({ table_name: 'village' }).whereIn('row_id', villages).delete();
    await trx('village').whereIn('id', villages).delete();
    for (const table of localTables) await trx(table).delete();
    return { people };
  });
}
