/**
 * What a peer has not acknowledged, in its scope (DESIGN.md section 3, Export). A field is sent as its current
 * value with its current clock: under last-writer-wins that is all the history a peer needs, and it makes a
 * package cumulative, so a lost stick heals with the next one. A row that entered the peer's scope since its
 * last acknowledgement (a person transferred in) goes whole, with the rows that follow it; a row that left
 * goes with its new scope column, so the old province sees her leave.
 */
import { type ReplicatedTable, replicatedColumns, replicatedTables, replicationScope } from '../../shared/replication';
import type { Knex } from 'knex';
import type { Db } from '../db/connection';
import { IDS_PER_QUERY, countFieldClocks, fieldClocks } from './field-clocks';
import type { PeerRow } from './peers';
import { childTables, scopeOfOffice, scopedRows } from './scope';
import { chunks } from '../db/bulk';
import { LINE_SQL, messageLine } from './message-line';
import { inTransaction } from '../db/transaction';

interface Pending {
  table: ReplicatedTable;
  rowId: string;
  column: string;
  /** the body line the change was logged with (message-line.ts); null when counting */
  line: string | null;
}

/** A part of a body: JSON lines, one change message each, every line ending in a newline. */
export interface BodyPart {
  bytes: Buffer;
  messages: number;
}

export interface Outgoing {
  /** the body, in parts read one after the other, so that compressing one can overlap reading the next */
  parts: AsyncIterable<BodyPart> | Iterable<BodyPart>;
  maxChangeSeq: number;
}

/** The whole body at once, for the bench and tests. */
export async function wholeBody(out: Outgoing): Promise<BodyPart> {
  const parts: Buffer[] = [];
  let messages = 0;
  for await (const part of out.parts) {
    parts.push(part.bytes);
    messages += part.messages;
  }
  return { bytes: Buffer.concat(parts), messages };
}

/**
 * The body's bytes, each line followed by a newline. Written line by line into one buffer: joining 100,000
 * lines of Lao text first makes one huge two-byte string, and encoding that costs several times more.
 */
export function encodeBody(lines: string[]): Buffer {
  let size = 0;
  for (const line of lines) size += Buffer.byteLength(line, 'utf8') + 1;
  const out = Buffer.allocUnsafe(size);
  let at = 0;
  for (const line of lines) {
    at += out.write(line, at, 'utf8');
    out[at++] = 0x0a;
  }
  return out;
}

/**
 * The changes a peer has not acknowledged, logged in (from, to]: not written by the peer itself, and each the
 * latest change of its field (not superseded), which holds the field's current value and clock: local writes
 * and applied messages are logged in the same transaction as the field, and export runs in one transaction.
 * A field whose latest change came from the peer holds the peer's own value: it has it, and any older change
 * loses to it.
 */
function unacknowledged(db: Db, peer: PeerRow, from: number, to: number) {
  return db.raw('c.seq > ? and c.seq <= ? and c.superseded = 0 and (c.origin is null or c.origin <> ?)', [from, to, peer.code]);
}

/**
 * unacknowledged(), of replicated tables only, for a province's queries, whose plans were chosen with it: the
 * unary + keeps SQLite from reading the whole table's log through the index on table_name instead of the seq
 * range. The log never holds another table (the write path and the import refuse them).
 */
function pendingWhere(db: Db, peer: PeerRow, from: number, to: number) {
  return db.raw('? and +c.table_name in (select value from json_each(?))', [unacknowledged(db, peer, from, to), JSON.stringify(Object.keys(replicatedTables))]);
}

/**
 * Log entries per part of central's body: about 800 KB of lines, compressed while the next is read. Parts of
 * 20,000 took SQLite twice as long to hand over (bench: sync export), and each became megabytes of fresh memory.
 */
const PART_SEQS = 5_000;

/**
 * Central receives everything, so its body needs no scope: SQLite joins each part's lines and hands over one
 * buffer, rather than 100,000 lines crossing the driver to be joined again. Lines come in whatever order the
 * scan gives (in practice the log's): each field appears once, and applying is order-independent. No table
 * list either (pendingWhere): checking it on every entry was a fifth of the scan.
 */
