/**
 * `lwu db hash [--scope CODE]`: one SHA-256 over the content of the replicated rows (all, or those in one
 * office's scope), table by table and row by row in id order, so two offices can compare their databases by
 * reading out a few characters. Read in pages, so a national database is digested in constant memory.
 */
import { createHash } from 'node:crypto';
import { type ReplicatedTable, replicatedColumns, replicatedTables } from '../../shared/replication';
import type { Db } from '../db/connection';
import { scopeOfOffice, scopedRows } from './scope';

const PAGE = 2000;

export async function databaseHash(db: Db, scope?: string): Promise<string> {
  const province = scope === undefined ? null : await scopeOfOffice(db, scope);
  const hash = createHash('sha256');
  for (const table of (Object.keys(replicatedTables) as ReplicatedTable[]).sort()) {
    const columns = ['id', ...replicatedColumns(table)].sort();
    let after = '';
    for (;;) {
      const rows: Array<Record<string, unknown>> = await scopedRows(db, table, province)
        .where(`${table}.id`, '>', after)
        .orderBy(`${table}.id`)
        .limit(PAGE)
        .select(columns.map((c) => `${table}.${c}`));
      for (const r of rows) hash.update(`${JSON.stringify([table, ...columns.map((c) => r[c] ?? null)])}\n`);
      if (rows.length < PAGE) break;
      after = rows[rows.length - 1].id as string;
    }
  }
  return hash.digest('hex');
}
