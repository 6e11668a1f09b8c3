/**
 * A field's clock, which the merge rule compares an incoming message against, is the clock of its latest
 * logged change: local writes and applied messages are logged in the same transaction as the field itself,
 * and only a newer clock is ever applied. The index on (table_name, row_id, column_name, seq) finds it.
 */
import type { Db } from '../db/connection';
import { chunks } from './write-path';

export interface FieldClock {
  row_id: string;
  column_name: string;
  hlc: string;
}

/** Ids per statement: the list goes to SQLite as one JSON array, one round trip for most packages. */
export const IDS_PER_QUERY = 50_000;

/** Every field of these rows that has a clock. */
export async function fieldClocks(db: Db, table: string, rowIds: string[]): Promise<FieldClock[]> {
  const out: FieldClock[] = [];
  for (const part of chunks(rowIds, IDS_PER_QUERY)) {
    // max(seq) is selected so that SQLite takes hlc from that row; the extra field is harmless.
    const rows: FieldClock[] = await db.raw(
      `select row_id, column_name, hlc, max(seq) as seq from change_log
       where table_name = ? and row_id in (select value from json_each(?))
       group by row_id, column_name`,
      [table, JSON.stringify(part)],
    );
    for (const r of rows) out.push(r);
  }
  return out;
}
