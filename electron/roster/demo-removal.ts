/**
 * Leaving the demo for real work. A database that holds the demo can never exchange packages (its made-up
 * trainers must not reach central), so what was added beside it cannot be sent either: the whole roster,
 * calendar and reports go, and the database is as empty as when it was new. The shipped reference data
 * stays; of the villages, only the demo's go.
 */
import { AppError } from '../../shared/errors';
import type { Db } from '../db/connection';
import { inTransaction } from '../db/transaction';
import { demoId, holdsDemoData } from './demo';
import { villageNames } from './demo-names';

/** Children before the rows they point to: foreign keys are on. */
const dataTables = [
  'session_module', 'session_facilitator', 'session_participants', 'session_attendee', 'session_village',
  'qualification', 'team_member', 'transfer', 'session', 'team', 'person',
] as const;

/** Local tables about the demo's months: its reports and their narratives. */
const localTables = ['report_history', 'report_narrative'] as const;

export async function removeDemo(db: Db): Promise<{ people: number }> {
  return inTransaction(db, async (trx) => {
    if (!(await holdsDemoData(trx))) throw new AppError('demo.notLoaded', {});
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
