import type { Knex } from 'knex';
import * as m0001 from './0001_foundation';
import * as m0002 from './0002_roster';
import * as m0005 from './0005_calendar';

export interface Migration {
  name: string;
  up(db: Knex): Promise<void>;
  down(db: Knex): Promise<void>;
}

export const migrations: Migration[] = [
  { name: '0001_foundation', ...m0001 },
  { name: '0002_roster', ...m0002 },
  { name: '0005_calendar', ...m0005 },
];
