import { afterEach, describe, expect, it } from 'vitest';
import type { Knex } from 'knex';
import { unpack } from '../../shared/hlc';
import { openDatabase } from '../../electron/db/connection';
import { insertRow, restore, softDelete, updateRow } from '../../electron/sync/write-path';
import { fieldClocks } from '../../electron/sync/field-clocks';
import { insertValues } from '../../electron/db/bulk';
import { tempDir } from '../helpers/temp-dir';
import { wronglyMarked } from '../helpers/change-log';
import { migrationConfig } from '../../electron/db/migrate';

let open: Knex[] = [];
afterEach(async () => {
  await Promise.all(open.map((d) => d.destroy()));
  open = [];
});

async function fresh(dir = tempDir()) {
  const { db } = await openDatabase(dir);
  open.push(db);
  return { db, dir };
}

const changes = (db: Knex, rowId: string) => db('change_log').where({ row_id: rowId }).orderBy('seq');

describe('the database file', () => {
  it('opens with WAL, foreign keys, synchronous FULL and a busy timeout, migrated to the latest schema', async () => {
    const { db } = await fresh();
    expect((await db.raw('PRAGMA journal_mode'))[0].journal_mode).toBe('wal');
    expect((await db.raw('PRAGMA foreign_keys'))[0].foreign_keys).toBe(1);
    expect((await db.raw('PRAGMA synchronous'))[0].synchronous).toBe(2);
    expect((await db.raw('PRAGMA busy_timeout'))[0].timeout).toBeGreaterThan(0);
    expect(await db.schema.hasTable('change_log')).toBe(true);
    expect(await db.schema.hasTable('organisation')).toBe(true);
  });
});

