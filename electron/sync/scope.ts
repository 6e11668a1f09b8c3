/**
 * Which replicated rows an office holds (DESIGN.md section 3, shared/replication.ts): central everything; a
 * province the reference data and the rows of its province, a child row following its parent. One query
 * builder serves export (is this row in the peer's scope?) and `db hash --scope` (which rows to digest).
 */
import type { Knex } from 'knex';
import { AppError } from '../../shared/errors';
import { type ReplicatedTable, replicationScope } from '../../shared/replication';
import { CENTRAL_CODE } from '../../shared/sync-format';
import type { Db } from '../db/connection';
import { chunks } from '../db/bulk';

/** null: everything (central's scope). */
export type ScopeProvince = string | null;

export async function scopeOfOffice(db: Db, officeCode: string): Promise<ScopeProvince> {
  if (officeCode === CENTRAL_CODE) return null;
  const row = await db('province').where({ code: officeCode }).first('id');
  if (!row) throw new AppError('sync.unknownScope', { code: officeCode });
  return row.id;
}

/** A query over the table's rows in scope; callers add their own select, where and order. */
export function scopedRows(db: Db, table: ReplicatedTable, province: ScopeProvince): Knex.QueryBuilder {
  const q = db(table);
  if (province === null) return q;
  const rule = replicationScope[table];
  if (rule.kind === 'reference') return q;
  if (rule.kind === 'province') {
    // A transfer belongs to both the province she left and the one she joined.
    const also = rule.alsoColumn;
    return also ? q.where((w) => w.where(`${table}.${rule.column}`, province).orWhere(`${table}.${also}`, province)) : q.where(`${table}.${rule.column}`, province);
  }
  return q.whereIn(`${table}.${rule.column}`, scopedRows(db, rule.table, province).select(`${rule.table}.id`));
}

/** The subset of rowIds that lie in scope. */
export async function inScope(db: Db, table: ReplicatedTable, province: ScopeProvince, rowIds: string[]): Promise<Set<string>> {
  if (province === null || replicationScope[table].kind === 'reference') return new Set(rowIds);
  const out = new Set<string>();
  for (const part of chunks(rowIds)) {
    const rows: Array<{ id: string }> = await scopedRows(db, table, province).whereIn(`${table}.id`, part).select(`${table}.id`);
    for (const r of rows) out.add(r.id);
  }
  return out;
}

/** Tables whose rows follow a row of this table (team -> team_member, person -> qualification). */
export function childTables(table: ReplicatedTable): Array<{ table: ReplicatedTable; column: string }> {
  return (Object.keys(replicationScope) as ReplicatedTable[]).flatMap((t) => {
    const rule = replicationScope[t];
    return rule.kind === 'parent' && rule.table === table ? [{ table: t, column: rule.column }] : [];
  });
}
