import type { Knex } from 'knex';

/**
 * Which install of this office completed the enrollment with a peer. A database backup restored on a PC is a
 * new install (lwu backup gives the copy its own id): central refuses its packages until it enrolls again, so
 * the province must know to, before it writes packages that central will refuse. An existing enrollment was
 * completed by the install that holds it.
 */
export async function up(db: Knex): Promise<void> {
  await db.schema.alterTable('sync_peer', (t) => {
    t.string('enrolled_as', 36).nullable(); // null: enrolled by an install that did not record it (an older app)
  });
  await db.raw('update sync_peer set enrolled_as = (select install_id from sync_office limit 1)');
}

export async function down(db: Knex): Promise<void> {
  await db.raw('alter table sync_peer drop column enrolled_as');
}
