import type { Knex } from 'knex';

/**
 * change_log entries whose superseded mark is wrong: each field's latest entry must be unmarked and every
 * older one marked, since export sends the unmarked entries as the fields' current values.
 */
export async function wronglyMarked(db: Knex): Promise<Array<{ seq: number; superseded: number }>> {
  return db.raw(
    `select c.seq, c.superseded from change_log c
     where c.superseded <> exists (select 1 from change_log n
                                   where n.table_name = c.table_name and n.row_id = c.row_id and n.column_name = c.column_name and n.seq > c.seq)`,
  );
}
