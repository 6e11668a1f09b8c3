import type { Knex } from 'knex';
import type { Db } from './connection';

/** Runs fn in the caller's transaction when there is one, otherwise in a new one. */
export function inTransaction<T>(db: Db, fn: (trx: Knex.Transaction) => Promise<T>): Promise<T> {
  if ((db as Knex.Transaction).isTransaction) return fn(db as Knex.Transaction);
  return (db as Knex).transaction(fn);
}

class RolledBack extends Error {}

/**
 * Runs fn in a transaction (a savepoint inside the caller's) and always rolls it back: a dry run goes through
 * every write an import makes, so that what it reports is what the import would do, and keeps none of them.
 */
export async function rolledBack<T>(db: Db, fn: (trx: Knex.Transaction) => Promise<T>): Promise<T> {
  let out: { value: T } | undefined;
  try {
    await (db as Knex).transaction(async (trx) => {
      out = { value: await fn(trx) };
      throw new RolledBack();
    });
  } catch (e) {
    if (!(e instanceof RolledBack)) throw e;
  }
  return out!.value;
}
