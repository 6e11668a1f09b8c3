import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ClockDriftError, compare, comparePacked, initial, isPackedHlc, pack, receive, tick, unpack } from '../../shared/hlc';

const DAY = 86_400_000;

describe('hybrid logical clock', () => {
  it('packs and unpacks without loss', () => {
    const h = { millis: 1_764_000_000_123, counter: 42, node: 'a1b2c3' };
    expect(unpack(pack(h))).toEqual(h);
  });

  it('stays monotonic when the wall clock jumps backwards', () => {
    let h = tick(initial('office-a'), 1_000_000);
    const before = h;
    h = tick(h, 500_000); // the PC clock was set back
    expect(compare(h, before)).toBe(1);
    expect(h.millis).toBe(1_000_000);
    expect(h.counter).toBe(1);
  });

  it('orders thousands of writes in the same millisecond', () => {
    let h = initial('n1');
    const stamps: string[] = [];
    for (let i = 0; i < 5000; i++) {
      h = tick(h, 1_700_000_000_000);
      stamps.push(pack(h));
    }
    expect(new Set(stamps).size).toBe(5000);
    expect([...stamps].sort()).toEqual(stamps);
  });

  it('breaks ties between offices by node id, so the order is total', () => {
    const a = { millis: 5, counter: 0, node: 'aaa' };
    const b = { millis: 5, counter: 0, node: 'bbb' };
    expect(compare(a, b)).toBe(-1);
    expect(compare(b, a)).toBe(1);
    expect(compare(a, { ...a })).toBe(0);
  });

  it('sorts packed strings exactly as compare() orders the clocks', () => {
    const hlc = fc.record({
      millis: fc.integer({ min: 0, max: 9e14 }),
      counter: fc.integer({ min: 0, max: 36 ** 6 - 1 }),
      node: fc.stringMatching(/^[a-f0-9]{1,16}$/),
    });
    fc.assert(fc.property(hlc, hlc, (a, b) => Math.sign(comparePacked(pack(a), pack(b))) === compare(a, b)));
  });

  it('moves past a received clock so later local events sort after it', () => {
    const local = tick(initial('local'), 1000);
    const remote = { millis: 2000, counter: 7, node: 'remote' };
    const after = receive(local, remote, 1500, DAY);
    expect(compare(after, remote)).toBe(1);
    expect(compare(tick(after, 1500), after)).toBe(1);
  });

  it('refuses a remote clock far ahead of ours (a PC with the wrong date)', () => {
    const local = tick(initial('local'), Date.UTC(2026, 10, 1));
    const remote = { millis: Date.UTC(2027, 10, 1), counter: 0, node: 'bad' };
    expect(() => receive(local, remote, Date.UTC(2026, 10, 1), DAY)).toThrow(ClockDriftError);
  });

  it('never goes backwards under any mix of skewed local ticks and receives', () => {
    const step = fc.oneof(
      fc.record({ kind: fc.constant('tick' as const), now: fc.integer({ min: 0, max: 1e6 }) }),
      fc.record({
        kind: fc.constant('recv' as const),
        now: fc.integer({ min: 0, max: 1e6 }),
        remote: fc.integer({ min: 0, max: 1e6 }),
        counter: fc.integer({ min: 0, max: 100 }),
      }),
    );
    fc.assert(
      fc.property(fc.array(step, { maxLength: 200 }), (steps) => {
        let h = initial('me');
        for (const s of steps) {
          const next = s.kind === 'tick' ? tick(h, s.now) : receive(h, { millis: s.remote, counter: s.counter, node: 'peer' }, s.now, 1e7);
          if (compare(next, h) !== 1) return false;
          h = next;
        }
        return true;
      }),
    );
  });

  it('rejects malformed clock strings', () => {
    expect(() => unpack('yesterday')).toThrow();
    expect(() => unpack('000000000000001-000000-bad node')).toThrow();
  });

  it('accepts as a packed clock exactly the strings unpack() reads', () => {
    const accepts = (s: string) => {
      try {
        unpack(s);
        return true;
      } catch {
        return false;
      }
    };
    const near = fc.tuple(fc.stringMatching(/^\d{13,16}$/), fc.stringMatching(/^[0-9a-zA-Z]{5,7}$/), fc.string({ maxLength: 42 }), fc.constantFrom('', '\n'));
    fc.assert(fc.property(near, ([a, b, c, d]) => isPackedHlc(`${a}-${b}-${c}${d}`) === accepts(`${a}-${b}-${c}${d}`)));
    fc.assert(fc.property(fc.string(), (s) => isPackedHlc(s) === accepts(s)));
    expect(isPackedHlc(pack({ millis: 1_764_000_000_123, counter: 42, node: 'a1b2c3' }))).toBe(true);
    expect(isPackedHlc(42)).toBe(false);
  });
});
