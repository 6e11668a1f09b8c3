import type { Knex } from 'knex';
import { AppError } from '../../shared/errors';
import { migrations } from './migrations';

/**
 * Migrations are an explicit ordered list (so bundlers keep them), each run in its own transaction.
 * A database that has run a migration this build does not know was written by a newer LWU Desk:
 * refuse it rather than misread it.
 */
const source: Knex.MigrationSource<(typeof migrations)[number]> = {
  getMigrations: async () => migrations,
  getMigrationName: (m) => m.name,
  getMigration: async (m) => m,
};

export const migrationConfig: Knex.MigratorConfig = { migrationSource: source, tableName: 'knex_migrations' };

export async function migrateToLatest(db: Knex): Promise<void> {
  const known = new Set(migrations.map((m) => m.name));
  if (await db.schema.hasTable('knex_migrations')) {
    const applied: Array<{ name: string }> = await db('knex_migrations').select('name');
    const unknown = applied.map((r) => r.name).filter((n) => !known.has(n));
    if (unknown.length > 0) throw new AppError('db.fromFuture', { migrations: unknown });
  }
  await db.migrate.latest(migrationConfig);
}

export function schemaVersion(): string {
  return migrations[migrations.length - 1].name;
}
