import type { Knex } from 'knex';
import { laoFixedHolidays } from '../../../shared/calendar-rules';
import { referenceId } from '../../reference/reference';
import { replicatedBase } from './0001_foundation';

/**
 * The training calendar (DESIGN.md section 2, issue 5): sessions, what they teach, who facilitates, who came
 * and which villages they reached, plus the holidays that planning warns about. As in 0002, links between
 * replicated rows are plain UUID columns without REFERENCES: sync applies fields in any order.
 */
export async function up(db: Knex): Promise<void> {
  await db.schema.createTable('session', (t) => {
    replicatedBase(t);
    t.string('kind').notNullable(); // tot, refresher, village, meeting, baseline, evaluation
    t.string('level').notNullable(); // central, provincial, district, village
    t.string('title').nullable();
    t.string('province_id', 36).nullable().index();
    t.string('district_id', 36).nullable().index();
    t.string('village_id', 36).nullable();
    t.string('venue').nullable();
    t.string('start_date').notNullable(); // YYYY-MM-DD
    t.string('end_date').notNullable(); // YYYY-MM-DD, inclusive
    t.string('status').notNullable().defaultTo('planned'); // planned, confirmed, held, postponed, cancelled
    t.string('parent_session_id', 36).nullable().index();
    t.string('team_id', 36).nullable();
    t.text('notes').nullable();
    t.text('follow_up').nullable();
    t.float('pre_test_avg').nullable();
    t.float('post_test_avg').nullable();
    t.index(['start_date']);
  });
  // Child rows of a session: each follows its session to the offices that receive it.
  await db.schema.createTable('session_module', (t) => {
    replicatedBase(t);
    t.string('session_id', 36).notNullable().index();
    t.string('module_id', 36).notNullable();
  });
  await db.schema.createTable('session_facilitator', (t) => {
    replicatedBase(t);
    t.string('session_id', 36).notNullable().index();
    t.string('person_id', 36).notNullable().index();
  });
  // Participants counted by sex, one row per organisation they came from.
  await db.schema.createTable('session_participants', (t) => {
    replicatedBase(t);
    t.string('session_id', 36).notNullable().index();
    t.string('organisation_id', 36).notNullable();
    t.integer('female').notNullable().defaultTo(0);
    t.integer('male').notNullable().defaultTo(0);
  });
  // Named attendees of trainer courses: they are the people the session qualifies.
  await db.schema.createTable('session_attendee', (t) => {
    replicatedBase(t);
    t.string('session_id', 36).notNullable().index();
    t.string('person_id', 36).notNullable().index();
  });
  await db.schema.createTable('session_village', (t) => {
    replicatedBase(t);
    t.string('session_id', 36).notNullable().index();
    t.string('village_id', 36).notNullable().index();
  });
  await db.schema.createTable('holiday', (t) => {
    replicatedBase(t);
    t.string('code').notNullable();
    t.integer('month').notNullable();
    t.integer('day').notNullable();
    t.integer('year').nullable(); // null: every year
    t.integer('days').notNullable().defaultTo(1);
    t.string('name_lo').notNullable();
    t.string('name_en').notNullable();
  });
  // The fixed national holidays ship with identical ids everywhere, like the other reference data, so
  // no office needs to sync them; central's later edits are ordinary change messages and win.
  const shipped = '2026-01-01T00:00:00.000Z';
  await db('holiday').insert(
    laoFixedHolidays.map((h) => ({
      id: referenceId('holiday', h.code),
      created_at: shipped,
      updated_at: shipped,
      deleted_at: null,
      code: h.code,
      month: h.month,
      day: h.day,
      year: h.year,
      days: h.days,
      name_lo: h.nameLo.normalize('NFC'),
      name_en: h.nameEn,
    })),
  );
}

export async function down(db: Knex): Promise<void> {
  for (const t of ['holiday', 'session_village', 'session_attendee', 'session_participants', 'session_facilitator', 'session_module', 'session']) {
    await db.schema.dropTableIfExists(t);
  }
}
