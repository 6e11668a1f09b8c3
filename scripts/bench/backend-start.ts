/**
 * How long the backend takes to start in a fresh process, and the heap it then holds, against a process that
 * only opens the same SQLite file with knex. The backend is bundled as the app's main process is (esbuild,
 * packages external), so the figure is the desktop app's, without tsx compiling TypeScript. What only some
 * screens need (Excel, Word) is loaded when first used: this figure grows if one of them is imported eagerly.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { mainProcessOptions } from '../main-process-build.mjs';
import { median } from './common';

const RUNS = 5;

/** Runs code in a fresh Node process in the project's folder, where the bundle's require() finds node_modules. */
function child(code: string): { ms: number; heapMb: number } {
  const r = spawnSync(process.execPath, ['--expose-gc', '-e', `(async () => { ${code} })()`], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout.trim().split('\n').pop()!);
}

const report = (t: string) => `gc(); console.log(JSON.stringify({ ms: performance.now() - ${t}, heapMb: process.memoryUsage().heapUsed / 1e6 }));`;

export async function benchBackendStart() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lwu-bench-start-'));
  // Beside node_modules, so that the bundle's require() of each package resolves as the app's does.
  const out = path.resolve('dist-bench-backend.cjs');
  await build({ ...mainProcessOptions, entryPoints: ['electron/backend.ts'], outfile: out, logLevel: 'error' });
  const data = path.join(dir, 'data');
  const backend = () => child(`const t = performance.now(); const b = await require(${JSON.stringify(out)}).startBackend({ dataDir: ${JSON.stringify(data)}, transport: 'cli' }); ${report('t')} await b.close();`);
  const knexOnly = () =>
    child(`const t = performance.now(); const db = require('knex')({ client: 'sqlite3', connection: { filename: ${JSON.stringify(path.join(data, 'lwu-desk.sqlite'))} }, useNullAsDefault: true }); await db.raw('select count(*) from person'); ${report('t')} await db.destroy();`);
  try {
    backend(); // creates and migrates the database, so that each timed start opens an existing one
    const starts = Array.from({ length: RUNS }, () => [backend(), knexOnly()] as const);
    const ms = median(starts.map(([b]) => b.ms));
    const baselineMs = median(starts.map(([, k]) => k.ms));
    return {
      ms: Math.round(ms),
      heapMb: Math.round(median(starts.map(([b]) => b.heapMb))),
      baseline: 'knex opening the same database in a fresh process',
      baselineMs: Math.round(baselineMs),
      baselineHeapMb: Math.round(median(starts.map(([, k]) => k.heapMb))),
      ratio: +(ms / baselineMs).toFixed(2),
    };
  } finally {
    fs.rmSync(out, { force: true });
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
