import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pack } from '../../shared/hlc';
import { type ChangeMessage, type FieldState, applyAll, wins } from '../../shared/merge';

const msg = (column: string, value: string, millis: number, node = 'a'): ChangeMessage => ({
  table: 'person',
  rowId: 'r1',
  column,
  value,
  hlc: pack({ millis, counter: 0, node }),
});

const snapshot = (m: Map<string, FieldState>) => [...m.entries()].sort(([a], [b]) => (a < b ? -1 : 1));

describe('merge rule: per-field last writer wins', () => {
  it('keeps the newer value of a field and ignores an older one', () => {
    const replica = applyAll(new Map(), [msg('phone', 'new', 20), msg('phone', 'old', 10)]);
    expect([...replica.values()].map((f) => f.value)).toEqual(['new']);
  });

  it('merges different fields of the same row independently', () => {
    const replica = applyAll(new Map(), [msg('phone', '020 5555', 20), msg('name_en', 'Souk', 10)]);
    expect(replica.size).toBe(2);
  });

  it('treats an identical clock as the same message, not a newer one', () => {
    const m = msg('phone', 'x', 10);
    expect(wins(m.hlc, { hlc: m.hlc })).toBe(false);
  });

  it('gives the same result in any order and with any duplicates', () => {
    const message = fc.record({
      table: fc.constantFrom('person', 'team'),
      rowId: fc.constantFrom('r1', 'r2'),
      column: fc.constantFrom('a', 'b', 'c'),
      value: fc.oneof(fc.string(), fc.integer(), fc.constant(null)),
      hlc: fc
        .record({ millis: fc.integer({ min: 0, max: 50 }), counter: fc.integer({ min: 0, max: 3 }), node: fc.constantFrom('n1', 'n2', 'n3') })
        .map(pack),
    });
    // Two messages with the same clock are the same message: one office stamps each write once.
    const uniqueByClock = (ms: ChangeMessage[]) => [...new Map(ms.map((m) => [`${m.table}/${m.rowId}/${m.column}/${m.hlc}`, m])).values()];
    fc.assert(
      fc.property(fc.array(message, { maxLength: 60 }).map(uniqueByClock), fc.infiniteStream(fc.nat()), (messages, seeds) => {
        const reference = snapshot(applyAll(new Map(), messages));
        const shuffled = [...messages, ...messages.slice(0, messages.length / 2)];
        for (let i = shuffled.length - 1; i > 0; i--) {
          const j = seeds.next().value % (i + 1);
          [shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]];
        }
        const again = snapshot(applyAll(applyAll(new Map(), shuffled), messages));
        expect(again).toEqual(reference);
      }),
    );
  });
});
