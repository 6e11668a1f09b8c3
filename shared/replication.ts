/**
 * The whitelist of replicated tables and their columns. The single write path refuses anything else, and
 * sync import (lwu-sync/1) validates every incoming message against the same list, so a package can never
 * write keys, peers or settings. Tables and columns are only ever added here, never renamed or reused:
 * older installs in other provinces keep reading packages from newer ones.
 */
export const commonColumns = ['created_at', 'updated_at', 'deleted_at'] as const;

export const replicatedTables = {
  organisation: ['code', 'name_lo', 'name_en', 'sort_order'],
  province: ['code', 'name_lo', 'name_en', 'sort_order'],
  district: ['province_id', 'code', 'name_lo', 'name_en'],
  village: ['district_id', 'province_id', 'name_lo', 'name_en'],
  module: ['code', 'name_lo', 'name_en', 'refresher_months', 'sort_order'],
  person: [
    'name_lo', 'name_en', 'sex', 'birth_year', 'phone', 'organisation_id', 'position', 'office_level',
    'province_id', 'district_id', 'village_id', 'status', 'notes',
  ],
  team: ['name_lo', 'name_en', 'level', 'province_id', 'district_id', 'target_size', 'notes'],
  team_member: ['team_id', 'person_id', 'role', 'from_date', 'to_date'],
  qualification: ['person_id', 'module_id', 'earned_on', 'refresher_due', 'session_id', 'source', 'notes'],
  transfer: [
    'person_id', 'transfer_date', 'from_organisation_id', 'from_position', 'from_office_level', 'from_province_id',
    'from_district_id', 'from_village_id', 'from_status', 'to_organisation_id', 'to_position', 'to_office_level',
    'to_province_id', 'to_district_id', 'to_village_id', 'reason', 'keeps_training_role', 'ended_memberships', 'applied_on',
  ],
  session: [
    'kind', 'level', 'title', 'province_id', 'district_id', 'village_id', 'venue', 'start_date', 'end_date', 'status',
    'parent_session_id', 'team_id', 'notes', 'follow_up', 'pre_test_avg', 'post_test_avg',
  ],
  session_module: ['session_id', 'module_id'],
  session_facilitator: ['session_id', 'person_id'],
  session_participants: ['session_id', 'organisation_id', 'female', 'male'],
  session_attendee: ['session_id', 'person_id'],
  session_village: ['session_id', 'village_id'],
  holiday: ['code', 'month', 'day', 'year', 'days', 'name_lo', 'name_en'],
} as const satisfies Record<string, readonly string[]>;

/**
 * Which offices a row goes to (sync scope). Reference data goes to every office; a row with a province
 * goes to that province (and always to central); a child row follows its parent. A person transferred into
 * a province carries her new province_id, so her rows follow her there.
 */
export type Scope =
  | { kind: 'reference' }
  | { kind: 'province'; column: string; alsoColumn?: string }
  | { kind: 'parent'; column: string; table: ReplicatedTable };

export const replicationScope: Record<ReplicatedTable, Scope> = {
  organisation: { kind: 'reference' },
  province: { kind: 'reference' },
  district: { kind: 'reference' },
  village: { kind: 'reference' },
  module: { kind: 'reference' },
  person: { kind: 'province', column: 'province_id' },
  team: { kind: 'province', column: 'province_id' },
  team_member: { kind: 'parent', column: 'team_id', table: 'team' },
  qualification: { kind: 'parent', column: 'person_id', table: 'person' },
  // Both provinces need a transfer: the one she left sees the gap, the one she joined sees the capacity.
  transfer: { kind: 'province', column: 'to_province_id', alsoColumn: 'from_province_id' },
  session: { kind: 'province', column: 'province_id' },
  session_module: { kind: 'parent', column: 'session_id', table: 'session' },
  session_facilitator: { kind: 'parent', column: 'session_id', table: 'session' },
  session_participants: { kind: 'parent', column: 'session_id', table: 'session' },
  session_attendee: { kind: 'parent', column: 'session_id', table: 'session' },
  session_village: { kind: 'parent', column: 'session_id', table: 'session' },
  holiday: { kind: 'reference' },
};

export type ReplicatedTable = keyof typeof replicatedTables;

export function isReplicatedTable(name: string): name is ReplicatedTable {
  return Object.prototype.hasOwnProperty.call(replicatedTables, name);
}

export function replicatedColumns(table: ReplicatedTable): readonly string[] {
  return [...replicatedTables[table], ...commonColumns];
}

/** Built once: import checks every message of a package against the whitelist. */
const columnSets = new Map<string, ReadonlySet<string>>(
  (Object.keys(replicatedTables) as ReplicatedTable[]).map((t) => [t, new Set(replicatedColumns(t))]),
);

export function isReplicatedColumn(table: string, column: string): boolean {
  return isReplicatedTable(table) && columnSets.get(table)!.has(column);
}
