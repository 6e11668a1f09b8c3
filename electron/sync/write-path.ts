/**
 * The single write path for replicated tables (DESIGN.md section 3). Every insert, update and soft delete
 * of a replicated row goes through here and, in the same transaction, appends one change message per field
 * with a hybrid logical clock: a field's latest logged clock is its current version (field-clocks.ts). Nothing
 * else may write a replicated table: sync would not see the change, and the other offices would never get it.
 */
import { laoNormal } from '../../shared/roster-rules';
import type { Knex } from 'knex';
import { v7 as uuidv7 } from 'uuid';
import { AppError } from '../../shared/errors';
import type { FieldValue } from '../../shared/merge';
import { type ReplicatedTable, isReplicatedColumn, isReplicatedTable } from '../../shared/replication';
import type { Db } from '../db/connection';
import { chunks, insertValues } from '../db/bulk';
import { inTransaction } from '../db/transaction';
import { nextClocks } from './clock';
import { messageLine } from './message-line';
import { IDS_PER_QUERY, fieldClocks } from './field-clocks';

export type RowValues = Record<string, FieldValue | undefined>;

/** Lao text is compared and searched as NFC, with ຳ in one character (laoNormal), so it is stored so. */
export function normaliseValue(v: FieldValue | undefined): FieldValue {
  if (v === undefined) return null;
  if (typeof v === 'string') return laoNormal(v);
  if (typeof v === 'boolean') return v ? 1 : 0;
  return v;
}

function assertWritable(table: string, columns: string[]): asserts table is ReplicatedTable {
  if (!isReplicatedTable(table)) throw new AppError('write.notReplicated', { table });
  const bad = columns.filter((c) => !isReplicatedColumn(table, c));
  if (bad.length > 0) throw new AppError('write.unknownColumn', { table, columns: bad });
}

interface RowChange {
  rowId: string;
  fields: Record<string, FieldValue>;
  hlc: string;
}

/** change_log rows per round: a few full statements (7 variables a row). */
const MESSAGES_PER_ROUND = 50_000;

export interface LoggedMessage {
  table_name: string;
  row_id: string;
  column_name: string;
  value: string; // JSON
  hlc: string;
}

/**
 * Appends change messages, which moves each field's clock to theirs. origin names the office a message came
 * from (null: written here), so export never sends an office its own changes back. A change written here
 * keeps its body line (message-line.ts): every peer whose scope holds it is sent it. A received one is sent on
 * only by central, only to a province whose scope holds it; its line is built then, which keeps an import's
 * time and memory as they were. `supersedes` lists the entries (seq) that held these fields' clocks until
 * now: they are marked, so export finds each field's latest change without looking for a later one, and lose
 * their body line, which no package will carry again. The callers have just read those clocks (fieldClocks).
 */
export async function recordMessages(trx: Knex.Transaction, messages: LoggedMessage[], origin: string | null, supersedes: number[]): Promise<void> {
  if (messages.length === 0) return;
  for (const part of chunks(supersedes, IDS_PER_QUERY)) {
    await trx.raw('update change_log set superseded = 1, message = null where seq in (select value from json_each(?))', [JSON.stringify(part)]);
  }
  // A round at a time, so an import of a million messages never holds all their statement parameters at once.
  for (const part of chunks(messages, MESSAGES_PER_ROUND)) {
    const rows = part.map((m) => [m.table_name, m.row_id, m.column_name, m.value, m.hlc, origin, origin === null ? messageLine(m.table_name, m.row_id, m.column_name, m.value, m.hlc) : null]);
    await insertValues(trx, 'change_log', ['table_name', 'row_id', 'column_name', 'value', 'hlc', 'origin', 'message'], rows);
  }
}

async function recordChanges(trx: Knex.Transaction, table: ReplicatedTable, changes: RowChange[], supersedes: number[]): Promise<void> {
  const messages = changes.flatMap(({ rowId, fields, hlc }) =>
    Object.keys(fields).map((c) => ({ table_name: table, row_id: rowId, column_name: c, value: JSON.stringify(fields[c]), hlc })),
  );
  await recordMessages(trx, messages, null, supersedes);
}

function normaliseAll(values: RowValues): Record<string, FieldValue> {
  const out: Record<string, FieldValue> = {};
  for (const [k, v] of Object.entries(values)) if (v !== undefined) out[k] = normaliseValue(v);
  return out;
}

export async function insertRow(db: Db, table: string, values: RowValues & { id?: string }): Promise<string> {
  const [id] = await insertRows(db, table, [values]);
  return id;
}

/** Inserts many rows in batches (imports, demo data): one clock read, one timestamp per row. */
export async function insertRows(db: Db, table: string, rows: Array<RowValues & { id?: string }>): Promise<string[]> {
  const now = new Date().toISOString();
  const prepared = rows.map(({ id, ...rest }) => {
    const fields = normaliseAll(rest);
    assertWritable(table, Object.keys(fields));
    return { id: typeof id === 'string' ? id : uuidv7(), fields: { created_at: now, updated_at: now, deleted_at: null, ...fields } };
  });
  if (prepared.length === 0) return [];
  const tableName = table as ReplicatedTable;
  return inTransaction(db, async (trx) => {
    const clocks = await nextClocks(trx, prepared.length);
    for (const part of chunks(prepared, 100)) await trx(tableName).insert(part.map((p) => ({ id: p.id, ...p.fields })));
    await recordChanges(
      trx,
      tableName,
      prepared.map((p, i) => ({ rowId: p.id, fields: p.fields, hlc: clocks[i] })),
      [], // new rows: no field of theirs has been logged before
    );
    return prepared.map((p) => p.id);
  });
}

/** Writes only the fields that actually change; returns the names of those fields. */
export async function updateRow(db: Db, table: string, id: string, patch: RowValues): Promise<string[]> {
  const fields = normaliseAll(patch);
  assertWritable(table, Object.keys(fields));
  return inTransaction(db, async (trx) => {
    const current = await trx(table).where({ id }).first();
    if (!current) throw new AppError('write.notFound', { table, id });
    const changed: Record<string, FieldValue> = {};
    for (const [k, v] of Object.entries(fields)) if (current[k] !== v) changed[k] = v;
    if (Object.keys(changed).length === 0) return [];
    const [hlc] = await nextClocks(trx, 1);
    if (!('updated_at' in changed)) changed.updated_at = new Date().toISOString();
    await trx(table).where({ id }).update(changed);
    const previous = (await fieldClocks(trx, table, [id])).filter((c) => c.column_name in changed).map((c) => c.seq);
    await recordChanges(trx, table, [{ rowId: id, fields: changed, hlc }], previous);
    return Object.keys(changed);
  });
}

/** Replicated rows are never hard-deleted: a tombstone travels to the other offices like any other field. */
export async function softDelete(db: Db, table: string, id: string): Promise<void> {
  await updateRow(db, table, id, { deleted_at: new Date().toISOString() });
}

export async function restore(db: Db, table: string, id: string): Promise<void> {
  await updateRow(db, table, id, { deleted_at: null });
}
