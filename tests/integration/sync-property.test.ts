import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ChangeMessage, type FieldState, applyAll, fieldKey } from '../../shared/merge';
import { insertRow, softDelete, updateRow } from '../../electron/sync/write-path';
import { exportPackage } from '../../electron/sync/export';
import { pendingCount } from '../../electron/sync/outgoing';
import { requirePeer } from '../../electron/sync/peers';
import { type Office, enroll, hash, openOffice, person, provinceId, receive } from '../helpers/offices';
import { tempDir } from '../helpers/temp-dir';
import { wronglyMarked } from '../helpers/change-log';

const provinces = ['LA-BL', 'LA-XA'];

type Command =
  | { kind: 'insert'; office: number; name: string }
  | { kind: 'update'; office: number; pick: number; column: 'phone' | 'notes'; value: string }
  | { kind: 'move'; pick: number; to: number }
  | { kind: 'delete'; office: number; pick: number }
  | { kind: 'send'; from: number }
  | { kind: 'deliver'; pick: number };

const office = fc.integer({ min: 0, max: 2 }); // 0 central, 1 and 2 the provinces
const command: fc.Arbitrary<Command> = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), office, name: fc.string({ minLength: 1, maxLength: 8 }) }),
  fc.record({
    kind: fc.constant('update' as const),
    office,
    pick: fc.nat({ max: 3 }),
    column: fc.constantFrom('phone' as const, 'notes' as const), // few columns: offices often edit the same field
    value: fc.string({ maxLength: 6 }),
  }),
  fc.record({ kind: fc.constant('move' as const), pick: fc.nat(), to: fc.integer({ min: 0, max: 1 }) }),
  fc.record({ kind: fc.constant('delete' as const), office, pick: fc.nat() }),
  fc.record({ kind: fc.constant('send' as const), from: office }),
  fc.record({ kind: fc.constant('deliver' as const), pick: fc.nat() }),
);

/** Rows an office may edit: central any person, a province those of its own province. */
async function editable(offices: Office[], i: number): Promise<string[]> {
  const q = offices[i].db('person').orderBy('id').select('id');
  if (i > 0) q.where({ province_id: provinceId(provinces[i - 1]) });
  return (await q).map((r) => r.id);
}

/** Sends the next package, having checked that the Sync page's count is what the package then holds. */
async function send(from: Office, to: Office, stick: string): Promise<string> {
  const counted = await pendingCount(from.db, await requirePeer(from.db, to.code));
  const sent = await exportPackage(from.db, from.backend.ctx.keyProtectors, { to: to.code, dir: stick });
  expect(sent.messages, `${from.code} to ${to.code}: the count the Sync page shows`).toBe(counted);
  return sent.path!;
}

async function run(commands: Command[]): Promise<void> {
  const offices = [await openOffice('LA-CENTRAL'), ...(await Promise.all(provinces.map(openOffice)))];
  const [central, ...provincial] = offices;
  const stick = tempDir('lwu-prop');
  try {
    for (const p of provincial) await enroll(central, p);
    // Packages in transit: each may be delivered never (lost), once, or many times, in any order.
    const transit: Array<{ file: string; to: Office }> = [];
    let turn = 0;
    for (const c of commands) {
      turn++;
      if (c.kind === 'insert') {
        const province = c.office === 0 ? provinces[turn % 2] : provinces[c.office - 1];
        await insertRow(offices[c.office].db, 'person', person(province, c.name));
      } else if (c.kind === 'update' || c.kind === 'delete') {
        const ids = await editable(offices, c.office);
        if (ids.length === 0) continue;
        const id = ids[c.pick % ids.length];
        if (c.kind === 'update') await updateRow(offices[c.office].db, 'person', id, { [c.column]: c.value });
        else await softDelete(offices[c.office].db, 'person', id);
      } else if (c.kind === 'move') {
        const ids = await editable(offices, 0);
        if (ids.length) await updateRow(central.db, 'person', ids[c.pick % ids.length], { province_id: provinceId(provinces[c.to]) });
      } else if (c.kind === 'send') {
        const targets = c.from === 0 ? provincial : [central];
        for (const to of targets) transit.push({ file: await send(offices[c.from], to, stick), to });
      } else if (transit.length) {
        const p = transit[c.pick % transit.length];
        await receive(p.to, p.file);
      }
    }
    // Healing: every office re-sends what is unacknowledged until two quiet rounds have passed.
    for (let round = 0; round < 3; round++) {
      for (const p of provincial) await receive(central, await send(p, central, stick));
      for (const p of provincial) await receive(p, await send(central, p, stick));
    }
    for (const [i, p] of provincial.entries()) {
      expect(await hash(p, provinces[i]), `${provinces[i]} converged with central`).toBe(await hash(central, provinces[i]));
    }
    // Every write and every import kept each field's latest log entry, and only it, unsuperseded.
    for (const o of offices) expect(await wronglyMarked(o.db), `${o.code} change_log marks`).toEqual([]);
    // And central holds what the pure merge rule gives over every change any office wrote.
    const all: ChangeMessage[] = [];
    for (const o of offices) {
      const rows = await o.db('change_log').whereNull('origin').where('table_name', 'person');
      all.push(...rows.map((r) => ({ table: r.table_name, rowId: r.row_id, column: r.column_name, value: JSON.parse(r.value), hlc: r.hlc })));
    }
    // In reverse order: the rule does not care about order, which is the point.
    const model = applyAll(new Map<string, FieldState>(), all.reverse());
    for (const row of await central.db('person')) {
      for (const column of ['name_en', 'phone', 'notes', 'province_id', 'deleted_at']) {
        const expected = model.get(fieldKey({ table: 'person', rowId: row.id, column }));
        if (expected) expect(row[column], `${column} of ${row.id}`).toEqual(expected.value);
      }
    }
  } finally {
    for (const o of offices) await o.backend.close();
  }
}

describe('sync converges whatever happens to the packages', () => {
  it('several offices, random edits, packages lost, duplicated and reordered: all replicas converge', async () => {
    await fc.assert(fc.asyncProperty(fc.array(command, { minLength: 10, maxLength: 40 }), run), { numRuns: 20 });
  }, 600_000);
});
