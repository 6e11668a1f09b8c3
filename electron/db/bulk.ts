/**
 * Many rows in few statements: one multi-row INSERT ... VALUES (portable: SQLite 3.24+ and PostgreSQL), with an
 * optional upsert. knex's SQLite dialect writes a multi-row insert as a compound SELECT, which SQLite caps at
 * 500 rows and which costs more to build than to run; sync import writes hundreds of thousands of rows.
 * Inside a transaction on SQLite, a large insert goes straight to the driver, and one prepared statement serves
 * every full batch: knex would rewrite and SQLite re-parse the same 30,000-placeholder statement each time.
 */
import type { Knex } from 'knex';
import type { Db } from './connection';

/** SQLite allows 32,766 bound variables per statement; stay below it. */
const MAX_VARIABLES = 30_000;

/** Items per statement where each is one bound variable (an IN list): well below SQLite's limit. */
const IN_LIST = 500;

export function chunks<T>(items: T[], size = IN_LIST): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** What a batch needs of node-sqlite3's connection and statement. */
interface Sqlite3Statement {
  run(params: unknown[], cb: (err: Error | null) => void): unknown;
  finalize(cb: (err: Error | null) => void): unknown;
}
interface Sqlite3Connection {
  prepare(sql: string, cb: (err: Error | null) => void): Sqlite3Statement;
}

/** The connection a knex transaction holds on SQLite; null elsewhere (knex then runs each batch). */
async function transactionConnection(db: Db): Promise<Sqlite3Connection | null> {
  const trx = db as Knex.Transaction;
  // A finished transaction goes through knex, which refuses it, rather than writing outside it.
  if (!trx.isTransaction || trx.isCompleted() || db.client.config.client !== 'sqlite3') return null;
  return (await db.client.acquireConnection()) as Sqlite3Connection;
}

function prepared(conn: Sqlite3Connection, sql: string): Promise<Sqlite3Statement> {
  return new Promise((resolve, reject) => {
    const stmt = conn.prepare(sql, (err) => (err ? reject(err) : resolve(stmt)));
  });
}

const run = (stmt: Sqlite3Statement, params: unknown[]) => new Promise<void>((resolve, reject) => stmt.run(params, (err) => (err ? reject(err) : resolve())));
const finalize = (stmt: Sqlite3Statement) => new Promise<void>((resolve) => stmt.finalize(() => resolve()));

export async function insertValues(
  db: Db,
  table: string,
  columns: string[],
  rows: unknown[][],
  upsert?: { conflict: string[]; merge: string[] },
): Promise<void> {
  const perStatement = Math.max(1, Math.floor(MAX_VARIABLES / columns.length));
  const tuple = `(${columns.map(() => '?').join(',')})`;
  const head = `insert into ${quote(table)} (${columns.map(quote).join(',')}) values `;
  const tail = upsert
    ? ` on conflict (${upsert.conflict.map(quote).join(',')}) do update set ${upsert.merge.map((c) => `${quote(c)} = excluded.${quote(c)}`).join(', ')}`
    : '';
  const sql = (count: number) => head + Array(count).fill(tuple).join(',') + tail;
  // A small insert is one knex round trip; the driver's prepare, run and finalize would be three.
  const conn = rows.length >= perStatement ? await transactionConnection(db) : null;
  if (!conn) {
    for (let i = 0; i < rows.length; i += perStatement) {
      const part = rows.slice(i, i + perStatement);
      await db.raw(sql(part.length), part.flat() as never[]);
    }
    return;
  }
  // One statement per batch size: every full batch shares one, the last (shorter) batch has its own. Batches
  // are queued without waiting, so JavaScript binds the next batch while SQLite, on its own thread, writes
  // this one; all of them are settled before returning, so none can outlive the transaction.
  const statements = new Map<number, Sqlite3Statement>();
  const batches: Array<Promise<void>> = [];
  try {
    for (let i = 0; i < rows.length; i += perStatement) {
      const part = rows.slice(i, i + perStatement);
      let stmt = statements.get(part.length);
      if (!stmt) statements.set(part.length, (stmt = await prepared(conn, sql(part.length))));
      batches.push(run(stmt, part.flat()));
    }
  } finally {
    const failed = (await Promise.allSettled(batches)).find((r) => r.status === 'rejected');
    for (const stmt of statements.values()) await finalize(stmt);
    if (failed) throw (failed as PromiseRejectedResult).reason;
  }
}
