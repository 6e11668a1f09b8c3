/**
 * Applying a package's messages to this database, in the caller's transaction, by the rule of shared/merge.ts:
 * a field takes the incoming value only when the incoming clock is newer than the field's. So applying is
 * idempotent and order-independent, like the reference model `applyAll` it is tested against. Applied
 * messages are logged with their origin, so central relays a province's changes to the other offices in scope
 * without sending them back. Where the sender changed a field this office had also changed, unseen by the
 * sender, the losing value is kept as a conflict for a person to review.
 */
import type { Knex } from 'knex';
import { receive, unpack } from '../../shared/hlc';
import { type ChangeMessage, type FieldValue, fieldKey, wins } from '../../shared/merge';
import type { ReplicatedTable } from '../../shared/replication';
import { chunks, insertValues } from '../db/bulk';
import { lastClock, saveClock } from './clock';
import { type FieldClock, IDS_PER_QUERY, fieldClocks } from './field-clocks';
import { type LoggedMessage, normaliseValue, recordMessages } from './write-path';

export interface ApplySummary {
  added: number;
  changed: number;
  conflicts: number;
  applied: number;
}

/** Timestamps every edit touches: two edits of different fields would otherwise always "conflict" here. */
const BOOKKEEPING = new Set(['created_at', 'updated_at']);

interface LocalLatest {
  seq: number;
  origin: string | null;
  value: string;
}

/**
 * Per field, the message with the newest clock: within one package only that one can matter. Keyed table,
 * then row, then column, so that 100,000 messages make no key strings to hash and collect.
 */
function newestPerField(messages: ChangeMessage[]): Map<ReplicatedTable, ChangeMessage[]> {
  const best = new Map<string, Map<string, Map<string, ChangeMessage>>>();
  for (const m of messages) {
    let rows = best.get(m.table);
    if (!rows) best.set(m.table, (rows = new Map()));
    let fields = rows.get(m.rowId);
    if (!fields) rows.set(m.rowId, (fields = new Map()));
    const seen = fields.get(m.column);
    if (!seen || wins(m.hlc, seen)) fields.set(m.column, m);
  }
  const byTable = new Map<ReplicatedTable, ChangeMessage[]>();
  for (const [table, rows] of best) {
    const list: ChangeMessage[] = [];
    for (const fields of rows.values()) for (const m of fields.values()) list.push(m);
    byTable.set(table as ReplicatedTable, list);
  }
  return byTable;
}

/** Which of these rows exist here. */
async function existingIds(trx: Knex.Transaction, table: string, rowIds: string[]): Promise<Set<string>> {
  const out = new Set<string>();
  for (const part of chunks(rowIds, IDS_PER_QUERY)) {
    const rows: Array<{ id: string }> = await trx(table).whereRaw('id in (select value from json_each(?))', [JSON.stringify(part)]).select('id');
    for (const r of rows) out.add(r.id);
  }
  return out;
}

/**
 * The clocks of these rows' fields. Only rows that exist can have any: a field's clock is logged in the same
 * transaction as its row, and replicated rows are never deleted (a tombstone is a field).
 */
async function storedClocks(trx: Knex.Transaction, table: string, rowIds: string[]): Promise<Map<string, FieldClock>> {
  const out = new Map<string, FieldClock>();
  for (const r of await fieldClocks(trx, table, rowIds)) out.set(fieldKey({ table, rowId: r.row_id, column: r.column_name }), r);
  return out;
}

/** The logged changes that hold these clocks (each field's latest): their value, and where they came from. */
async function latestLocal(trx: Knex.Transaction, clocks: FieldClock[]): Promise<Map<number, LocalLatest>> {
  const out = new Map<number, LocalLatest>();
  for (const part of chunks(clocks.map((c) => c.seq), IDS_PER_QUERY)) {
    const rows: LocalLatest[] = await trx.raw('select seq, origin, value from change_log where seq in (select value from json_each(?))', [JSON.stringify(part)]);
    for (const r of rows) out.set(r.seq, r);
  }
  return out;
}

/** Values for NOT NULL columns of a row that arrives without them; any real message for them wins later. */
async function placeholders(trx: Knex.Transaction, table: string): Promise<Record<string, FieldValue>> {
  const info = (await trx(table).columnInfo()) as unknown as Record<string, { type: string; nullable: boolean }>;
  const out: Record<string, FieldValue> = {};
  for (const [col, c] of Object.entries(info)) {
    if (col === 'id' || c.nullable) continue;
    out[col] = /int|real|num/i.test(c.type) ? 0 : '';
  }
  return out;
}

async function writeRows(trx: Knex.Transaction, table: string, winners: ChangeMessage[], existing: Set<string>): Promise<{ added: number; changed: number }> {
  const patches = new Map<string, Record<string, FieldValue>>();
  for (const m of winners) {
    const patch = patches.get(m.rowId) ?? {};
    patch[m.column] = normaliseValue(m.value);
    patches.set(m.rowId, patch);
  }
  let changed = 0;
  for (const id of patches.keys()) if (existing.has(id)) changed++;
  // SQLite checks NOT NULL on an upsert's candidate row before it finds the conflict, so every candidate
  // carries the fillers; merge() then writes only the fields that won.
  const filler = await placeholders(trx, table);
  const groups = new Map<string, Array<Record<string, FieldValue>>>();
  for (const [id, patch] of patches) {
    const cols = Object.keys(patch).sort().join(',');
    const row = { ...filler, ...patch, id };
    const group = groups.get(cols);
    if (group) group.push(row);
    else groups.set(cols, [row]);
  }
  for (const [cols, rows] of groups) {
    const columns = Object.keys(rows[0]);
    await insertValues(trx, table, columns, rows.map((r) => columns.map((c) => r[c])), { conflict: ['id'], merge: cols.split(',') });
  }
  return { added: patches.size - changed, changed };
}

