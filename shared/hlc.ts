/**
 * Hybrid logical clock (Kulkarni et al.), as used by the sync protocol (DESIGN.md section 3).
 *
 * A timestamp is (wall millis, counter, node). It never goes backwards even when the PC clock does, orders
 * causally related events, and is totally ordered because the node id breaks ties. The packed string form
 * sorts lexicographically in the same order as compare(), so SQLite can compare hlc columns as text.
 */
export interface Hlc {
  millis: number;
  counter: number;
  node: string;
}

const MILLIS_WIDTH = 15;
const COUNTER_WIDTH = 6; // base36: 2,176,782,335 events in one millisecond before overflow
const MAX_COUNTER = 36 ** COUNTER_WIDTH - 1;
const NODE_PATTERN = /^[A-Za-z0-9_-]{1,40}$/;

export class ClockDriftError extends Error {
  constructor(
    readonly remoteMillis: number,
    readonly localMillis: number,
  ) {
    super(`remote clock ${remoteMillis} is too far ahead of local clock ${localMillis}`);
    this.name = 'ClockDriftError';
  }
}

export function pack(h: Hlc): string {
  return `${String(h.millis).padStart(MILLIS_WIDTH, '0')}-${h.counter.toString(36).padStart(COUNTER_WIDTH, '0')}-${h.node}`;
}

export function unpack(s: string): Hlc {
  const m = /^(\d{15})-([0-9a-z]{6})-(.+)$/.exec(s);
  if (!m || !NODE_PATTERN.test(m[3])) throw new Error(`not a hybrid logical clock value: ${s}`);
  return { millis: Number(m[1]), counter: parseInt(m[2], 36), node: m[3] };
}

/** Exactly what unpack() accepts, in one test: import checks every message's clock with it. */
const PACKED_PATTERN = /^\d{15}-[0-9a-z]{6}-[A-Za-z0-9_-]{1,40}$/;

export function isPackedHlc(s: unknown): s is string {
  return typeof s === 'string' && PACKED_PATTERN.test(s);
}

export function compare(a: Hlc, b: Hlc): number {
  if (a.millis !== b.millis) return a.millis < b.millis ? -1 : 1;
  if (a.counter !== b.counter) return a.counter < b.counter ? -1 : 1;
  if (a.node === b.node) return 0;
  return a.node < b.node ? -1 : 1;
}

export function comparePacked(a: string, b: string): number {
  return a === b ? 0 : a < b ? -1 : 1;
}

export function initial(node: string): Hlc {
  if (!NODE_PATTERN.test(node)) throw new Error(`invalid clock node id: ${node}`);
  return { millis: 0, counter: 0, node };
}

function bump(millis: number, counter: number, node: string): Hlc {
  if (counter > MAX_COUNTER) throw new Error('hybrid logical clock counter overflow');
  return { millis, counter, node };
}

/** The timestamp for a local event. */
export function tick(last: Hlc, nowMillis: number): Hlc {
  const millis = Math.max(last.millis, Math.floor(nowMillis));
  return bump(millis, millis === last.millis ? last.counter + 1 : 0, last.node);
}

/**
 * Advance the local clock past a received timestamp, so every later local event sorts after it.
 * A remote clock more than maxDriftMillis ahead of ours is refused: one office PC with a wrong date
 * must not drag every other office's clock into the future.
 */
export function receive(last: Hlc, remote: Hlc, nowMillis: number, maxDriftMillis: number): Hlc {
  const now = Math.floor(nowMillis);
  if (remote.millis - now > maxDriftMillis) throw new ClockDriftError(remote.millis, now);
  const millis = Math.max(last.millis, remote.millis, now);
  let counter: number;
  if (millis === last.millis && millis === remote.millis) counter = Math.max(last.counter, remote.counter) + 1;
  else if (millis === last.millis) counter = last.counter + 1;
  else if (millis === remote.millis) counter = remote.counter + 1;
  else counter = 0;
  return bump(millis, counter, last.node);
}