describe('the single write path', () => {
  it('writes the row and one change message per field with one clock, in the same transaction', async () => {
    const { db } = await fresh();
    const id = await insertRow(db, 'organisation', { code: 'ngo', name_lo: 'ອົງການ', name_en: 'An NGO', sort_order: 9 });
    const row = await db('organisation').where({ id }).first();
    expect(row.name_en).toBe('An NGO');
    const log = await changes(db, id);
    expect(log.map((c) => c.column_name).sort()).toEqual(['code', 'created_at', 'deleted_at', 'name_en', 'name_lo', 'sort_order', 'updated_at']);
    expect(new Set(log.map((c) => c.hlc)).size).toBe(1);
    expect(JSON.parse(log.find((c) => c.column_name === 'name_en').value)).toBe('An NGO');
    const clocks = await fieldClocks(db, 'organisation', [id]);
    expect(clocks).toHaveLength(7);
    expect(new Set(clocks.map((c) => c.hlc))).toEqual(new Set(log.map((c) => c.hlc)));
  });

  it('stores Lao text NFC-normalised', async () => {
    const { db } = await fresh();
    // Typed tone mark before the lower vowel (ກ + mai ek + sign u): NFC puts the vowel first, as search expects.
    const decomposed = 'ກ\u0EC8\u0EB8';
    expect(decomposed).not.toBe(decomposed.normalize('NFC'));
    const id = await insertRow(db, 'organisation', { code: 'x', name_lo: decomposed, name_en: 'x' });
    const row = await db('organisation').where({ id }).first();
    expect(row.name_lo).toBe(decomposed.normalize('NFC'));
  });

  it('records only the fields an update changes, with a newer clock', async () => {
    const { db } = await fresh();
    const id = await insertRow(db, 'organisation', { code: 'y', name_lo: 'ກ', name_en: 'Y' });
    const first = (await changes(db, id))[0].hlc;
    const changed = await updateRow(db, 'organisation', id, { name_en: 'Y2', name_lo: 'ກ' });
    expect(changed.sort()).toEqual(['name_en', 'updated_at']);
    const log = await changes(db, id);
    const latest = log.filter((c) => c.hlc !== first);
    expect(latest.map((c) => c.column_name).sort()).toEqual(['name_en', 'updated_at']);
    expect(latest[0].hlc > first).toBe(true);
    expect(await updateRow(db, 'organisation', id, { name_en: 'Y2' })).toEqual([]);
    // The entries that held name_en's and updated_at's clocks are superseded; the other fields' still hold theirs.
    const current = (await fieldClocks(db, 'organisation', [id])).map((c) => [c.column_name, c.hlc === first ? 'first' : 'update']);
    expect(Object.fromEntries(current)).toEqual({ code: 'first', created_at: 'first', deleted_at: 'first', name_lo: 'first', name_en: 'update', updated_at: 'update' });
    expect(await wronglyMarked(db)).toEqual([]);
  });

  it('marks superseded log entries when it upgrades an older database exactly as the write path marks them', async () => {
    const { db } = await fresh();
    const id = await insertRow(db, 'organisation', { code: 'ngo', name_lo: 'ອົງການ', name_en: 'An NGO' });
    for (const name of ['One', 'Two "quoted"\n', 'Three']) await updateRow(db, 'organisation', id, { name_en: name });
    await softDelete(db, 'organisation', id);
    const marks = async () => (await db('change_log').orderBy('seq').select('seq', 'superseded')) as Array<{ seq: number; superseded: number }>;
    const written = await marks();
    expect(written.filter((m) => m.superseded === 1).length).toBe(8); // name_en three times, updated_at four, deleted_at once
    expect(await wronglyMarked(db)).toEqual([]);

    while (await db.schema.hasColumn('change_log', 'superseded')) await db.migrate.down(migrationConfig); // back to before 0010
    expect(await db.schema.hasTable('change_log')).toBe(true);
    await db.migrate.latest(migrationConfig);
    expect(await marks()).toEqual(written);
  });

  it('soft-deletes with a tombstone that is itself a change, and restores the same way', async () => {
    const { db } = await fresh();
    const id = await insertRow(db, 'organisation', { code: 'z', name_lo: 'ຂ', name_en: 'Z' });
    await softDelete(db, 'organisation', id);
    expect((await db('organisation').where({ id }).first()).deleted_at).not.toBeNull();
    await restore(db, 'organisation', id);
    expect((await db('organisation').where({ id }).first()).deleted_at).toBeNull();
    const tombstones = (await changes(db, id)).filter((c) => c.column_name === 'deleted_at');
    expect(tombstones).toHaveLength(3); // insert, delete, restore
  });

  it('refuses tables and columns outside the replication whitelist', async () => {
    const { db } = await fresh();
    await expect(insertRow(db, 'local_setting', { key: 'k', value: 'v' } as never)).rejects.toMatchObject({ code: 'write.notReplicated' });
    await expect(insertRow(db, 'organisation', { code: 'q', name_lo: 'ຄ', name_en: 'Q', secret: 'x' })).rejects.toMatchObject({
      code: 'write.unknownColumn',
    });
    expect(await db('change_log').count({ n: '*' }).first()).toEqual({ n: 0 });
  });

  it('leaves neither row nor change message when the transaction rolls back', async () => {
    const { db } = await fresh();
    await expect(
      db.transaction(async (trx) => {
        await insertRow(trx, 'organisation', { code: 'r', name_lo: 'ງ', name_en: 'R' });
        await insertRow(trx, 'organisation', { code: 'r', name_lo: 'ງ', name_en: 'duplicate code' });
      }),
    ).rejects.toThrow(/UNIQUE/);
    expect(await db('organisation').where({ code: 'r' })).toHaveLength(0);
    expect(await db('change_log').count({ n: '*' }).first()).toEqual({ n: 0 });
  });

  it('keeps the clock monotonic across a restart', async () => {
    const dir = tempDir();
    const first = await fresh(dir);
    const id = await insertRow(first.db, 'organisation', { code: 's', name_lo: 'ຈ', name_en: 'S' });
    const before = (await changes(first.db, id))[0].hlc;
    await first.db.destroy();
    open = open.filter((d) => d !== first.db);
    const second = await fresh(dir);
    await updateRow(second.db, 'organisation', id, { name_en: 'S2' });
    const after = (await changes(second.db, id)).at(-1).hlc;
    expect(after > before).toBe(true);
    expect(unpack(after).node).toBe(unpack(before).node);
  });
});

describe('bulk inserts', () => {
  it('queues large batches yet writes none of them when one fails: the transaction holds them all', async () => {
    const { db } = await fresh();
    // 20,000 log rows of 6 values make four statements; a duplicate seq fails the first while three are queued.
    const rows = Array.from({ length: 20_000 }, (_, i) => [i + 1, 'organisation', `row-${i}`, 'name_en', '"x"', '001795943681921-000000-test']);
    rows[1][0] = 1;
    const columns = ['seq', 'table_name', 'row_id', 'column_name', 'value', 'hlc'];
    await expect(db.transaction((trx) => insertValues(trx, 'change_log', columns, rows))).rejects.toThrow(/UNIQUE|constraint/i);
    expect((await db('change_log').count({ n: '*' }).first())!.n, 'no batch outlived the rollback').toBe(0);
    // The connection is usable again, and the same rows without the duplicate all arrive.
    rows[1][0] = 2;
    await db.transaction((trx) => insertValues(trx, 'change_log', columns, rows));
    expect((await db('change_log').count({ n: '*' }).first())!.n).toBe(20_000);
  });
});
