import { randomBytes } from 'node:crypto';
import { type Hlc, initial, pack, tick, unpack } from '../../shared/hlc';
import type { Db } from '../db/connection';
import { getLocal, setLocal } from '../db/local-settings';

const CLOCK_KEY = 'hlc.last';
const NODE_KEY = 'hlc.node';

/** The clock's node id if this install has written anything yet; reading it never creates one. */
export async function existingClockNode(db: Db): Promise<string | undefined> {
  return getLocal(db, NODE_KEY);
}

/** The clock's node id: random per install, so two offices never produce the same timestamp. */
export async function clockNode(db: Db): Promise<string> {
  const existing = await existingClockNode(db);
  if (existing) return existing;
  const node = randomBytes(8).toString('hex');
  await setLocal(db, NODE_KEY, node);
  return node;
}

export async function lastClock(db: Db): Promise<Hlc> {
  const stored = await getLocal(db, CLOCK_KEY);
  return stored ? unpack(stored) : initial(await clockNode(db));
}

/**
 * The next local timestamp, persisted in the same transaction as the write it stamps, so the clock stays
 * monotonic across restarts and a rolled-back write does not consume it.
 */
export async function nextClocks(trx: Db, count: number, now: number = Date.now()): Promise<string[]> {
  let h = await lastClock(trx);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    h = tick(h, now);
    out.push(pack(h));
  }
  await setLocal(trx, CLOCK_KEY, out[out.length - 1]);
  return out;
}

export async function saveClock(trx: Db, h: Hlc): Promise<void> {
  await setLocal(trx, CLOCK_KEY, pack(h));
}