async function* everythingPending(db: Db, peer: PeerRow, maxChangeSeq: number): AsyncGenerator<BodyPart> {
  for (let from = peer.acked_change_seq; from < maxChangeSeq; from += PART_SEQS) {
    // The newline as group_concat's separator, and once at the end: one appended to each line first cost
    // SQLite a copy of every line.
    const rows: Array<{ messages: number; bytes: Buffer | null }> = await db.raw(
      `select count(*) as messages, cast(group_concat(${LINE_SQL}, char(10)) || char(10) as blob) as bytes from change_log c where ?`,
      [unacknowledged(db, peer, from, Math.min(from + PART_SEQS, maxChangeSeq))],
    );
    if (rows[0].bytes) yield { bytes: rows[0].bytes, messages: rows[0].messages };
  }
}

/** The pending changes that meet a scope condition, one at a time in log order, for a province peer. */
async function pendingFields(db: Db, peer: PeerRow, maxChangeSeq: number, scope: Knex.Raw, withLines: boolean): Promise<Pending[]> {
  const line = withLines ? LINE_SQL : 'null';
  return db.raw(`select c.table_name as "table", c.row_id as "rowId", c.column_name as "column", ${line} as line from change_log c where ? and (?) order by c.seq`, [
    pendingWhere(db, peer, peer.acked_change_seq, maxChangeSeq),
    scope,
  ]);
}

/**
 * How SQLite should find a province's pending changes. Through the seq range when the peer has acknowledged
 * most of the log (the usual case): the range is short. Through the index on (table_name, row_id, ...) when
 * it has not (a province just enrolled): then the rows in its scope name far fewer entries than the range.
 */
type Access = 'bySeq' | 'byRow';

function accessFor(peer: PeerRow, maxChangeSeq: number): Access {
  return (maxChangeSeq - peer.acked_change_seq) * 4 > maxChangeSeq ? 'byRow' : 'bySeq';
}

/**
 * One SQL condition on a change_log row (alias c) from one term a table; `rowTerm` gives a table's term. The
 * unary + on table_name keeps SQLite on the seq range, where `access` says so.
 */
function perTable(db: Db, access: Access, rowTerm: (table: ReplicatedTable) => { sql: string; bindings: readonly unknown[] } | null): Knex.Raw {
  const terms: string[] = [];
  const bindings: unknown[] = [];
  for (const table of Object.keys(replicatedTables) as ReplicatedTable[]) {
    const term = rowTerm(table);
    if (!term) continue;
    terms.push(`(${access === 'bySeq' ? '+' : ''}c.table_name = ?${term.sql ? ` and ${term.sql}` : ''})`);
    bindings.push(table, ...term.bindings);
  }
  return db.raw(terms.length ? terms.join(' or ') : '0', bindings as Knex.RawBinding[]);
}

/** The ids of a table's rows in the province's scope, as SQL to nest in a condition. */
const scopedIdsSql = (db: Db, table: ReplicatedTable, province: string) => scopedRows(db, table, province).select(`${table}.id`).toSQL();

/**
 * The change's row lies in the province's scope, as scopedRows() defines it: SQLite filters the log itself,
 * rather than every pending change of the country crossing the driver to be checked a few hundred at a time.
 */
function inScopeSql(db: Db, province: string, access: Access): Knex.Raw {
  return perTable(db, access, (table) => {
    if (replicationScope[table].kind === 'reference') return { sql: '', bindings: [] };
    const rows = scopedIdsSql(db, table, province);
    return { sql: `c.row_id in (${rows.sql})`, bindings: rows.bindings };
  });
}

/**
 * Scope-column changes of rows that left the province after it held them, so it sees them leave: the row is
 * outside the province now, and a logged change once put it in (h, through the index on the field).
 */
