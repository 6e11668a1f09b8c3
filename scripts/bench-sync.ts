/**
 * Sync figures for `npm run bench` (issue 7): export and import of about 100,000 change messages, each next to
 * a baseline measured in the same run. Export against gzip plus age over the same body bytes. Import against
 * one plain knex batch insert of the same 100,000 messages as rows (the target), and, labelled apart,
 * of the data rows alone and of every row an import stores (data and change_log). Each time is the median of
 * RUNS, baselines too: single runs on a shared two-core PC vary by half, so each export and each import runs
 * right after its baseline, in this process, once all are warm. Peak memory is that of a separate import
 * process, whose time (cold: its first import) is reported beside.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PerformanceObserver, constants, performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { Encrypter } from 'age-encryption';
import { startBackend } from '../electron/backend';
import { openDatabase } from '../electron/db/connection';
import { referenceId } from '../electron/reference/reference';
import { ageEncrypt } from '../electron/sync/age-payload';
import { exportPackage } from '../electron/sync/export';
import { importPackage } from '../electron/sync/import';
import { outgoingFor, wholeBody } from '../electron/sync/outgoing';
import { requirePeer } from '../electron/sync/peers';
import { insertRows } from '../electron/sync/write-path';
import { benchOffice, enrollBench, median, timed } from './bench/common';

const MESSAGES = 100_000;
const FIELDS_PER_PERSON = 9; // the six given below plus created_at, updated_at, deleted_at
const RUNS = 5;


/**
 * Garbage left by one timed run must not be collected during the next (npm run bench exposes gc): a 100,000
 * message import leaves hundreds of megabytes, which would otherwise slow the baseline after it.
 */
const collectGarbage = () => (globalThis as { gc?: () => void }).gc?.();

/** Start times of V8's major collections that were not forced by gc(), as the process runs. */
const majorGcStarts: number[] = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) {
    const detail = (e as PerformanceEntry & { detail: { kind: number; flags: number } }).detail;
    if (detail.kind === constants.NODE_PERFORMANCE_GC_MAJOR && !(detail.flags & constants.NODE_PERFORMANCE_GC_FLAGS_FORCED)) majorGcStarts.push(e.startTime);
  }
}).observe({ entryTypes: ['gc'] });

/**
 * What V8 and the operating system did while fn ran: the major collections that began, and the pages the
 * process touched for the first time (minor page faults, about 10 microseconds each on this VM). They showed
 * what made exports slow until each part of the body was given back once compressed (release-buffer.ts): its
 * 16 MB of buffers, which V8 counts against its heap's limit, set V8 marking the whole heap during about half
 * the exports, on the cores gzip and SQLite were using (the limit is low after the gc() before each run), and
 * after the bench's earlier parts cost the main thread about a thousand fresh pages per export.
 */
async function withCosts<T>(fn: () => Promise<[number, T]>): Promise<{ ms: number; out: T; majorGcs: number; pageFaults: number }> {
  const from = performance.now();
  const faults = process.resourceUsage().minorPageFault;
  const [ms, out] = await fn();
  const pageFaults = process.resourceUsage().minorPageFault - faults;
  const to = performance.now();
  // A gc entry reaches the observer a little after the collection.
  await new Promise((resolve) => setTimeout(resolve, 10));
  return { ms, out, majorGcs: majorGcStarts.filter((t) => t >= from && t <= to).length, pageFaults };
}

/**
 * Median times of two functions run turn about, RUNS times each after one warm-up of each (as the reports
 * bench does: code compiled, caches filled), what the second returned first, each run's ratio of the
 * second to the first, so that a reader sees the spread behind the median, and what V8 and the operating
 * system did during each run of the second (withCosts). Each function times itself, so that what it must
 * set up first (a fresh database) stays out of the figure.
 */
async function pairedMedians<T>(
  baseline: () => Promise<number>,
  measured: () => Promise<[number, T]>,
): Promise<{ baseMs: number; ms: number; first: T; runRatios: number[]; runMajorGcs: number[]; runPageFaults: number[] }> {
  const [base, times, gcs, faults]: [number[], number[], number[], number[]] = [[], [], [], []];
  let first: T | undefined;
  await baseline();
  await measured();
  for (let i = 0; i < RUNS; i++) {
    collectGarbage();
    base.push(await baseline());
    collectGarbage();
    const run = await withCosts(measured);
    times.push(run.ms);
    gcs.push(run.majorGcs);
    faults.push(run.pageFaults);
    if (i === 0) first = run.out;
  }
  return { baseMs: median(base), ms: median(times), first: first as T, runRatios: times.map((t, i) => +(t / base[i]).toFixed(2)), runMajorGcs: gcs, runPageFaults: faults };
}

