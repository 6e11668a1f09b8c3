import type { Knex } from 'knex';

/**
 * Sync bookkeeping (DESIGN.md section 3). Every table here is local to this install and never replicated:
 * none is in shared/replication.ts, so no package can write them. Private keys are stored protected
 * (Electron safeStorage, or a key file readable only by the user), never in clear.
 */
export async function up(db: Knex): Promise<void> {
  // This install's office: at most one row.
  await db.schema.createTable('sync_office', (t) => {
    t.string('code').primary(); // LA-CENTRAL, or a province's ISO 3166-2:LA code
    t.string('level').notNullable(); // central, provincial
    t.string('province_code').nullable();
    t.string('name').notNullable();
    t.string('age_recipient').notNullable();
    t.text('age_identity_protected').notNullable();
    t.text('sign_public').notNullable(); // Ed25519, base64 raw 32 bytes
    t.text('sign_private_protected').notNullable();
    t.string('created_at').notNullable();
  });
  // Offices this one exchanges packages with, and where each exchange stands.
  await db.schema.createTable('sync_peer', (t) => {
    t.string('code').primary();
    t.string('level').notNullable();
    t.string('province_code').nullable();
    t.string('name').notNullable();
    t.string('age_recipient').notNullable();
    t.text('sign_public').notNullable();
    t.string('fingerprint').notNullable();
    t.string('enrolled_at').notNullable();
    t.integer('last_sent_seq').notNullable().defaultTo(0);
    t.integer('acked_seq').notNullable().defaultTo(0); // highest of our packages the peer says it received
    t.integer('acked_change_seq').notNullable().defaultTo(0); // change_log seq covered by that package
  });
  // Packages written for a peer.
  await db.schema.createTable('sync_outbox', (t) => {
    t.string('to_code').notNullable();
    t.integer('seq').notNullable();
    t.string('file_name').notNullable();
    t.string('sha256').notNullable();
    t.integer('message_count').notNullable();
    t.integer('max_change_seq').notNullable();
    t.string('created_at').notNullable();
    t.primary(['to_code', 'seq']);
  });
  // Packages imported from a peer: the receipt that makes a second import of the same package a no-op.
  await db.schema.createTable('sync_inbox', (t) => {
    t.string('from_code').notNullable();
    t.integer('seq').notNullable();
    t.string('file_name').notNullable();
    t.string('sha256').notNullable();
    t.integer('message_count').notNullable();
    t.integer('added').notNullable();
    t.integer('changed').notNullable();
    t.integer('conflicts').notNullable();
    t.string('imported_at').notNullable();
    t.primary(['from_code', 'seq']);
  });
  // Fields both sides changed since they last synced: the losing value, kept for a person to review.
  await db.schema.createTable('sync_conflict', (t) => {
    t.increments('id').primary();
    t.string('table_name').notNullable();
    t.string('row_id', 36).notNullable();
    t.string('column_name').notNullable();
    t.text('kept_value').nullable(); // JSON, the value that won
    t.string('kept_hlc').notNullable();
    t.text('lost_value').nullable(); // JSON
    t.string('lost_hlc').notNullable();
    t.string('peer_code').notNullable();
    t.string('detected_at').notNullable();
    t.string('resolved_at').nullable();
    t.string('resolution').nullable(); // kept, restored
    t.index(['resolved_at']);
  });
  // Every export and import, with the package's hash: what a person checks when a stick goes missing.
  await db.schema.createTable('sync_audit', (t) => {
    t.increments('id').primary();
    t.string('at').notNullable();
    t.string('action').notNullable(); // export, import, refused, enroll
    t.string('peer_code').nullable();
    t.integer('seq').nullable();
    t.string('file_name').nullable();
    t.string('sha256').nullable();
    t.text('detail').nullable(); // JSON
  });
  // Which office a change came from (null: written here), so a relayed change is not echoed back to it.
  await db.schema.alterTable('change_log', (t) => {
    t.string('origin').nullable();
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.alterTable('change_log', (t) => {
    t.dropColumn('origin');
  });
  for (const t of ['sync_audit', 'sync_conflict', 'sync_inbox', 'sync_outbox', 'sync_peer', 'sync_office']) await db.schema.dropTableIfExists(t);
}
