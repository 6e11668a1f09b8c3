import type { Knex } from 'knex';
import type { Db } from './connection';

/** Runs fn in the caller's transaction when there is one, otherwise in a new one. */
export function inTransaction<T>(db: Db, fn: (trx: Knex.Transaction) => Promise<T>): Promise<T> {
  if ((db as Knex.Transaction).isTransaction) return fn(db as Knex.Transaction);
  return (db as Knex).transaction(fn);
}
