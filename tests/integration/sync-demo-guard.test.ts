/**
 * Demo data is made up: it must never travel. An enrolled office refuses to load it, and an office that holds
 * it refuses to write a package, so its invented trainers of every province cannot reach central.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../../electron/roster/demo';
import { exportPackage } from '../../electron/sync/export';
import { enroll, officesForThisFile, refusalOf } from '../helpers/offices';
import { tempDir } from '../helpers/temp-dir';

const office = officesForThisFile();
const codeOf = refusalOf;

describe('demo data and sync', () => {
  it('is not loaded into an office that exchanges packages', async () => {
    const [central, bl] = [await office('LA-CENTRAL'), await office('LA-BL')];
    await enroll(central, bl);
    expect(await codeOf(loadDemo(bl.db))).toBe('demo.officeEnrolled');
    expect(await bl.db('person').count({ n: '*' }).first()).toEqual({ n: 0 });
  });

  it('keeps an office that holds it from writing packages', async () => {
    const [central, xa] = [await office('LA-CENTRAL'), await office('LA-XA')];
    await loadDemo(xa.db);
    await enroll(central, xa);
    expect(await codeOf(exportPackage(xa.db, xa.backend.ctx.keyProtectors, { to: 'LA-CENTRAL', dir: tempDir('lwu-stick') }))).toBe('sync.demoData');
    expect(await xa.db('sync_outbox').count({ n: '*' }).first(), 'nothing recorded as sent').toEqual({ n: 0 });
  });
});
