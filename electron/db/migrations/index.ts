import type { Knex } from 'knex';
import * as m0001 from './0001_foundation';
import * as m0002 from './0002_roster';
import * as m0007 from './0007_reports';

export interface Migration {
  name: string;
  up(db: Knex): Promise<void>;
  down(db: Knex): Promise<void>;
}

export const migrations: Migration[] = [
  { name: '0001_foundation', ...m0001 },
  { name: '0002_roster', ...m0002 },
  { name: '0007_reports', ...m0007 },
];
