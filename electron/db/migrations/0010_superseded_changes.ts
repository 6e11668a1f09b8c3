import type { Knex } from 'knex';

/**
 * A change_log entry is superseded once a later change of the same field is logged. A package sends each
 * field's latest change only; finding it with a lookup in the field index, entry by entry, was half of what
 * an export cost. So the write that supersedes an entry marks it, and export reads the unmarked ones. The
 * history stays in the log: which province a row once belonged to is read from it.
 */
export async function up(db: Knex): Promise<void> {
  await db.raw('alter table change_log add column superseded integer not null default 0');
  await db.raw(
    `update change_log set superseded = 1
     where seq < (select max(n.seq) from change_log n
                  where n.table_name = change_log.table_name and n.row_id = change_log.row_id and n.column_name = change_log.column_name)`,
  );
}

export async function down(db: Knex): Promise<void> {
  await db.raw('alter table change_log drop column superseded');
}
