import type { Knex } from 'knex';

/**
 * A transfer can be recorded ahead of its date (a move already announced): her place and status then change
 * on that day, not when it is typed in. `applied_on` records that they did (it is the transfer's date, so
 * two offices that apply the same transfer write the same value and never see a conflict). Every transfer
 * recorded before this migration was applied at once.
 */
export async function up(db: Knex): Promise<void> {
  await db.schema.alterTable('transfer', (t) => {
    t.string('applied_on').nullable();
  });
  await db('transfer').update({ applied_on: db.ref('transfer_date') });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.alterTable('transfer', (t) => {
    t.dropColumn('applied_on');
  });
}
