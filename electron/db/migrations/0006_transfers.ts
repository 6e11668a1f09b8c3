import type { Knex } from 'knex';
import { replicatedBase } from './0001_foundation';

/**
 * Staff transfers (DESIGN.md section 2). A transfer keeps where she came from as well as where she went, so
 * history and reports never depend on the person's current place, and it names the memberships it ended so
 * that undoing it reopens exactly those.
 */
export async function up(db: Knex): Promise<void> {
  await db.schema.createTable('transfer', (t) => {
    replicatedBase(t);
    t.string('person_id', 36).notNullable().index();
    t.string('transfer_date').notNullable().index(); // YYYY-MM-DD, effective that day
    t.string('from_organisation_id', 36).nullable();
    t.string('from_position').nullable();
    t.string('from_office_level').nullable();
    t.string('from_province_id', 36).nullable().index();
    t.string('from_district_id', 36).nullable();
    t.string('from_village_id', 36).nullable();
    t.string('from_status').nullable();
    t.string('to_organisation_id', 36).nullable();
    t.string('to_position').nullable();
    t.string('to_office_level').nullable();
    t.string('to_province_id', 36).nullable().index();
    t.string('to_district_id', 36).nullable();
    t.string('to_village_id', 36).nullable();
    t.text('reason').nullable();
    t.integer('keeps_training_role').notNullable().defaultTo(0);
    t.text('ended_memberships').nullable(); // JSON: [{ id, previousToDate }]
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.dropTableIfExists('transfer');
}
