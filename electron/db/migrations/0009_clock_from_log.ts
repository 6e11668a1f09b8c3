import type { Knex } from 'knex';

/**
 * A field's clock is the clock of its latest logged change: every local write and every applied message is
 * logged in the same transaction as the field itself. Keeping it in a second table as well (field_clock)
 * doubled what every write and every imported message costs, so the clock is now read from change_log
 * through an index on the field and its log order. The old (table_name, row_id) index is a prefix of it.
 */
export async function up(db: Knex): Promise<void> {
  await db.raw('create index change_log_field on change_log (table_name, row_id, column_name, seq)');
  await db.raw('drop index if exists change_log_table_name_row_id_index');
  await db.schema.dropTable('field_clock');
}

export async function down(db: Knex): Promise<void> {
  // The table as 0001 created it, then filled from the log.
  await db.raw(
    `create table field_clock (table_name varchar(255) not null, row_id varchar(36) not null, column_name varchar(255) not null,
     hlc varchar(255) not null, primary key (table_name, row_id, column_name))`,
  );
  await db.raw(
    `insert into field_clock (table_name, row_id, column_name, hlc)
     select table_name, row_id, column_name, hlc from (select table_name, row_id, column_name, hlc, max(seq) from change_log group by table_name, row_id, column_name)`,
  );
  await db.raw('create index change_log_table_name_row_id_index on change_log (table_name, row_id)');
  await db.raw('drop index change_log_field');
}
