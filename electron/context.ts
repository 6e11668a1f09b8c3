import type { Knex } from 'knex';

/** What every handler receives besides its input: the open database and facts about this install. */
export interface AppContext {
  db: Knex;
  dataDir: string;
  databaseFile: string;
  version: string;
  transport: 'ipc' | 'http' | 'cli';
}
