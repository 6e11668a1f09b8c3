/**
 * What a peer has not acknowledged, in its scope (DESIGN.md section 3, Export). A field is sent as its current
 * value with its current clock: under last-writer-wins that is all the history a peer needs, and it makes a
 * package cumulative, so a lost stick heals with the next one. A row that entered the peer's scope since its
 * last acknowledgement (a person transferred in) goes whole, with the rows that follow it; a row that left
 * goes with its new scope column, so the old province sees her leave.
 */
import { type ReplicatedTable, isReplicatedTable, replicatedColumns, replicationScope } from '../../shared/replication';
import type { Db } from '../db/connection';
import type { PeerRow } from './peers';
import { type ScopeProvince, childTables, inScope, scopeOfOffice } from './scope';
import { chunks } from './write-path';

interface Pending {
  table: ReplicatedTable;
  rowId: string;
  column: string;
  line: string; // the body line, written by SQLite from the logged change (its value is already JSON)
}

export interface Outgoing {
  /** the body's JSON lines, one change message each */
  lines: string[];
  maxChangeSeq: number;
}

/** One body line. The value is already JSON in change_log, so it is spliced in rather than parsed again. */
function messageLine(table: string, rowId: string, column: string, valueJson: string, hlc: string): string {
  return `{"table":${JSON.stringify(table)},"rowId":${JSON.stringify(rowId)},"column":${JSON.stringify(column)},"value":${valueJson},"hlc":${JSON.stringify(hlc)}}`;
}

/**
 * messageLine() in SQL, for a change_log row: building 100,000 lines in SQLite spares the driver a value per
 * line and JavaScript four JSON encodings. json_quote() writes valid JSON strings, as JSON.stringify does.
 */
const LINE_SQL = `'{"table":' || json_quote(table_name) || ',"rowId":' || json_quote(row_id) || ',"column":' || json_quote(column_name) || ',"value":' || coalesce(value, 'null') || ',"hlc":' || json_quote(hlc) || '}'`;

/**
 * The latest logged change of each field changed here, or relayed from any office but the peer, after what
 * the peer acknowledged. The latest change of a field is its current value: local writes and applied
 * messages are logged in the same transaction as the field itself.
 */
async function pendingFields(db: Db, peer: PeerRow, maxChangeSeq: number): Promise<Pending[]> {
  // Two values a row cross the driver: the field (table, row and column joined by spaces; table and column
  // names never hold one, so the first and last space split it whatever a row id holds) and its line.
  const rows: Array<{ field: string; line: string }> = await db('change_log')
    .where('seq', '>', peer.acked_change_seq)
    .andWhere('seq', '<=', maxChangeSeq)
    .andWhere((q) => q.whereNull('origin').orWhereNot('origin', peer.code))
    .orderBy('seq')
    .select(db.raw(`table_name || ' ' || row_id || ' ' || column_name as field`), db.raw(`${LINE_SQL} as line`));
  const latest = new Map<string, string>();
  for (const r of rows) latest.set(r.field, r.line);
  const out: Pending[] = [];
  for (const [field, line] of latest) {
    const first = field.indexOf(' ');
    const last = field.lastIndexOf(' ');
    const table = field.slice(0, first);
    if (isReplicatedTable(table)) out.push({ table, rowId: field.slice(first + 1, last), column: field.slice(last + 1), line });
  }
  return out;
}

function scopeColumn(table: ReplicatedTable): string | null {
  const rule = replicationScope[table];
  return rule.kind === 'reference' ? null : rule.column;
}

