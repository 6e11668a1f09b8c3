import type { Knex } from 'knex';

/** Columns every replicated table carries (DESIGN.md section 2): UUID v7 key, timestamps, tombstone. */
export function replicatedBase(t: Knex.CreateTableBuilder): void {
  t.string('id', 36).primary();
  t.string('created_at').notNullable();
  t.string('updated_at').notNullable();
  t.string('deleted_at').nullable();
}

export async function up(db: Knex): Promise<void> {
  // Local to this install, never replicated: language, clock state, office identity.
  await db.schema.createTable('local_setting', (t) => {
    t.string('key').primary();
    t.text('value').notNullable();
  });
  // Every field change, local or applied from a peer, in the order it was written here.
  await db.schema.createTable('change_log', (t) => {
    t.increments('seq').primary();
    t.string('table_name').notNullable();
    t.string('row_id', 36).notNullable();
    t.string('column_name').notNullable();
    t.text('value').nullable(); // JSON
    t.string('hlc').notNullable();
    t.index(['table_name', 'row_id']);
  });
  // The clock of each field's current value: what the merge rule compares an incoming message against.
  await db.schema.createTable('field_clock', (t) => {
    t.string('table_name').notNullable();
    t.string('row_id', 36).notNullable();
    t.string('column_name').notNullable();
    t.string('hlc').notNullable();
    t.primary(['table_name', 'row_id', 'column_name']);
  });
  await db.schema.createTable('organisation', (t) => {
    replicatedBase(t);
    t.string('code').notNullable().unique();
    t.string('name_lo').notNullable();
    t.string('name_en').notNullable();
    t.integer('sort_order').notNullable().defaultTo(0);
  });
}

export async function down(db: Knex): Promise<void> {
  for (const t of ['organisation', 'field_clock', 'change_log', 'local_setting']) await db.schema.dropTableIfExists(t);
}
