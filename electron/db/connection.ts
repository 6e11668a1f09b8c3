import fs from 'node:fs';
import path from 'node:path';
import knexFactory, { type Knex } from 'knex';
import { AppError } from '../../shared/errors';
import { checkIntegrity } from './integrity';
import { migrateToLatest } from './migrate';

export type Db = Knex | Knex.Transaction;

export const databaseFileName = 'lwu-desk.sqlite';

/**
 * SQLite's page cache, per connection, at most 64 MiB (taken only as pages are read). The default of 2 MiB
 * holds a tenth of a 100,000-change log: every scan of it (writing a package, counting what a peer lacks)
 * read each page again from the operating system, half of the scan's time (bench: sync export).
 */
const CACHE = 'PRAGMA cache_size = -65536; ';

/**
 * One connection: SQLite serialises writers anyway, and a single pooled connection makes knex queue work
 * instead of failing with SQLITE_BUSY when a transaction is open. The backend opens a second, read-only one
 * (readOnly) for slow reads that must not queue the app's work behind them.
 */
export function connect(file: string, opts: { readOnly?: boolean } = {}): Knex {
  // A read-only connection only reads: it never sets the journal mode (the file keeps WAL) or checks keys.
  const pragmas =
    CACHE +
    (opts.readOnly
      ? 'PRAGMA query_only = ON; PRAGMA busy_timeout = 5000;'
      : 'PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL; PRAGMA busy_timeout = 5000;');
  return knexFactory({
    client: 'sqlite3',
    connection: { filename: file },
    useNullAsDefault: true,
    // A damaged file is reported once, as a translated AppError, not also as knex's raw pool error.
    log: { error: (m: unknown) => (String(m).includes('Acquire connection error') ? undefined : console.error(m)) },
    pool: {
      min: 1,
      max: 1,
      afterCreate(conn: { exec(sql: string, cb: (err: Error | null) => void): void }, done: (err: Error | null, conn: unknown) => void) {
        // WAL keeps readers off the writer's back; synchronous FULL because a power cut must not lose a
        // committed import; the busy timeout covers the CLI running beside the app.
        conn.exec(pragmas, (err) => done(err, conn));
      },
    },
  });
}

/** Opens (creating if needed) the data folder's database, checks it is sound, and migrates it. */
export async function openDatabase(dataDir: string): Promise<{ db: Knex; file: string }> {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, databaseFileName);
  const db = connect(file);
  try {
    await checkIntegrity(db, file);
    await migrateToLatest(db);
    return { db, file };
  } catch (e) {
    await db.destroy();
    if (e instanceof AppError) throw e;
    throw new AppError('db.openFailed', { file, reason: e instanceof Error ? e.message : String(e) });
  }
}