function leavingSql(db: Db, province: string, access: Access): Knex.Raw {
  const left = perTable(db, access, (table) => {
    const rule = replicationScope[table];
    if (rule.kind !== 'province') return null;
    const rows = scopedIdsSql(db, table, province);
    return { sql: `c.column_name = ? and c.row_id not in (${rows.sql})`, bindings: [rule.column, ...rows.bindings] };
  });
  return db.raw(
    `(?) and exists (select 1 from change_log h
       where h.table_name = c.table_name and h.row_id = c.row_id and h.column_name = c.column_name and h.value = ?)`,
    [left, JSON.stringify(province)],
  );
}

const byTableOf = (fields: Pending[]) => {
  const out = new Map<ReplicatedTable, Pending[]>();
  for (const f of fields) {
    const list = out.get(f.table);
    if (list) list.push(f);
    else out.set(f.table, [f]);
  }
  return out;
};

function scopeColumn(table: ReplicatedTable): string | null {
  const rule = replicationScope[table];
  return rule.kind === 'reference' ? null : rule.column;
}

/**
 * Rows whose scope column changed and that are now in scope, with every row that follows them. `inScope` holds
 * only changes of rows in the province's scope (inScopeSql), so a scope-column change there is an entry.
 */
async function enteredRows(db: Db, inScope: Map<ReplicatedTable, Pending[]>) {
  const whole = new Map<ReplicatedTable, Set<string>>();
  const add = (t: ReplicatedTable, ids: Iterable<string>) => {
    const set = whole.get(t) ?? new Set<string>();
    for (const id of ids) set.add(id);
    whole.set(t, set);
  };
  const queue: Array<[ReplicatedTable, string[]]> = [];
  for (const [table, fields] of inScope) {
    const col = scopeColumn(table);
    if (!col) continue;
    const ids = [...new Set(fields.filter((f) => f.column === col).map((f) => f.rowId))];
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

const fieldOf = (rowId: string, column: string) => `${rowId}\u0000${column}`;

/** Every field of these rows that has a clock, as body lines keyed by row and column. */
async function currentMessages(db: Db, table: ReplicatedTable, rowIds: Iterable<string>): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const columns = new Set(replicatedColumns(table));
  for (const part of chunks([...rowIds])) {
    const rows: Array<Record<string, unknown>> = await db(table).whereIn('id', part);
    const byId = new Map(rows.map((r) => [r.id as string, r]));
    const clocks = await fieldClocks(db, table, part);
    for (const c of clocks) {
      const row = byId.get(c.row_id);
      if (!row || !columns.has(c.column_name)) continue;
      out.set(fieldOf(c.row_id, c.column_name), messageLine(table, c.row_id, c.column_name, JSON.stringify(row[c.column_name] ?? null), c.hlc));
    }
  }
  return out;
}

async function lastChangeSeq(db: Db): Promise<number> {
  const maxRow = await db('change_log').max({ m: 'seq' }).first();
  return Number(maxRow?.m ?? 0);
}

/** A change of the scope column of a row in the province (team of a membership, province of a person). */
function enteringSql(db: Db, province: string, access: Access): Knex.Raw {
  return perTable(db, access, (table) => {
    const column = scopeColumn(table);
    if (!column) return null;
    const rows = scopedIdsSql(db, table, province);
    return { sql: `c.column_name = ? and c.row_id in (${rows.sql})`, bindings: [column, ...rows.bindings] };
  });
}

/**
 * A province's package, line by line: its pending fields in scope, except those of rows that entered its
 * scope, which go whole, and the scope fields of rows that left it.
 */
async function provinceLines(db: Db, peer: PeerRow, maxChangeSeq: number, province: string): Promise<string[]> {
  const byTable = byTableOf(await pendingFields(db, peer, maxChangeSeq, inScopeSql(db, province, accessFor(peer, maxChangeSeq)), true));
  const entered = await enteredRows(db, byTable);
  const left = byTableOf(await pendingFields(db, peer, maxChangeSeq, leavingSql(db, province, accessFor(peer, maxChangeSeq)), true));
  const out: string[] = [];
  for (const table of new Set<ReplicatedTable>([...byTable.keys(), ...entered.keys(), ...left.keys()])) {
    const full = await currentMessages(db, table, entered.get(table) ?? []);
    for (const f of byTable.get(table) ?? []) if (!full.has(fieldOf(f.rowId, f.column))) out.push(f.line!);
    for (const f of left.get(table) ?? []) out.push(f.line!);
    out.push(...full.values());
  }
  return out;
}

/** How many pending changes meet a condition, counted by SQLite. */
async function countPending(db: Db, peer: PeerRow, maxChangeSeq: number, condition: Knex.Raw): Promise<number> {
  const rows: Array<{ n: number }> = await db.raw('select count(*) as n from change_log c where ? and (?)', [pendingWhere(db, peer, peer.acked_change_seq, maxChangeSeq), condition]);
  return rows[0].n;
}

/**
 * provinceLines().length, without reading the lines, nor even each pending change: SQLite counts them, and
 * only the changes that decide which rows go whole cross to JavaScript. A field of a row that goes whole is
 * counted once: all its fields, less its pending changes, which the first count included.
 */
async function provinceCount(db: Db, peer: PeerRow, maxChangeSeq: number, province: string): Promise<number> {
  const access = accessFor(peer, maxChangeSeq);
  const inScope = inScopeSql(db, province, access);
  let count = await countPending(db, peer, maxChangeSeq, inScope);
  const scopeChanges = await pendingFields(db, peer, maxChangeSeq, enteringSql(db, province, access), false);
  for (const [table, ids] of await enteredRows(db, byTableOf(scopeChanges))) {
    const rowIds = [...ids];
    count += await countFieldClocks(db, table, rowIds, replicatedColumns(table));
    for (const part of chunks(rowIds, IDS_PER_QUERY)) {
      count -= await countPending(db, peer, maxChangeSeq, db.raw('c.table_name = ? and c.row_id in (select value from json_each(?))', [table, JSON.stringify(part)]));
    }
  }
  return count + (await countPending(db, peer, maxChangeSeq, leavingSql(db, province, access)));
}

/** The last count for each peer of a database, with the log's end and the acknowledgement it was made at. */
const counted = new WeakMap<Db, Map<string, { maxChangeSeq: number; ackedChangeSeq: number; count: number }>>();

/**
 * How many messages a package to the peer would hold now, counted without writing the body. In one
 * transaction, as export is: a write between reading the log's end and counting would hide a field. A count
 * is kept until the log grows or the peer acknowledges more: every change to replicated data appends to the
 * log in its own transaction (the single write path), so until then it cannot change. At central during a
 * rollout a count takes seconds, and writing packages to one province after another changes neither.
 */
export async function pendingCount(db: Db, peer: PeerRow): Promise<number> {
  let kept = counted.get(db);
  if (!kept) counted.set(db, (kept = new Map()));
  return inTransaction(db, async (trx) => {
    const max = await lastChangeSeq(trx);
    const last = kept.get(peer.code);
    if (last && last.maxChangeSeq === max && last.ackedChangeSeq === peer.acked_change_seq) return last.count;
    const province = await scopeOfOffice(trx, peer.code);
    const count = province !== null ? await provinceCount(trx, peer, max, province) : await countPending(trx, peer, max, trx.raw('1'));
    kept.set(peer.code, { maxChangeSeq: max, ackedChangeSeq: peer.acked_change_seq, count });
    return count;
  });
}

export async function outgoingFor(db: Db, peer: PeerRow): Promise<Outgoing> {
  const maxChangeSeq = await lastChangeSeq(db);
  const province = await scopeOfOffice(db, peer.code);
  if (province === null) return { parts: everythingPending(db, peer, maxChangeSeq), maxChangeSeq };
  const lines = await provinceLines(db, peer, maxChangeSeq, province);
  return { parts: [{ bytes: encodeBody(lines), messages: lines.length }], maxChangeSeq };
}
