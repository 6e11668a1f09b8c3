/**
 * The merge rule of lwu-sync/1: per-field last writer wins, ordered by hybrid logical clock.
 *
 * Pure, so it can be proven on its own: applying any set of messages in any order, with any duplicates,
 * gives the same fields. The database code applies exactly this decision, one field at a time.
 */
import { comparePacked } from './hlc';

export type FieldValue = string | number | boolean | null;

export interface ChangeMessage {
  table: string;
  rowId: string;
  column: string;
  value: FieldValue;
  hlc: string;
}

export interface FieldState {
  value: FieldValue;
  hlc: string;
}

/** True when the incoming message must overwrite the stored field. Equal clocks mean the same message. */
export function wins(incomingHlc: string, stored: Pick<FieldState, 'hlc'> | undefined): boolean {
  return stored === undefined || comparePacked(incomingHlc, stored.hlc) > 0;
}

export function fieldKey(m: Pick<ChangeMessage, 'table' | 'rowId' | 'column'>): string {
  return `${m.table}\u0000${m.rowId}\u0000${m.column}`;
}

/** Applies messages to an in-memory replica; the reference model that the database apply is tested against. */
export function applyAll(replica: Map<string, FieldState>, messages: Iterable<ChangeMessage>): Map<string, FieldState> {
  for (const m of messages) {
    const key = fieldKey(m);
    if (wins(m.hlc, replica.get(key))) replica.set(key, { value: m.value, hlc: m.hlc });
  }
  return replica;
}
