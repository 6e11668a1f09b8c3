import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';

/**
 * Which install of an office wrote a package. A PC restored from the key backup is the same office with the
 * same keys, but an empty database that numbers its packages from 1 again; a package the old PC wrote, still
 * on a stick, carries the same numbers. The install id in each manifest tells them apart (DESIGN.md section 3,
 * key loss). A database backup is a new install too (its copy gets its own id): it numbers its packages from
 * where it was copied. Central keeps every install of a province it has accepted, so a package is known as the
 * current install's, an earlier one's, or one that has not enrolled.
 */
export async function up(db: Knex): Promise<void> {
  await db.schema.alterTable('sync_office', (t) => {
    t.string('install_id', 36).nullable();
  });
  await db('sync_office').update({ install_id: randomUUID() });
  await db.schema.alterTable('sync_peer', (t) => {
    t.string('install_id', 36).nullable(); // the install central accepted last; null: enrolled before installs were told apart
    // The first of the peer's package numbers meant for this install: central's earlier ones went to the PC
    // this office was restored from, and are not missing here.
    t.integer('expected_from').notNullable().defaultTo(1);
  });
  await db.schema.createTable('sync_peer_install', (t) => {
    t.string('peer_code').notNullable();
    t.string('install_id', 36).notNullable();
    t.string('accepted_at').notNullable();
    t.primary(['peer_code', 'install_id']);
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.dropTableIfExists('sync_peer_install');
  await db.raw('alter table sync_peer drop column expected_from');
  await db.raw('alter table sync_peer drop column install_id');
  await db.raw('alter table sync_office drop column install_id');
}
