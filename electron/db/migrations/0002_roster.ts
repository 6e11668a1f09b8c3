import type { Knex } from 'knex';
import { replicatedBase } from './0001_foundation';

/**
 * Geography, curriculum, people, teams and qualifications (DESIGN.md section 2). Foreign keys point at
 * replicated rows by UUID, so a row arriving by sync before its parent is not refused: they are not enforced
 * with REFERENCES (sync applies field by field, in any order), and services check them on local writes.
 */
export async function up(db: Knex): Promise<void> {
  await db.schema.createTable('province', (t) => {
    replicatedBase(t);
    t.string('code').notNullable().unique(); // ISO 3166-2:LA
    t.string('name_lo').notNullable();
    t.string('name_en').notNullable();
    t.integer('sort_order').notNullable().defaultTo(0);
  });
  await db.schema.createTable('district', (t) => {
    replicatedBase(t);
    t.string('province_id', 36).notNullable().index();
    t.string('code').nullable();
    t.string('name_lo').notNullable();
    t.string('name_en').notNullable();
  });
  await db.schema.createTable('village', (t) => {
    replicatedBase(t);
    t.string('district_id', 36).notNullable().index();
    t.string('province_id', 36).notNullable().index();
    t.string('name_lo').notNullable();
    t.string('name_en').notNullable().defaultTo('');
  });
  await db.schema.createTable('module', (t) => {
    replicatedBase(t);
    t.string('code').notNullable().unique();
    t.string('name_lo').notNullable();
    t.string('name_en').notNullable();
    t.integer('refresher_months').notNullable().defaultTo(24);
    t.integer('sort_order').notNullable().defaultTo(0);
  });
  await db.schema.createTable('person', (t) => {
    replicatedBase(t);
    t.string('name_lo').notNullable();
    t.string('name_en').notNullable().defaultTo('');
    t.string('sex', 1).notNullable(); // f, m
    t.integer('birth_year').nullable();
    t.string('phone').nullable();
    t.string('organisation_id', 36).nullable();
    t.string('position').nullable();
    t.string('office_level').notNullable(); // central, provincial, district, village
    t.string('province_id', 36).nullable().index();
    t.string('district_id', 36).nullable().index();
    t.string('village_id', 36).nullable();
    t.string('status').notNullable().defaultTo('active'); // active, transferred, left
    t.text('notes').nullable();
  });
  await db.schema.createTable('team', (t) => {
    replicatedBase(t);
    t.string('name_lo').notNullable();
    t.string('name_en').notNullable().defaultTo('');
    t.string('level').notNullable(); // central, provincial, district
    t.string('province_id', 36).nullable().index();
    t.string('district_id', 36).nullable();
    t.integer('target_size').notNullable().defaultTo(6);
    t.text('notes').nullable();
  });
  await db.schema.createTable('team_member', (t) => {
    replicatedBase(t);
    t.string('team_id', 36).notNullable().index();
    t.string('person_id', 36).notNullable().index();
    t.string('role').notNullable().defaultTo('member'); // lead, member
    t.string('from_date').notNullable(); // YYYY-MM-DD
    t.string('to_date').nullable(); // last day of membership, inclusive
  });
  await db.schema.createTable('qualification', (t) => {
    replicatedBase(t);
    t.string('person_id', 36).notNullable().index();
    t.string('module_id', 36).notNullable().index();
    t.string('earned_on').notNullable(); // YYYY-MM-DD
    t.string('refresher_due').nullable(); // YYYY-MM-DD
    t.string('session_id', 36).nullable();
    t.string('source').notNullable().defaultTo('manual'); // manual, session, import
    t.text('notes').nullable();
  });
}

export async function down(db: Knex): Promise<void> {
  for (const t of ['qualification', 'team_member', 'team', 'person', 'module', 'village', 'district', 'province']) {
    await db.schema.dropTableIfExists(t);
  }
}
