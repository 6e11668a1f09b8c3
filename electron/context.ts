import type { Knex } from 'knex';
import type { DesktopPort } from './desktop/port';
import type { KeyProtector } from './sync/key-protector';

/** What every handler receives besides its input: the open database and facts about this install. */
export interface AppContext {
  db: Knex;
  /**
   * A second connection that can only read, for slow reads that must not hold up the app's writes and
   * queries behind them on `db` (the Sync page's counts): in WAL mode it reads beside a writer.
   */
  reader: Knex;
  dataDir: string;
  databaseFile: string;
  version: string;
  transport: 'ipc' | 'http' | 'cli';
  /** how office private keys are protected; the first one protects new keys */
  keyProtectors: KeyProtector[];
  /** native dialogs, the file manager and the mail program: Electron's in the desktop app, plain Node elsewhere */
  desktop: DesktopPort;
}
