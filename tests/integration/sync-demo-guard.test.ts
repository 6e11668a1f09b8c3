/**
 * Demo data is made up: it must never travel. An office set up on a PC refuses to load it; a database that
 * holds it (loaded before the office was set up) can neither enroll nor write a package, so its invented
 * trainers of every province cannot reach central.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { startBackend } from '../../electron/backend';
import { demoId, demoStatus, loadDemo } from '../../electron/roster/demo';
import { removeDemo } from '../../electron/roster/demo-removal';
import { createRequest, reviewRequest } from '../../electron/sync/enrollment';
import { exportPackage } from '../../electron/sync/export';
import { initOffice } from '../../electron/sync/identity';
import { enroll, officesForThisFile, refusalOf } from '../helpers/offices';
import { tempDir } from '../helpers/temp-dir';

const office = officesForThisFile();
const codeOf = refusalOf;
const fresh: Array<Awaited<ReturnType<typeof startBackend>>> = [];
afterAll(async () => {
  for (const b of fresh) await b.close();
});

describe('demo data and sync', () => {
  it('is neither offered nor loaded once this PC is set up as an office, enrolled or not', async () => {
    const bl = await office('LA-BL');
    expect(await demoStatus(bl.db)).toMatchObject({ empty: true, officeSetUp: true });
    expect(await codeOf(loadDemo(bl.db))).toBe('demo.officeSetUp');
    expect(await bl.db('person').count({ n: '*' }).first()).toEqual({ n: 0 });
  });

  it('keeps a database that holds it from enrolling, on either side', async () => {
    const central = await office('LA-CENTRAL');
    const withDemo = async (code: string, level: 'central' | 'provincial') => {
      const b = await startBackend({ dataDir: tempDir(`lwu-demo-${code}`), transport: 'cli' });
      fresh.push(b);
      await loadDemo(b.ctx.db); // tried before the office was set up
      await initOffice(b.ctx.db, b.ctx.keyProtectors[0], { code, level, name: code });
      return b;
    };
    const xa = await withDemo('LA-XA', 'provincial');
    expect(await codeOf(createRequest(xa.ctx.db, xa.ctx.keyProtectors))).toBe('sync.demoData');
    const demoCentral = await withDemo('LA-CENTRAL', 'central');
    const bl = await office('LA-VT');
    const real = await createRequest(bl.db, bl.backend.ctx.keyProtectors);
    expect(await codeOf(reviewRequest(demoCentral.ctx.db, real.fileText))).toBe('sync.demoData');
    expect(await demoCentral.ctx.db('sync_peer').count({ n: '*' }).first(), 'nobody enrolled').toEqual({ n: 0 });
    expect(await central.db('sync_peer').count({ n: '*' }).first()).toEqual({ n: 0 });

    // The way out: the demo removed (with what was added beside it), the same office enrolls, and its first
    // package carries no trace of the demo.
    const db = xa.ctx.db;
    await db('person').insert({ id: '0f0e0d0c-0b0a-4908-8706-050403020100', name_lo: 'ນາງ ແທ້', sex: 'f', office_level: 'provincial', status: 'active', created_at: '2026-01-01T00:00:00.000Z', updated_at: '2026-01-01T00:00:00.000Z' });
    const villagesBefore = Number((await db('village').count({ n: '*' }).first())?.n);
    expect(await removeDemo(db)).toEqual({ people: 75 });
    expect(await demoStatus(db)).toMatchObject({ empty: true, demo: false, people: 0, teams: 0 });
    for (const table of ['session', 'transfer', 'qualification', 'team_member', 'session_village']) expect(await db(table).count({ n: '*' }).first(), table).toEqual({ n: 0 });
    expect(Number((await db('village').count({ n: '*' }).first())?.n), 'the demo’s 26 villages, no other').toBe(villagesBefore - 26);
    expect(await db('province').count({ n: '*' }).first(), 'the shipped reference data stays').toEqual({ n: 18 });
    expect(await db('change_log').whereIn('table_name', ['person', 'team', 'session', 'village']).count({ n: '*' }).first()).toEqual({ n: 0 });
    expect(await codeOf(removeDemo(db)), 'nothing left to remove').toBe('demo.notLoaded');
    await enroll(central, { code: 'LA-XA', db, backend: xa } as never);
    const pkg = await exportPackage(db, xa.ctx.keyProtectors, { to: 'LA-CENTRAL', dir: null });
    expect(pkg.messages, 'nothing of the demo, nor of the roster it took with it').toBe(0);
  });

  it('keeps an enrolled office that holds it (an older install) from writing packages', async () => {
    const [central, xa] = [await office('LA-CENTRAL'), await office('LA-XA')];
    await enroll(central, xa);
    // Loaded by an older LWU Desk, which let an office load the demo: one of its rows is enough to be refused.
    await xa.db('person').insert({ id: demoId('person', 0), name_lo: 'ນາງ ຕົວຢ່າງ', sex: 'f', office_level: 'central', status: 'active', created_at: '2026-01-01T00:00:00.000Z', updated_at: '2026-01-01T00:00:00.000Z' });
    expect(await codeOf(exportPackage(xa.db, xa.backend.ctx.keyProtectors, { to: 'LA-CENTRAL', dir: tempDir('lwu-stick') }))).toBe('sync.demoData');
    expect(await xa.db('sync_outbox').count({ n: '*' }).first(), 'nothing recorded as sent').toEqual({ n: 0 });
    // Nor is it emptied: what central sent would go with the demo, and central would never send it again.
    const people = await xa.db('person').count({ n: '*' }).first();
    expect(await codeOf(removeDemo(xa.db))).toBe('demo.removeAfterSync');
    expect(await xa.db('person').count({ n: '*' }).first(), 'nothing removed').toEqual(people);
  });
});
