import type { Knex } from 'knex';

/**
 * Every import asks the audit log whether the file was imported before, and every check of a refused file
 * whether it was refused for the same reason, both by the file's hash. Central's log gains a row for each
 * package it touches, every month for every province: without an index each question read the whole log.
 */
export async function up(db: Knex): Promise<void> {
  await db.schema.alterTable('sync_audit', (t) => {
    t.index(['sha256'], 'sync_audit_sha256');
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.alterTable('sync_audit', (t) => {
    t.dropIndex(['sha256'], 'sync_audit_sha256');
  });
}
