/**
 * `npm run bench`: speed and memory figures, each printed with a baseline measured in the same run on the
 * same machine, so a figure is a ratio that holds on a noisy PC. Targets live here, never in tests.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../electron/db/connection';
import { insertRow, insertRows } from '../electron/sync/write-path';
import { searchRoster } from '../electron/roster/people';
import { capacityOverview } from '../electron/transfers/capacity-view';
import { loadCapacityState } from '../electron/transfers/capacity-state';
import { ensureReferenceData } from '../electron/reference/reference';
import { buildReport } from '../electron/reports/build-report';
import { renderDocx } from '../electron/reports/docx-render';
import { generateNationalRoster, nationalScale } from './bench/national-roster';
import { benchSync } from './bench-sync';
import { elapsed } from './bench/common';
import { benchSyncPage } from './bench/sync-page';
import { benchBackendStart } from './bench/backend-start';
import { generateNationalSessions, nationalSessions } from './bench/national-sessions';


async function writePath(rows: number) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lwu-bench-'));
  const { db } = await openDatabase(dir);
  const values = (i: number) => ({ code: `bench-${i}`, name_lo: `ອົງການ ${i}`, name_en: `Organisation ${i}`, sort_order: i });
  const baselineMs = await elapsed(() =>
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
  const measuredMs = await elapsed(() =>
    db.transaction(async (trx) => {
      for (let i = 0; i < rows; i++) await insertRow(trx, 'organisation', values(i));
    }),
  );
  await db('organisation').where('code', 'like', 'bench-%').delete();
  const batchMs = await elapsed(() => insertRows(db, 'organisation', Array.from({ length: rows }, (_, i) => values(i))));
  await db.destroy();
  fs.rmSync(dir, { recursive: true, force: true });
  return {
    rows,
    baselineMs: Math.round(baselineMs),
    oneByOne: { ms: Math.round(measuredMs), ratio: +(measuredMs / baselineMs).toFixed(2) },
    batched: { ms: Math.round(batchMs), ratio: +(batchMs / baselineMs).toFixed(2) },
  };
}

/**
 * The Trainers page at 20,000 people: the full roster query (teams, modules, overdue refreshers per person)
 * and a name search, against reading the bare person table in the same run.
 */
async function rosterAtScale(people: number) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lwu-bench-'));
  const { db } = await openDatabase(dir);
  const rows = Array.from({ length: people }, (_, i) => ({
    name_lo: `ນາງ ທົດສອບ ${i}`,
    name_en: `Test Person ${i}`,
    sex: 'f',
    office_level: 'district',
    status: 'active',
    phone: `020 ${5000 + (i % 4999)} ${String(i % 10000).padStart(4, '0')}`,
  }));
  const insertMs = await elapsed(() => insertRows(db, 'person', rows));
  const baselineMs = await elapsed(() => db('person').select('*'));
  const fullMs = await elapsed(() => searchRoster(db, {}));
  const searchMs = await elapsed(() => searchRoster(db, { query: 'test person 1234' }));
  const heapMb = Math.round(process.memoryUsage().heapUsed / 1e6);
  await db.destroy();
  fs.rmSync(dir, { recursive: true, force: true });
  return {
    people,
    insertMs: Math.round(insertMs),
    baselineSelectMs: Math.round(baselineMs),
    fullRoster: { ms: Math.round(fullMs), ratio: +(fullMs / baselineMs).toFixed(2) },
    nameSearch: { ms: Math.round(searchMs), ratio: +(searchMs / baselineMs).toFixed(2) },
    heapMb,
  };
}

/**
 * The Capacity page on the national data set: every team's size and module coverage with
 * suggestions, against just reading the rows it needs (the floor any implementation pays).
 */
