import { unpack } from '../../shared/hlc';
import type { Db } from '../db/connection';
import { getLocal } from '../db/local-settings';

/** Allowance for a PC whose clock was corrected by a few minutes: not worth a warning. */
const TOLERANCE_MS = 10 * 60 * 1000;

/**
 * An office PC whose date was reset (a flat CMOS battery is common) shows a date behind the last change this
 * install already stamped. Say so at start: changes written now would lose to older ones elsewhere.
 */
export async function clockWarning(db: Db, now: number = Date.now()): Promise<null | { direction: 'behind'; lastSeen: string }> {
  const stored = await getLocal(db, 'hlc.last');
  if (!stored) return null;
  const last = unpack(stored).millis;
  return last - now > TOLERANCE_MS ? { direction: 'behind', lastSeen: new Date(last).toISOString() } : null;
}