export interface ApplyOptions {
  sender: string;
  /** change_log seq up to which the sender had received this office's changes when it wrote the package */
  senderSaw: number;
  /** The sender's current install does not hold these changes (an earlier install wrote them): send them back. */
  newToSender?: boolean;
  now?: number;
  maxDriftMillis: number;
}

/** Of the contested fields, those both sides changed unseen by the other: the losing value is kept for review. */
async function recordConflicts(trx: Knex.Transaction, table: string, contested: ChangeMessage[], clocks: Map<string, FieldClock>, opts: ApplyOptions): Promise<number> {
  if (!contested.length) return 0;
  // Every contested field has a clock here: that is what made it contested.
  const local = await latestLocal(trx, contested.map((m) => clocks.get(fieldKey(m))!));
  const detectedAt = new Date(opts.now ?? Date.now()).toISOString();
  let recorded = 0;
  for (const m of contested) {
    const clock = clocks.get(fieldKey(m))!;
    const mine = local.get(clock.seq);
    const theirs = JSON.stringify(normaliseValue(m.value));
    // Concurrent: changed here (or relayed by another office) after what the sender had seen from us.
    if (!mine || mine.seq <= opts.senderSaw || mine.origin === opts.sender || mine.value === theirs) continue;
    const stored = clock.hlc;
    const incomingWins = wins(m.hlc, { hlc: stored });
    const lostHlc = incomingWins ? stored : m.hlc;
    const key = { table_name: table, row_id: m.rowId, column_name: m.column, lost_hlc: lostHlc };
    // A later package may carry the same losing change again: record it once.
    if (await trx('sync_conflict').where(key).first('id')) continue;
    await trx('sync_conflict').insert({
      ...key,
      kept_value: incomingWins ? theirs : mine.value,
      kept_hlc: incomingWins ? m.hlc : stored,
      lost_value: incomingWins ? mine.value : theirs,
      peer_code: opts.sender,
      detected_at: detectedAt,
    });
    recorded++;
  }
  return recorded;
}

/**
 * A later change of a field settles its open conflict: a person chose a value (perhaps at another office, as
 * the Conflicts list lets them), or changed the field again. The conflict stays in the log as superseded.
 */
async function settleByLaterChange(trx: Knex.Transaction, table: string, winners: ChangeMessage[], at: string): Promise<void> {
  const open: Array<{ id: number; row_id: string; column_name: string; kept_hlc: string }> = await trx('sync_conflict')
    .where({ table_name: table })
    .whereNull('resolved_at')
    .select('id', 'row_id', 'column_name', 'kept_hlc');
  if (!open.length) return;
  const newest = new Map(winners.map((m) => [fieldKey(m), m.hlc]));
  // Packed clocks sort as they compare: a later clock is a larger string.
  const settled = open.filter((c) => (newest.get(fieldKey({ table, rowId: c.row_id, column: c.column_name })) ?? '') > c.kept_hlc).map((c) => c.id);
  for (const part of chunks(settled)) await trx('sync_conflict').whereIn('id', part).update({ resolved_at: at, resolution: 'superseded' });
}

export async function applyMessages(trx: Knex.Transaction, messages: ChangeMessage[], opts: ApplyOptions): Promise<ApplySummary> {
  const summary: ApplySummary = { added: 0, changed: 0, conflicts: 0, applied: 0 };
  for (const [table, incoming] of newestPerField(messages)) {
    const existing = await existingIds(trx, table, [...new Set(incoming.map((m) => m.rowId))]);
    const clocks = await storedClocks(trx, table, [...existing]);
    const winners: ChangeMessage[] = [];
    const superseded: number[] = [];
    const contested: ChangeMessage[] = [];
    for (const m of incoming) {
      const stored = clocks.size ? clocks.get(fieldKey(m)) : undefined;
      if (stored !== undefined && stored.hlc !== m.hlc && !BOOKKEEPING.has(m.column)) contested.push(m);
      if (wins(m.hlc, stored)) {
        winners.push(m);
        if (stored) superseded.push(stored.seq);
      }
    }
    summary.conflicts += await recordConflicts(trx, table, contested, clocks, opts);
    if (winners.length === 0) continue;
    await settleByLaterChange(trx, table, winners, new Date(opts.now ?? Date.now()).toISOString());
    const { added, changed } = await writeRows(trx, table, winners, existing);
    summary.added += added;
    summary.changed += changed;
    summary.applied += winners.length;
    const logged: LoggedMessage[] = winners.map((m) => ({
      table_name: table,
      row_id: m.rowId,
      column_name: m.column,
      value: JSON.stringify(normaliseValue(m.value)),
      hlc: m.hlc,
    }));
    await recordMessages(trx, logged, opts.newToSender ? null : opts.sender, superseded);
  }
  // Every later local change must sort after what was just received (packed clocks sort as they compare).
  let newest = '';
  for (const m of messages) if (m.hlc > newest) newest = m.hlc;
  if (newest) await saveClock(trx, receive(await lastClock(trx), unpack(newest), opts.now ?? Date.now(), opts.maxDriftMillis));
  return summary;
}
