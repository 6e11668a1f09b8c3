import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { databaseFileName, openDatabase } from '../../electron/db/connection';
import { tempDir } from '../helpers/temp-dir';

describe('opening the data folder', () => {
  it('refuses a file that is not a database, with a message naming the file', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, databaseFileName), 'this was half-copied from a USB stick '.repeat(200));
    await expect(openDatabase(dir)).rejects.toMatchObject({ code: 'db.damaged', params: { file: path.join(dir, databaseFileName) } });
  });

  it('refuses a database whose pages are damaged', async () => {
    const dir = tempDir();
    const { db, file } = await openDatabase(dir);
    await db.raw('CREATE TABLE filler (x TEXT)');
    await db.raw("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i+1 FROM n WHERE i < 3000) INSERT INTO filler SELECT printf('%0500d', i) FROM n");
    await db.raw('CREATE INDEX filler_x ON filler(x)');
    await db.raw('PRAGMA wal_checkpoint(TRUNCATE)');
    await db.destroy();
    const bytes = fs.readFileSync(file);
    // Overwrite a run of pages in the middle of the file, as a bad sector or a truncated copy would.
    bytes.fill(0x5a, Math.floor(bytes.length / 2), Math.floor(bytes.length / 2) + 8192);
    fs.writeFileSync(file, bytes);
    await expect(openDatabase(dir)).rejects.toMatchObject({ code: 'db.damaged' });
  });

  it('finds a file in the sync audit log by its hash through an index, as each import asks', async () => {
    const { db } = await openDatabase(tempDir());
    const plan: Array<{ detail: string }> = await db.raw("explain query plan select id from sync_audit where action = 'import' and peer_code = 'LA-BL' and sha256 = 'ab'");
    expect(plan.map((p) => p.detail).join(' ')).toContain('INDEX sync_audit_sha256');
    await db.destroy();
  });

  it('refuses a database written by a newer LWU Desk', async () => {
    const dir = tempDir();
    const { db } = await openDatabase(dir);
    await db('knex_migrations').insert({ name: '9999_from_the_future', batch: 99, migration_time: new Date() });
    await db.destroy();
    await expect(openDatabase(dir)).rejects.toMatchObject({ code: 'db.fromFuture', params: { migrations: ['9999_from_the_future'] } });
  });
});
