import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { channels } from '../../shared/api';
import { lwu } from '../helpers/cli';
import { tempDir } from '../helpers/temp-dir';

describe('the lwu command line', () => {
  it('lists every API channel', async () => {
    const r = await lwu(tempDir(), ['channels']);
    expect(r.status).toBe(0);
    expect(r.stdout.trim().split('\n')).toEqual(channels);
  });

  it('runs a channel through the dispatcher and prints JSON, creating the database in --data-dir', async () => {
    const dir = tempDir();
    const r = await lwu(dir, ['call', 'app.info', '{}']);
    expect(r.status).toBe(0);
    const info = JSON.parse(r.stdout);
    expect(info.databaseFile).toBe(path.join(dir, 'lwu-desk.sqlite'));
    expect(fs.existsSync(info.databaseFile)).toBe(true);
  });

  it('exits non-zero with the translated message on a bad input', async () => {
    const dir = tempDir();
    const en = await lwu(dir, ['call', 'settings.setLanguage', '{"language":"fr"}']);
    expect(en.status).not.toBe(0);
    expect(en.stderr).toContain('Some information is missing or not valid: language.');
    const lo = await lwu(dir, ['call', 'settings.setLanguage', 'not json'], { LWU_LANG: 'lo' });
    expect(lo.status).not.toBe(0);
    expect(lo.stderr).toContain('ຂໍ້ມູນບາງຢ່າງຂາດ ຫຼື ບໍ່ຖືກຕ້ອງ');
  });

  it('refuses to start on a damaged database and says which file', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'lwu-desk.sqlite'), 'not a database at all '.repeat(100));
    const r = await lwu(dir, ['call', 'app.info']);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain(`The database file ${path.join(dir, 'lwu-desk.sqlite')} is damaged`);
  });

  it('uses LWU_DATA_DIR when --data-dir is not given', async () => {
    const dir = tempDir();
    const r = await lwu(null, ['call', 'app.info'], { LWU_DATA_DIR: dir });
    expect(JSON.parse(r.stdout).dataDir).toBe(dir);
  });
});

describe('lwu demo and lwu backup', () => {
  it('loads the demo once, and writes a backup that opens with the same data', async () => {
    const dir = tempDir();
    const first = await lwu(dir, ['demo']);
    expect(first.status).toBe(0);
    expect(JSON.parse(first.stdout)).toEqual({ people: 74, teams: 12, villages: 26 });
    const again = await lwu(dir, ['demo']);
    expect(again.status).not.toBe(0);
    expect(again.stderr).toContain('Demo data can only be loaded into an empty database');

    const out = path.join(tempDir(), 'backup.sqlite');
    expect((await lwu(dir, ['backup', '--out', out])).status).toBe(0);
    const restoredDir = tempDir();
    fs.copyFileSync(out, path.join(restoredDir, 'lwu-desk.sqlite'));
    const status = await lwu(restoredDir, ['call', 'demo.status']);
    expect(JSON.parse(status.stdout)).toMatchObject({ people: 74, teams: 12 });
    const refused = await lwu(dir, ['backup', '--out', out]);
    expect(refused.status).not.toBe(0);
    expect(refused.stderr).toContain('already exists');
  });
});
