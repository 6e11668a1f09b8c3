/**
 * A field's clock, which the merge rule compares an incoming message against, is the clock of its latest
 * logged change: local writes and applied messages are logged in the same transaction as the field itself,
 * and only a newer clock is ever applied. The latest change is the one not yet superseded (migration 0010);
 * the index on (table_name, row_id, column_name, seq) finds a row's entries.
 */
import type { Db } from '../db/connection';
import { chunks } from '../db/bulk';

export interface FieldClock {
  row_id: string;
  column_name: string;
  hlc: string;
  /** the change_log entry that holds the clock, which a newer change of the field supersedes */
  seq: number;
}

/** Ids per statement: the list goes to SQLite as one JSON array, one round trip for most packages. */
export const IDS_PER_QUERY = 50_000;

/** Every field of these rows that has a clock. */
export async function fieldClocks(db: Db, table: string, rowIds: string[]): Promise<FieldClock[]> {
  const out: FieldClock[] = [];
  for (const part of chunks(rowIds, IDS_PER_QUERY)) {
    const rows: FieldClock[] = await db.raw(
      `select row_id, column_name, hlc, seq from change_log
       where table_name = ? and row_id in (select value from json_each(?)) and superseded = 0`,
      [table, JSON.stringify(part)],
    );
    for (const r of rows) out.push(r);
  }
  return out;
}

/** How many fields of these rows, among `columns`, have a clock: what fieldClocks() finds, counted by SQLite. */
export async function countFieldClocks(db: Db, table: string, rowIds: string[], columns: readonly string[]): Promise<number> {
  let count = 0;
  for (const part of chunks(rowIds, IDS_PER_QUERY)) {
    const rows: Array<{ n: number }> = await db.raw(
      `select count(*) as n from change_log
       where table_name = ? and row_id in (select value from json_each(?)) and superseded = 0
       and column_name in (select value from json_each(?))`,
      [table, JSON.stringify(part), JSON.stringify(columns)],
    );
    count += rows[0].n;
  }
  return count;
}
