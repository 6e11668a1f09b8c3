import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/db/connection';
import { databaseHash } from '../../electron/sync/db-hash';
import { insertRows } from '../../electron/sync/write-path';
import { lwu } from '../helpers/cli';
import { tool } from '../helpers/processes';
import { enroll, openOffice, person, send } from '../helpers/offices';
import { tempDir } from '../helpers/temp-dir';

const bin = path.resolve(import.meta.dirname, '..', '..', 'bin', 'lwu.mjs');

function ok(r: Awaited<ReturnType<typeof lwu>>): string {
  expect(r.stderr, 'the command printed an error').toBe('');
  expect(r.status).toBe(0);
  return r.stdout.trim();
}

describe('sync from the lwu command line', () => {
  it('enrolls a province, exchanges packages both ways through a folder, and ends with the same data', async () => {
    const central = tempDir('lwu-cli-central');
    const province = tempDir('lwu-cli-bl');
    const work = tempDir('lwu-cli-stick');
    ok(await lwu(central, ['office', 'init', '--code', 'LA-CENTRAL', '--level', 'central', '--name', 'ສູນກາງ']));
    ok(await lwu(province, ['office', 'init', '--code', 'LA-BL', '--level', 'provincial', '--province', 'LA-BL', '--name', 'ບໍລິຄຳໄຊ']));
    const asked = ok(await lwu(province, ['enroll', 'request', '--out', path.join(work, 'request.json')]));
    const accepted = ok(await lwu(central, ['enroll', 'accept', path.join(work, 'request.json'), '--out', path.join(work, 'reply.json')]));
    const provinceFingerprint = /(\d{4} \d{4} \d{4} \d{4})/.exec(asked)![1];
    expect(accepted, 'both screens show the same fingerprint').toContain(provinceFingerprint);
    const completed = ok(await lwu(province, ['enroll', 'complete', path.join(work, 'reply.json')]));
    expect(completed).toContain(/(\d{4} \d{4} \d{4} \d{4})\. Read/.exec(accepted.split('\n')[1])![1]);

    ok(await lwu(province, ['call', 'sync.hash', '{}']));
    const up = ok(await lwu(province, ['sync', 'export', '--to', 'LA-CENTRAL', '--out', work]));
    expect(path.basename(up)).toMatch(/^LWU_LA-BL_to_LA-CENTRAL_000001_\d{8}\.lwusync$/);
    const imported = ok(await lwu(central, ['sync', 'import', up]));
    expect(imported).toContain('imported package 1 from LA-BL');
    expect(imported, 'nothing missing, nothing said about it').not.toContain('missing');
    const again = await lwu(central, ['sync', 'import', up]);
    expect(again.status, 'already imported is a success').toBe(0);
    expect(again.stdout).toContain('already imported');
    // Package 3 before 2: the gap is named, and closes when 2 comes.
    const second = ok(await lwu(province, ['sync', 'export', '--to', 'LA-CENTRAL', '--out', work]));
    const third = ok(await lwu(province, ['sync', 'export', '--to', 'LA-CENTRAL', '--out', work]));
    expect(ok(await lwu(central, ['sync', 'import', third]))).toContain('Packages from LA-BL still missing: 2.');
    expect(ok(await lwu(central, ['sync', 'import', second]))).not.toContain('missing');
    const down = ok(await lwu(central, ['sync', 'export', '--to', 'LA-BL', '--out', work]));
    ok(await lwu(province, ['sync', 'import', down]));
    expect(ok(await lwu(province, ['db', 'hash', '--scope', 'LA-BL']))).toBe(ok(await lwu(central, ['db', 'hash', '--scope', 'LA-BL'])));

    // Central's package is not for central itself: one failure makes the exit status non-zero.
    const mixed = await lwu(central, ['sync', 'import', up, down]);
    expect(mixed.status).not.toBe(0);
    expect(mixed.stderr, 'its own package for LA-BL, named from the file name').toContain('This package is from LA-CENTRAL to LA-BL, not to this office');
    // A folder with no package in it (the wrong drive) is not a successful import.
    const empty = await lwu(central, ['sync', 'import', fs.mkdtempSync(path.join(work, 'empty-'))]);
    expect([empty.status, empty.stderr.trim()]).toEqual([1, 'No sync packages (.lwusync files) were found in what you chose.']);

    // Interoperability: Debian's age opens the outer layer with the exported identity; inside is a plain tar.
    const identity = path.join(work, 'bl-identity.txt');
    ok(await lwu(province, ['office', 'export-identity', '--out', identity]));
    expect(fs.statSync(identity).mode & 0o777, 'the identity file is readable only by its owner').toBe(0o600);
    const inner = await tool('age', ['-d', '-i', identity, down]);
    const listing = (await tool('tar', ['-t'], { input: inner })).toString().trim().split('\n');
    expect(listing).toEqual(['manifest.json', 'manifest.sig', 'body.jsonl.gz']);
    const manifest = JSON.parse((await tool('tar', ['-xO', 'manifest.json'], { input: inner })).toString());
    expect(manifest).toMatchObject({ format: 'lwu-sync/1', from: 'LA-CENTRAL', to: 'LA-BL', seq: 1, ack: 3 });
  }, 180_000); // a dozen CLI processes, each starting tsx: slow on a busy two-core machine

  it('survives a process killed in the middle of an import: the database is intact and the same import then succeeds', async () => {
    const [central, bl] = [await openOffice('LA-CENTRAL'), await openOffice('LA-BL')];
    await enroll(central, bl);
    await insertRows(bl.db, 'person', Array.from({ length: 4000 }, (_, i) => person('LA-BL', `ນາງ ${i}`)));
    const file = await send(bl, central, tempDir('lwu-kill'));
    await Promise.all([central.backend.close(), bl.backend.close()]);
    // Opening runs SQLite's integrity check (a damaged file would throw); then one digest of the province's rows.
    const digest = async (dir: string) => {
      const { db } = await openDatabase(dir);
      try {
        return await databaseHash(db, 'LA-BL');
      } finally {
        await db.destroy();
      }
    };
    const expected = await digest(bl.dir);
    const untouched = await digest(central.dir);

    for (const delay of [300, 900, 1500, 2100, 2700]) {
      const child = spawn(process.execPath, [bin, '--data-dir', central.dir, 'sync', 'import', file], { stdio: 'ignore' });
      const exited = new Promise((r) => child.once('exit', r)); // it may finish before the kill
      await new Promise((r) => setTimeout(r, delay));
      child.kill('SIGKILL');
      await exited;
      expect([untouched, expected], `after a kill at ${delay} ms the data is all there or none of it`).toContain(await digest(central.dir));
    }
    const last = await lwu(central.dir, ['sync', 'import', file]);
    expect(last.status, last.stderr).toBe(0);
    expect(await digest(central.dir)).toBe(expected);
  }, 180_000);
});