async function capacityAtNationalScale() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lwu-bench-'));
  const { db } = await openDatabase(dir);
  // The curriculum: without its modules no team lacks one, and the module gaps went unmeasured.
  await ensureReferenceData(db);
  const generateMs = await elapsed(() => generateNationalRoster(db));
  const baselineMs = await elapsed(() => loadCapacityState(db));
  let overview: Awaited<ReturnType<typeof capacityOverview>> | undefined;
  const overviewMs = await elapsed(async () => {
    overview = await capacityOverview(db);
  });
  await db.destroy();
  fs.rmSync(dir, { recursive: true, force: true });
  return {
    scale: nationalScale,
    generateMs: Math.round(generateMs),
    baselineLoadMs: Math.round(baselineMs),
    overview: { ms: Math.round(overviewMs), ratio: +(overviewMs / baselineMs).toFixed(2), teamGaps: overview?.teams.length, moduleGapTeams: overview?.moduleGaps.length, moduleGaps: overview?.moduleGaps.reduce((n, g) => n + g.modules.length, 0) },
  };
}

/**
 * Word reports on the national data set (issue 6): a provincial monthly report (target < 1 s) and the central
 * consolidated report (target < 5 s), content model plus .docx, against reading the month's session rows.
 */
async function reportsAtNationalScale() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lwu-bench-'));
  const { db } = await openDatabase(dir);
  await ensureReferenceData(db); // provinces, organisations and modules the reports name
  await generateNationalRoster(db);
  await generateNationalSessions(db);
  const period = '2026-10';
  const baselineMs = await elapsed(() => db('session').whereBetween('start_date', ['2026-10-01', '2026-10-31']).select('*'));
  const make = (kind: 'monthly' | 'central', scope: string) => async () => {
    const doc = await buildReport(db, { kind, period, scope, language: 'lo' }, '2026-11-15');
    bytes = (await renderDocx(doc)).length;
  };
  let bytes = 0;
  await make('monthly', 'LA-VT')(); // warm-up: fonts read, statements prepared
  const monthlyMs = await elapsed(make('monthly', 'LA-VT'));
  const monthlyBytes = bytes;
  const centralMs = await elapsed(make('central', 'all'));
  await db.destroy();
  fs.rmSync(dir, { recursive: true, force: true });
  return {
    sessions: nationalSessions,
    baselineMonthSessionsMs: Math.round(baselineMs),
    monthlyProvincial: { ms: Math.round(monthlyMs), ratio: +(monthlyMs / baselineMs).toFixed(2), targetMs: 1000, bytes: monthlyBytes },
    centralConsolidated: { ms: Math.round(centralMs), ratio: +(centralMs / baselineMs).toFixed(2), targetMs: 5000, bytes },
  };
}

// `npm run bench -- --only sync` runs one part (start, sync, syncPage, writePath, roster, capacity, reports);
// `--only capacity,sync` runs several, in the order below.
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1].split(',') : null;
const part = async <T>(name: string, fn: () => Promise<T>): Promise<T | undefined> => (only === null || only.includes(name) ? fn() : undefined);

const results = {
  machine: { cpus: os.cpus().length, node: process.version },
  // The desktop app's backend starting in a fresh process: no target in the issues; watched so it does not grow.
  backendStart: await part('start', () => benchBackendStart()),
  // Every replicated insert through the single write path (row + 7 change messages + field clocks)
  // against a plain batched insert of the same rows.
  writePathInsert: await part('writePath', () => writePath(5000)),
  rosterAtScale: await part('roster', () => rosterAtScale(20_000)),
  capacityAtNationalScale: await part('capacity', () => capacityAtNationalScale()),
  // Issue 7: export and import of 100,000 change messages against gzip+age and a plain batch insert.
  sync: await part('sync', () => benchSync()),
  // The Sync page at central, every province enrolled: no target in the issue; watched so it does not grow.
  syncPageAtCentral: await part('syncPage', () => benchSyncPage()),
  reportsAtNationalScale: await part('reports', () => reportsAtNationalScale()),
};
console.log(JSON.stringify(results, null, 2));