/** One plain knex batch insert of rows into tables of a fresh database, in one transaction: the insert alone. */
async function batchInsertOnce(tables: Array<[string, Array<Record<string, unknown>>]>): Promise<number> {
  const dir = tmp('baseline');
  const fresh = await openDatabase(dir);
  const [ms] = await timed(() =>
    fresh.db.transaction(async (trx) => {
      for (const [table, rows] of tables) await fresh.db.batchInsert(table, rows, 400).transacting(trx);
    }),
  );
  await fresh.db.destroy();
  fs.rmSync(dir, { recursive: true, force: true });
  return ms;
}

/** The median of RUNS batch inserts. */
async function batchInsert(tables: Array<[string, Array<Record<string, unknown>>]>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) times.push(await batchInsertOnce(tables));
  return median(times);
}

/** One import into a fresh copy of an office's data folder, in this process: the import alone. */
async function importOnce(dataDir: string, file: string): Promise<[number, number]> {
  const dir = tmp('central-copy');
  fs.cpSync(dataDir, dir, { recursive: true });
  const backend = await startBackend({ dataDir: dir, transport: 'cli' });
  const bytes = fs.readFileSync(file);
  const [ms, r] = await timed(() => importPackage(backend.ctx.db, backend.ctx.keyProtectors, path.basename(file), bytes, { appVersion: backend.ctx.version }));
  await backend.close();
  fs.rmSync(dir, { recursive: true, force: true });
  if (r.applied < MESSAGES * 0.99) throw new Error(`import applied only ${r.applied} messages`);
  return [ms, r.applied];
}

const tmp = (label: string) => fs.mkdtempSync(path.join(os.tmpdir(), `lwu-bench-${label}-`));

async function office(code: string) {
  const dir = tmp(code);
  const backend = await benchOffice(code, dir);
  return { dir, backend, db: backend.ctx.db, keys: backend.ctx.keyProtectors };
}

/**
 * Imports in a child process, so that its peak memory is the import's own (not this script's). Its time is
 * also reported: a first import in a fresh process, before the JIT has compiled anything.
 */
function importInChild(dataDir: string, file: string): { ms: number; maxRssMb: number } {
  const code = `
    const { startBackend } = await import(${JSON.stringify(path.resolve('electron/backend.ts'))});
    const { importPackage } = await import(${JSON.stringify(path.resolve('electron/sync/import.ts'))});
    const fs = await import('node:fs');
    const b = await startBackend({ dataDir: ${JSON.stringify(dataDir)}, transport: 'cli' });
    const bytes = fs.readFileSync(${JSON.stringify(file)});
    const t = process.hrtime.bigint();
    const r = await importPackage(b.ctx.db, b.ctx.keyProtectors, 'bench.lwusync', bytes, { appVersion: b.ctx.version });
    const ms = Number(process.hrtime.bigint() - t) / 1e6;
    await b.close();
    console.log(JSON.stringify({ ms, applied: r.applied, maxRssMb: process.resourceUsage().maxRSS / 1024 }));`;
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], { encoding: 'utf8', maxBuffer: 1 << 24 });
  if (r.status !== 0) throw new Error(r.stderr);
  const out = JSON.parse(r.stdout.trim().split('\n').pop()!);
  if (out.applied < MESSAGES * 0.99) throw new Error(`import applied only ${out.applied} messages`);
  return { ms: out.ms, maxRssMb: out.maxRssMb };
}

