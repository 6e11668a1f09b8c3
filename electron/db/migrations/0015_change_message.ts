import type { Knex } from 'knex';

/**
 * Each change_log entry keeps its message as the body line a package carries (sync/message-line.ts), written
 * with the entry, and cleared once a later change of its field supersedes it, as it is then never sent. Older
 * entries keep none: an export builds their lines, as it did before.
 */
export async function up(db: Knex): Promise<void> {
  await db.raw('alter table change_log add column message text');
}

export async function down(db: Knex): Promise<void> {
  await db.raw('alter table change_log drop column message');
}
