import type { Knex } from 'knex';

/**
 * When each received package was written, from its signed manifest: the Sync page's "last package received"
 * says how fresh the sender's data is, which the import time alone does not (a stick can wait a week in a bag).
 * Packages imported before this column existed keep null: only their import time is known.
 */
export async function up(db: Knex): Promise<void> {
  await db.schema.alterTable('sync_inbox', (t) => {
    t.string('written_at').nullable();
  });
}

export async function down(db: Knex): Promise<void> {
  await db.raw('alter table sync_inbox drop column written_at');
}
