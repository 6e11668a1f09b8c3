/**
 * Applying a package's messages to this database, in the caller's transaction, by the rule of shared/merge.ts:
 * a field takes the incoming value only when the incoming clock is newer than the field's. So applying is
 * idempotent and order-independent, like the reference model `applyAll` it is tested against. Applied
 * messages are logged with their origin, so central relays a province's changes to the other offices in scope
 * without sending them back. Where the sender changed a field this office had also changed, unseen by the
 * sender, the losing value is kept as a conflict for a person to review.
 */
import type { Knex } from 'knex';
import { type Hlc, compare, receive, unpack } from '../../shared/hlc';
import { type ChangeMessage, type FieldValue, fieldKey, wins } from '../../shared/merge';
import type { ReplicatedTable } from '../../shared/replication';
import { lastClock, saveClock } from './clock';
import { type LoggedMessage, chunks, normaliseValue, recordMessages } from './write-path';

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

/** Per field, the message with the newest clock: within one package only that one can matter. */
function newestPerField(messages: ChangeMessage[]): Map<ReplicatedTable, ChangeMessage[]> {
  const best = new Map<string, ChangeMessage>();
  for (const m of messages) {
    const key = fieldKey(m);
    const seen = best.get(key);
    if (!seen || wins(m.hlc, { value: null, hlc: seen.hlc })) best.set(key, m);
  }
  const byTable = new Map<ReplicatedTable, ChangeMessage[]>();
  for (const m of best.values()) {
    const list = byTable.get(m.table as ReplicatedTable);
    if (list) list.push(m);
    else byTable.set(m.table as ReplicatedTable, [m]);
  }
  return byTable;
}

async function storedClocks(trx: Knex.Transaction, table: string, rowIds: string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const part of chunks(rowIds)) {
    const rows: Array<{ row_id: string; column_name: string; hlc: string }> = await trx('field_clock')
      .where('table_name', table)
      .whereIn('row_id', part)
      .select('row_id', 'column_name', 'hlc');
    for (const r of rows) out.set(fieldKey({ table, rowId: r.row_id, column: r.column_name }), r.hlc);
  }
  return out;
}

/** The latest logged change of each field of these rows: its value, and where it came from. */
async function latestLocal(trx: Knex.Transaction, table: string, rowIds: string[]): Promise<Map<string, LocalLatest>> {
  const out = new Map<string, LocalLatest>();
  for (const part of chunks(rowIds)) {
    const rows: Array<{ seq: number; row_id: string; column_name: string; origin: string | null; value: string }> = await trx('change_log')
      .where('table_name', table)
      .whereIn('row_id', part)
      .select('seq', 'row_id', 'column_name', 'origin', 'value');
    for (const r of rows) {
      const key = fieldKey({ table, rowId: r.row_id, column: r.column_name });
      const seen = out.get(key);
      if (!seen || r.seq > seen.seq) out.set(key, { seq: r.seq, origin: r.origin, value: r.value });
    }
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

async function writeRows(trx: Knex.Transaction, table: string, winners: ChangeMessage[]): Promise<{ added: number; changed: number }> {
  const patches = new Map<string, Record<string, FieldValue>>();
  for (const m of winners) {
    const patch = patches.get(m.rowId) ?? {};
    patch[m.column] = normaliseValue(m.value);
    patches.set(m.rowId, patch);
  }
  const ids = [...patches.keys()];
  const existing = new Set<string>();
  for (const part of chunks(ids)) for (const r of await trx(table).whereIn('id', part).select('id')) existing.add(r.id);
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
    const width = Object.keys(rows[0]).length;
    // knex writes a multi-row insert as a compound SELECT, which SQLite caps at 500 terms.
    for (const part of chunks(rows, Math.max(1, Math.min(400, Math.floor(30000 / width))))) {
      await trx(table).insert(part).onConflict('id').merge(cols.split(','));
    }
  }
  return { added: ids.length - existing.size, changed: existing.size };
}

export interface ApplyOptions {
  sender: string;
  /** change_log seq up to which the sender had received this office's changes when it wrote the package */
  senderSaw: number;
  now?: number;
  maxDriftMillis: number;
}

export async function applyMessages(trx: Knex.Transaction, messages: ChangeMessage[], opts: ApplyOptions): Promise<ApplySummary> {
  const summary: ApplySummary = { added: 0, changed: 0, conflicts: 0, applied: 0 };
  const detectedAt = new Date(opts.now ?? Date.now()).toISOString();
  let newest: Hlc | null = null;
  for (const [table, incoming] of newestPerField(messages)) {
    const rowIds = [...new Set(incoming.map((m) => m.rowId))];
    const clocks = await storedClocks(trx, table, rowIds);
    const winners: ChangeMessage[] = [];
    const contested: ChangeMessage[] = [];
    for (const m of incoming) {
      const stored = clocks.get(fieldKey(m));
      if (stored !== undefined && stored !== m.hlc && !BOOKKEEPING.has(m.column)) contested.push(m);
      if (wins(m.hlc, stored === undefined ? undefined : { value: null, hlc: stored })) winners.push(m);
    }
    if (contested.length) {
      const local = await latestLocal(trx, table, [...new Set(contested.map((m) => m.rowId))]);
      const conflicts = contested.flatMap((m) => {
        const mine = local.get(fieldKey(m));
        const theirs = JSON.stringify(normaliseValue(m.value));
        // Concurrent: changed here (or relayed by another office) after what the sender had seen from us.
        if (!mine || mine.seq <= opts.senderSaw || mine.origin === opts.sender || mine.value === theirs) return [];
        const stored = clocks.get(fieldKey(m))!;
        const incomingWins = wins(m.hlc, { value: null, hlc: stored });
        return [{
          table_name: table,
          row_id: m.rowId,
          column_name: m.column,
          kept_value: incomingWins ? theirs : mine.value,
          kept_hlc: incomingWins ? m.hlc : stored,
          lost_value: incomingWins ? mine.value : theirs,
          lost_hlc: incomingWins ? stored : m.hlc,
          peer_code: opts.sender,
          detected_at: detectedAt,
        }];
      });
      for (const c of conflicts) {
        const known = await trx('sync_conflict').where({ table_name: c.table_name, row_id: c.row_id, column_name: c.column_name, lost_hlc: c.lost_hlc }).first('id');
        if (!known) await trx('sync_conflict').insert(c);
        if (!known) summary.conflicts++;
      }
    }
    if (winners.length === 0) continue;
    const { added, changed } = await writeRows(trx, table, winners);
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
    await recordMessages(trx, logged, opts.sender);
  }
  for (const m of messages) {
    const h = unpack(m.hlc);
    if (!newest || compare(h, newest) > 0) newest = h;
  }
  // Every later local change must sort after what was just received.
  if (newest) await saveClock(trx, receive(await lastClock(trx), newest, opts.now ?? Date.now(), opts.maxDriftMillis));
  return summary;
}
