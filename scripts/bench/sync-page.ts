/**
 * The Sync page at central on the national data set (DESIGN.md section 5), with every province enrolled: the
 * count of unacknowledged messages per province is most of its cost. Each figure follows an edit, so that no
 * count kept from before can serve, except where it says it is opened again. Measured when no province has
 * acknowledged anything (just after enrolling them all: the worst case) and when each has acknowledged all
 * but its last 1,000 log entries (the usual case), against counting each province's pending range without
 * any scope, the floor of reading it once.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { provinces } from '../../electron/reference/reference-data';
import { pendingCount } from '../../electron/sync/outgoing';
import { requirePeer } from '../../electron/sync/peers';
import { syncStatus } from '../../electron/sync/status';
import { updateRow } from '../../electron/sync/write-path';
import { benchOffice, elapsed, enrollBench } from './common';
import { generateNationalRoster } from './national-roster';

export async function benchSyncPage() {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'lwu-bench-page-'));
  const central = await benchOffice('LA-CENTRAL', path.join(root, 'LA-CENTRAL'));
  const db = central.ctx.db;
  await generateNationalRoster(db);
  for (const p of provinces) {
    const office = await benchOffice(p.code, path.join(root, p.code));
    await enrollBench(central, office);
    await office.close();
  }
  const someone = (await db('person').first('id')).id;
  let edits = 0;
  // A count is kept until the log grows: each measure follows an edit, as a view after an import would.
  const measure = async (edit = true) => {
    if (edit) await updateRow(db, 'person', someone, { notes: `edit ${++edits}` });
    const peers = await db('sync_peer').select('acked_change_seq');
    const baseline = await elapsed(async () => {
      for (const p of peers) await db('change_log').where('seq', '>', p.acked_change_seq).count({ n: '*' });
    });
    let messages = 0;
    // What the page asks for: its status, then each peer's count.
    const page = await elapsed(async () => {
      const status = await syncStatus(db, central.ctx.keyProtectors);
      messages = 0;
      for (const p of status.peers) messages += await pendingCount(db, await requirePeer(db, p.code));
    });
    return { ms: Math.round(page), baselineMs: Math.round(baseline), ratio: +(page / baseline).toFixed(1), messages };
  };
  await measure(); // warm-up
  const nothingAcknowledged = await measure();
  const openedAgain = await measure(false);
  const max = Number((await db('change_log').max({ m: 'seq' }).first())?.m ?? 0);
  await db('sync_peer').update({ acked_change_seq: max - 1000 });
  const lastThousandPending = await measure();
  await central.close();
  fs.rmSync(root, { recursive: true, force: true });
  return {
    provinces: provinces.length,
    logEntries: max,
    baseline: 'count(*) of each province’s pending range, no scope',
    nothingAcknowledged,
    // The same page again with nothing changed in between (after writing a package, say): the kept counts.
    nothingAcknowledgedOpenedAgain: openedAgain,
    lastThousandPending,
  };
}
