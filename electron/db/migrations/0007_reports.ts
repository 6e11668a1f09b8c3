import type { Knex } from 'knex';

/**
 * Report history and the narrative typed for a report. Both are local to this office, never replicated: a
 * generated file is this office's own act (who made it, from which data, with which hash), and another office
 * generates its own reports from the replicated data. The narrative is keyed by kind + period + scope +
 * language so a coordinator can type it before generating and find it again next time.
 */
export async function up(db: Knex): Promise<void> {
  await db.schema.createTable('report_narrative', (t) => {
    t.string('kind').notNullable();
    t.string('period').notNullable(); // YYYY-MM
    t.string('scope').notNullable(); // ISO 3166-2:LA code, or 'all'
    t.string('language').notNullable(); // lo, en
    t.text('achievements').notNullable().defaultTo('');
    t.text('challenges').notNullable().defaultTo('');
    t.text('lessons').notNullable().defaultTo('');
    t.string('updated_at').notNullable();
    t.primary(['kind', 'period', 'scope', 'language']);
  });
  await db.schema.createTable('report_history', (t) => {
    t.increments('id').primary();
    t.string('kind').notNullable();
    t.string('period').notNullable();
    t.string('scope').notNullable();
    t.string('language').notNullable();
    t.string('file_name').notNullable();
    t.string('sha256', 64).notNullable();
    t.integer('bytes').notNullable();
    t.string('created_by').notNullable();
    t.string('created_at').notNullable();
    t.text('achievements').notNullable().defaultTo(''); // the narrative as it went into this file
    t.text('challenges').notNullable().defaultTo('');
    t.text('lessons').notNullable().defaultTo('');
    t.index(['created_at']);
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.dropTableIfExists('report_history');
  await db.schema.dropTableIfExists('report_narrative');
}