export async function benchSync() {
  const [central, province] = [await office('LA-CENTRAL'), await office('LA-BL')];
  await enrollBench(central.backend, province.backend);
  const people = Array.from({ length: Math.ceil(MESSAGES / FIELDS_PER_PERSON) }, (_, i) => ({
    name_lo: `ນາງ ທົດສອບ ${i}`,
    name_en: `Test ${i}`,
    sex: 'f',
    office_level: 'district',
    province_id: referenceId('province', 'LA-BL'),
    status: 'active',
  }));
  await insertRows(province.db, 'person', people);

  // Baseline for export: the same body bytes, gzip'd and age-encrypted, nothing else. Every export holds the
  // same messages, since central acknowledges none of them here.
  const { bytes: plain, messages } = await wholeBody(await outgoingFor(province.db, await requirePeer(province.db, 'LA-CENTRAL')));
  const recipient = (await central.db('sync_office').first()).age_recipient;
  const stick = tmp('stick');
  // The same gzip with the age encryption the export itself uses (the library's header, OpenSSL's payload:
  // age-payload.ts), timed after each baseline: a stricter baseline, since the library's payload cipher in
  // JavaScript is the slower part of the first.
  const fastAgeBaselines: number[] = [];
  // Each export right after its baseline, so that both see the machine in the same state.
  const exported = await pairedMedians(
    async () => {
      const [gzipMs, compressed] = await timed(async () => gzipSync(plain));
      const [ageMs] = await timed(async () => {
        const e = new Encrypter();
        e.addRecipient(recipient);
        return e.encrypt(compressed);
      });
      fastAgeBaselines.push(gzipMs + (await timed(() => ageEncrypt(compressed, [recipient])))[0]);
      return gzipMs + ageMs;
    },
    () => timed(() => exportPackage(province.db, province.keys, { to: 'LA-CENTRAL', dir: stick })),
  );
  const pkg = exported.first;
  const gzipFastAgeMs = median(fastAgeBaselines.slice(1)); // the first is the warm-up's

  // Baselines for import, each a plain knex batch insert into a fresh database: the same messages as rows of
  // the log (the target), each right before an import, so that both see the machine in the same
  // state; and, for comparison, the data rows alone, and both, which is everything an import stores.
  const rows = (await province.db('person').select('*')) as Array<Record<string, unknown>>;
  const logRows = (await province.db('change_log').orderBy('seq').select('table_name', 'row_id', 'column_name', 'value', 'hlc')).map((r) => ({ ...r, origin: 'LA-BL' }));
  await Promise.all([central.backend.close(), province.backend.close()]);
  // Each import into its own copy of central as it was before any import.
  const imported = await pairedMedians(
    () => batchInsertOnce([['change_log', logRows]]),
    () => importOnce(central.dir, pkg.path!),
  );
  const dataRowsMs = await batchInsert([['person', rows]]);
  const storedRowsMs = await batchInsert([
    ['person', rows],
    ['change_log', logRows],
  ]);
  // Peak memory: the highest of three separate import processes, each into its own copy of central.
  const children = Array.from({ length: 3 }, () => {
    const dir = tmp('central-copy');
    fs.cpSync(central.dir, dir, { recursive: true });
    const child = importInChild(dir, pkg.path!);
    fs.rmSync(dir, { recursive: true, force: true });
    return child;
  });
  const importMs = imported.ms;
  const ratio = (ms: number) => +(importMs / ms).toFixed(2);
  return {
    messages,
    packageBytes: pkg.bytes.length,
    export: {
      ms: Math.round(exported.ms),
      baseline: 'gzip + age over the same body bytes',
      gzipAgeMs: Math.round(exported.baseMs),
      ratio: +(exported.ms / exported.baseMs).toFixed(2),
      target: 1.5,
      runRatios: exported.runRatios,
      runMajorGcs: exported.runMajorGcs,
      runPageFaults: exported.runPageFaults,
      // Against gzip and this app's own age encryption (age-payload.ts).
      gzipFastAgeMs: Math.round(gzipFastAgeMs),
      ratioToFastAge: +(exported.ms / gzipFastAgeMs).toFixed(2),
    },
    import: {
      ms: Math.round(importMs),
      baseline: 'one knex batchInsert of the same messages as change_log rows',
      // Since 19d52a8; before, the import was timed cold in a child process against this warm baseline.
      timing: 'both warm, in this process, each import right after its baseline',
      batchInsertMs: Math.round(imported.baseMs),
      ratio: ratio(imported.baseMs),
      runRatios: imported.runRatios,
      runMajorGcs: imported.runMajorGcs,
      runPageFaults: imported.runPageFaults,
      target: 2,
      baselineRows: logRows.length,
      // For comparison: the data rows the messages make, and every row an import stores.
      dataRowsOnly: { rows: rows.length, batchInsertMs: Math.round(dataRowsMs), ratio: ratio(dataRowsMs) },
      storedRows: { rows: rows.length + logRows.length, batchInsertMs: Math.round(storedRowsMs), ratio: ratio(storedRowsMs) },
      // The first import in a fresh process (as the first after starting the app), where the JIT has yet
      // to compile anything; the baseline above ran warm, as the import beside it does.
      firstInFreshProcessMs: Math.round(median(children.map((c) => c.ms))),
    },
    importPeakMemoryMb: { value: Math.round(Math.max(...children.map((c) => c.maxRssMb))), target: 400 },
  };
}
