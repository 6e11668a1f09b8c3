/**
 * The whitelist of replicated tables and their columns. The single write path refuses anything else, and
 * sync import (lwu-sync/1) validates every incoming message against the same list, so a package can never
 * write keys, peers or settings. Tables and columns are only ever added here, never renamed or reused:
 * older installs in other provinces keep reading packages from newer ones.
 */
export const commonColumns = ['created_at', 'updated_at', 'deleted_at'] as const;

export const replicatedTables = {
  organisation: ['code', 'name_lo', 'name_en', 'sort_order'],
} as const satisfies Record<string, readonly string[]>;

export type ReplicatedTable = keyof typeof replicatedTables;

export function isReplicatedTable(name: string): name is ReplicatedTable {
  return Object.prototype.hasOwnProperty.call(replicatedTables, name);
}

export function replicatedColumns(table: ReplicatedTable): readonly string[] {
  return [...replicatedTables[table], ...commonColumns];
}

export function isReplicatedColumn(table: string, column: string): boolean {
  return isReplicatedTable(table) && replicatedColumns(table).includes(column);
}