/** Rows whose scope column changed and that are now in scope, with every row that follows them. */
async function enteredRows(db: Db, province: ScopeProvince, byTable: Map<ReplicatedTable, Pending[]>, kept: Map<ReplicatedTable, Set<string>>) {
  const whole = new Map<ReplicatedTable, Set<string>>();
  const add = (t: ReplicatedTable, ids: Iterable<string>) => {
    const set = whole.get(t) ?? new Set<string>();
    for (const id of ids) set.add(id);
    whole.set(t, set);
  };
  if (province === null) return whole;
  const queue: Array<[ReplicatedTable, string[]]> = [];
  for (const [table, fields] of byTable) {
    const col = scopeColumn(table);
    if (!col) continue;
    const ids = [...new Set(fields.filter((f) => f.column === col && kept.get(table)?.has(f.rowId)).map((f) => f.rowId))];
    if (ids.length) queue.push([table, ids]);
  }
  while (queue.length) {
    const [table, ids] = queue.pop()!;
    add(table, ids);
    for (const child of childTables(table)) {
      for (const part of chunks(ids)) {
        const rows: Array<{ id: string }> = await db(child.table).whereIn(child.column, part).select('id');
        if (rows.length) queue.push([child.table, rows.map((r) => r.id)]);
      }
    }
  }
  return whole;
}

/** Rows that left the peer's scope: the peer once received them, so it must see the scope column change. */
async function leftRows(db: Db, province: string, table: ReplicatedTable, candidates: string[]): Promise<Set<string>> {
  const col = scopeColumn(table);
  const out = new Set<string>();
  if (!col || replicationScope[table].kind !== 'province') return out;
  for (const part of chunks(candidates)) {
    const rows: Array<{ row_id: string }> = await db('change_log')
      .where({ table_name: table, column_name: col, value: JSON.stringify(province) })
      .whereIn('row_id', part)
      .distinct('row_id');
    for (const r of rows) out.add(r.row_id);
  }
  return out;
}

/** Every field of these rows that has a clock, as body lines keyed by row and column. */
async function currentMessages(db: Db, table: ReplicatedTable, rowIds: Iterable<string>): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const columns = new Set(replicatedColumns(table));
  for (const part of chunks([...rowIds])) {
    const rows: Array<Record<string, unknown>> = await db(table).whereIn('id', part);
    const byId = new Map(rows.map((r) => [r.id as string, r]));
    const clocks: Array<{ row_id: string; column_name: string; hlc: string }> = await db('field_clock')
      .where('table_name', table)
      .whereIn('row_id', part)
      .select('row_id', 'column_name', 'hlc');
    for (const c of clocks) {
      const row = byId.get(c.row_id);
      if (!row || !columns.has(c.column_name)) continue;
      out.set(`${c.row_id}\u0000${c.column_name}`, messageLine(table, c.row_id, c.column_name, JSON.stringify(row[c.column_name] ?? null), c.hlc));
    }
  }
  return out;
}

export async function outgoingFor(db: Db, peer: PeerRow): Promise<Outgoing> {
  const maxRow = await db('change_log').max({ m: 'seq' }).first();
  const maxChangeSeq = Number(maxRow?.m ?? 0);
  const province = await scopeOfOffice(db, peer.code);
  const byTable = new Map<ReplicatedTable, Pending[]>();
  for (const f of await pendingFields(db, peer, maxChangeSeq)) {
    const list = byTable.get(f.table);
    if (list) list.push(f);
    else byTable.set(f.table, [f]);
  }
  const kept = new Map<ReplicatedTable, Set<string>>();
  for (const [table, fields] of byTable) kept.set(table, await inScope(db, table, province, [...new Set(fields.map((f) => f.rowId))]));
  const whole = await enteredRows(db, province, byTable, kept);

  const lines: string[] = [];
  const tables = new Set<ReplicatedTable>([...byTable.keys(), ...whole.keys()]);
  for (const table of tables) {
    const fields = byTable.get(table) ?? [];
    const outOfScope = fields.filter((f) => !kept.get(table)?.has(f.rowId)).map((f) => f.rowId);
    const left = province === null ? new Set<string>() : await leftRows(db, province, table, [...new Set(outOfScope)]);
    const full = await currentMessages(db, table, whole.get(table) ?? []);
    for (const f of fields) {
      const inside = kept.get(table)?.has(f.rowId);
      if (!inside && !(left.has(f.rowId) && f.column === scopeColumn(table))) continue;
      if (!full.has(`${f.rowId}\u0000${f.column}`)) lines.push(f.line);
    }
    lines.push(...full.values());
  }
  return { lines, maxChangeSeq };
}
