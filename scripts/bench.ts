/**
 * `npm run bench`: speed and memory figures, each printed with a baseline measured in the same run on the
 * same machine, so a figure is a ratio that holds on a noisy PC. Targets live here, never in tests.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../electron/db/connection';
import { insertRow, insertRows } from '../electron/sync/write-path';
import { benchSync } from './bench-sync';

async function timed<T>(fn: () => Promise<T>): Promise<number> {
  const start = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

async function writePath(rows: number) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lwu-bench-'));
  const { db } = await openDatabase(dir);
  const values = (i: number) => ({ code: `bench-${i}`, name_lo: `ອົງການ ${i}`, name_en: `Organisation ${i}`, sort_order: i });
  const baselineMs = await timed(() =>
    db.transaction(async (trx) => {
      const now = new Date().toISOString();
      for (let i = 0; i < rows; i += 100) {
        await trx('organisation').insert(
          Array.from({ length: Math.min(100, rows - i) }, (_, k) => ({ id: `b-${i + k}`, ...values(i + k), created_at: now, updated_at: now })),
        );
      }
    }),
  );
  await db('organisation').where('code', 'like', 'bench-%').delete();
  const measuredMs = await timed(() =>
    db.transaction(async (trx) => {
      for (let i = 0; i < rows; i++) await insertRow(trx, 'organisation', values(i));
    }),
  );
  await db('organisation').where('code', 'like', 'bench-%').delete();
  const batchMs = await timed(() => insertRows(db, 'organisation', Array.from({ length: rows }, (_, i) => values(i))));
  await db.destroy();
  fs.rmSync(dir, { recursive: true, force: true });
  return {
    rows,
    baselineMs: Math.round(baselineMs),
    oneByOne: { ms: Math.round(measuredMs), ratio: +(measuredMs / baselineMs).toFixed(2) },
    batched: { ms: Math.round(batchMs), ratio: +(batchMs / baselineMs).toFixed(2) },
  };
}

const results = {
  machine: { cpus: os.cpus().length, node: process.version },
  // Every replicated insert through the single write path (row + 7 change messages + field clocks)
  // against a plain batched insert of the same rows.
  writePathInsert: await writePath(5000),
  // Issue 7: export and import of 100,000 change messages against gzip+age and a plain batch insert.
  sync: await benchSync(),
};
console.log(JSON.stringify(results, null, 2));
