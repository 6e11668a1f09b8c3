import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ExportResult, ImportOutcome, SyncStatus } from '../../shared/api';
import { insertRow, updateRow } from '../../electron/sync/write-path';
import { type Office, enrolledPair, person } from '../helpers/offices';
import { tempDir } from '../helpers/temp-dir';

const offices = enrolledPair();

async function call<T>(o: Office, channel: string, input: unknown): Promise<T> {
  const r = await o.backend.dispatch(channel, input);
  if (!r.ok) throw new Error(`${channel}: ${JSON.stringify(r.error)}`);
  return r.data as T;
}

describe('the sync channels, as the desktop app uses them (folders on a stick)', () => {
  it('writes packages into a folder and imports the whole folder in seq order, reporting gaps', async () => {
    const stick = tempDir('lwu-stick-dir');
    const written: ExportResult[] = [];
    for (let i = 0; i < 3; i++) {
      await insertRow(offices.bl.db, 'person', person('LA-BL', `ນາງ ${i}`));
      written.push(await call<ExportResult>(offices.bl, 'sync.export', { to: 'LA-CENTRAL', folder: stick }));
    }
    expect(written.map((w) => w.seq)).toEqual([1, 2, 3]);
    expect(fs.readdirSync(stick).sort(), 'only finished packages, no temporary files').toEqual(written.map((w) => w.fileName).sort());
    fs.rmSync(written[1].path!); // a package lost on the way: the next one carries its changes too

    const dry = await call<ImportOutcome[]>(offices.central, 'sync.import', { paths: [stick], dryRun: true });
    expect(dry.map((o) => o.ok && o.summary.status)).toEqual(['dryRun', 'dryRun']);
    expect(await offices.central.db('person').count({ n: '*' }).first(), 'a dry run writes nothing').toEqual({ n: 0 });

    const done = await call<ImportOutcome[]>(offices.central, 'sync.import', { paths: [stick], dryRun: false });
    expect(done.map((o) => (o.ok ? [o.summary.seq, o.summary.status, o.summary.missing] : o.error.code))).toEqual([
      [1, 'imported', []],
      [3, 'imported', [2]],
    ]);
    expect(await offices.central.db('person').count({ n: '*' }).first(), 'all three trainers arrived').toEqual({ n: 3 });
    const status = await call<SyncStatus>(offices.central, 'sync.status', {});
    expect(status.peers[0]).toMatchObject({ code: 'LA-BL', missing: [2], lastReceived: { seq: 3 } });
    const sent = await offices.bl.db('sync_outbox').where({ to_code: 'LA-CENTRAL', seq: 3 }).first('created_at');
    expect(status.peers[0].lastReceived?.writtenAt, 'when the province wrote it, from its manifest').toBe(sent.created_at);
  });

  it('checks a stick as an import takes it: a change several packages carry is added or in conflict once', async () => {
    const { bl, central } = offices;
    const shared = await insertRow(bl.db, 'person', person('LA-BL', 'ນາງ ສອງຫ້ອງການ'));
    await call(central, 'sync.import', { paths: [(await call<ExportResult>(bl, 'sync.export', { to: 'LA-CENTRAL', folder: tempDir('lwu-stick-first') })).path], dryRun: false });
    // Both offices change her phone before they hear from each other; the province also adds a trainer. Two
    // packages leave before central answers: each carries all of it, as nothing is acknowledged yet.
    await updateRow(central.db, 'person', shared, { phone: '020 5555 1111' });
    await updateRow(bl.db, 'person', shared, { phone: '020 5555 2222' });
    await insertRow(bl.db, 'person', person('LA-BL', 'ນາງ ໃໝ່'));
    const stick = tempDir('lwu-stick-twice');
    for (let i = 0; i < 2; i++) await call<ExportResult>(bl, 'sync.export', { to: 'LA-CENTRAL', folder: stick });
    const counts = (outcomes: ImportOutcome[]) => outcomes.map((o) => (o.ok ? [o.summary.added, o.summary.changed, o.summary.conflicts] : o.error.code));
    const checked = await call<ImportOutcome[]>(central, 'sync.import', { paths: [stick], dryRun: true });
    expect(counts(checked), 'the second package adds nothing and meets no conflict the first has not').toEqual([
      [1, 1, 1],
      [0, 0, 0],
    ]);
    const imported = await call<ImportOutcome[]>(central, 'sync.import', { paths: [stick], dryRun: false });
    expect(counts(imported), 'the import does what the check said').toEqual(counts(checked));
  });

  it('reports a refused file among good ones without stopping the others', async () => {
    const stick = tempDir('lwu-stick-mixed');
    fs.writeFileSync(`${stick}/LWU_LA-BL_to_LA-CENTRAL_000000_20260101.lwusync`, 'not a package');
    await insertRow(offices.bl.db, 'person', person('LA-BL', 'ນາງ ຕ່ອງ'));
    await call<ExportResult>(offices.bl, 'sync.export', { to: 'LA-CENTRAL', folder: stick });
    const out = await call<ImportOutcome[]>(offices.central, 'sync.import', { paths: [stick], dryRun: false });
    expect(out.map((o) => (o.ok ? o.summary.status : o.error.code))).toEqual(['sync.notAPackage', 'imported']);
  });

  it('logs a package refused by a check, though the check changes no data', async () => {
    const stick = tempDir('lwu-stick-refused');
    const file = `${stick}/LWU_LA-BL_to_LA-CENTRAL_000099_20260101.lwusync`;
    fs.writeFileSync(file, 'age-encryption.org/v1\n-> X25519 cut off here');
    const people = async () => offices.central.db('person').count({ n: '*' }).first();
    const before = await people();
    const out = await call<ImportOutcome[]>(offices.central, 'sync.import', { paths: [stick], dryRun: true });
    expect(out.map((o) => !o.ok && o.error.code)).toEqual(['sync.truncated']);
    expect(await people()).toEqual(before);
    const logged = await offices.central.db('sync_audit').where({ action: 'refused', file_name: path.basename(file) });
    expect(logged.map((r) => [r.sha256, JSON.parse(r.detail)])).toEqual([[createHash('sha256').update(fs.readFileSync(file)).digest('hex'), { code: 'sync.truncated', params: expect.any(Object), check: true }]]);
    // Checked again, it is not logged again; imported, it is: an import is an attempt of its own.
    await call<ImportOutcome[]>(offices.central, 'sync.import', { paths: [stick], dryRun: true });
    await call<ImportOutcome[]>(offices.central, 'sync.import', { paths: [stick], dryRun: false });
    const again = await offices.central.db('sync_audit').where({ action: 'refused', file_name: path.basename(file) }).orderBy('id');
    expect(again.map((r) => JSON.parse(r.detail).check ?? false)).toEqual([true, false]);
  });

  it('answers a count on its own connection while a write is in progress, and counts the write once committed', async () => {
    const { bl } = offices;
    const before = await call<{ count: number }>(bl, 'sync.pendingCount', { peer: 'LA-CENTRAL' });
    let release = () => undefined as void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let writing: Promise<void> | undefined;
    await new Promise<void>((started) => {
      writing = bl.db.transaction(async (trx) => {
        await insertRow(trx, 'person', person('LA-BL', 'ນາງ ລໍຖ້າ'));
        started();
        await held;
      });
    });
    // On the one connection of the app's writes this would wait for the transaction, which waits for it.
    const during = await call<{ count: number }>(bl, 'sync.pendingCount', { peer: 'LA-CENTRAL' });
    release();
    await writing;
    expect(during.count, 'an uncommitted write is not counted').toBe(before.count);
    const after = await call<{ count: number }>(bl, 'sync.pendingCount', { peer: 'LA-CENTRAL' });
    expect(after.count, 'her nine logged fields, once committed').toBe(before.count + 9);
  });
});
