import type { Knex } from 'knex';
import * as m0001 from './0001_foundation';
import * as m0002 from './0002_roster';
import * as m0003 from './0003_sync';
import * as m0005 from './0005_calendar';
import * as m0006 from './0006_transfers';
import * as m0007 from './0007_reports';
import * as m0008 from './0008_transfer_applied';
import * as m0009 from './0009_clock_from_log';
import * as m0010 from './0010_superseded_changes';
import * as m0011 from './0011_office_install';
import * as m0012 from './0012_enrolled_as';
import * as m0013 from './0013_inbox_written';
import * as m0014 from './0014_audit_hash_index';
import * as m0015 from './0015_change_message';

export interface Migration {
  name: string;
  up(db: Knex): Promise<void>;
  down(db: Knex): Promise<void>;
}

export const migrations: Migration[] = [
  { name: '0001_foundation', ...m0001 },
  { name: '0002_roster', ...m0002 },
  { name: '0003_sync', ...m0003 },
  { name: '0005_calendar', ...m0005 },
  { name: '0006_transfers', ...m0006 },
  { name: '0007_reports', ...m0007 },
  { name: '0008_transfer_applied', ...m0008 },
  { name: '0009_clock_from_log', ...m0009 },
  { name: '0010_superseded_changes', ...m0010 },
  { name: '0011_office_install', ...m0011 },
  { name: '0012_enrolled_as', ...m0012 },
  { name: '0013_inbox_written', ...m0013 },
  { name: '0014_audit_hash_index', ...m0014 },
  { name: '0015_change_message', ...m0015 },
];
