/**
 * Sync figures for `npm run bench` (issue 7): export and import of about 100,000 change messages, each next to
 * a baseline measured in the same run: export against gzip plus age over the same body bytes; import against
 * one plain knex batch insert of the same data rows (the target) and, labelled apart, of every row an
 * import stores (data, change_log, field_clock); and the peak memory of a separate import process.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { Encrypter } from 'age-encryption';
import { startBackend } from '../electron/backend';
import { openDatabase } from '../electron/db/connection';
import { referenceId } from '../electron/reference/reference';
import { acceptRequest, completeEnrollment, createRequest } from '../electron/sync/enrollment';
import { encodeBody, exportPackage } from '../electron/sync/export';
import { initOffice } from '../electron/sync/identity';
import { outgoingFor } from '../electron/sync/outgoing';
import { requirePeer } from '../electron/sync/peers';
import { insertRows } from '../electron/sync/write-path';

const MESSAGES = 100_000;
const FIELDS_PER_PERSON = 9; // the six given below plus created_at, updated_at, deleted_at

async function timed<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const start = process.hrtime.bigint();
  const out = await fn();
  return [Number(process.hrtime.bigint() - start) / 1e6, out];
}

const tmp = (label: string) => fs.mkdtempSync(path.join(os.tmpdir(), `lwu-bench-${label}-`));

async function office(code: string) {
  const dir = tmp(code);
  const backend = await startBackend({ dataDir: dir, transport: 'cli' });
  await initOffice(backend.ctx.db, backend.ctx.keyProtectors[0], { code, level: code === 'LA-CENTRAL' ? 'central' : 'provincial', name: code });
  return { dir, backend, db: backend.ctx.db, keys: backend.ctx.keyProtectors };
}

/** Imports in a child process, so its peak memory is the import's own (not this script's). */
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
  const reply = await acceptRequest(central.db, central.keys, (await createRequest(province.db, province.keys)).fileText);
  await completeEnrollment(province.db, reply.fileText);
  const people = Array.from({ length: Math.ceil(MESSAGES / FIELDS_PER_PERSON) }, (_, i) => ({
    name_lo: `ນາງ ທົດສອບ ${i}`,
    name_en: `Test ${i}`,
    sex: 'f',
    office_level: 'district',
    province_id: referenceId('province', 'LA-BL'),
    status: 'active',
  }));
  await insertRows(province.db, 'person', people);

  // Baseline for export: the same body bytes, gzip'd and age-encrypted, nothing else.
  const { lines } = await outgoingFor(province.db, await requirePeer(province.db, 'LA-CENTRAL'));
  const plain = encodeBody(lines);
  const [gzipAgeMs] = await timed(async () => {
    const e = new Encrypter();
    e.addRecipient((await central.db('sync_office').first()).age_recipient);
    return e.encrypt(gzipSync(plain));
  });
  const stick = tmp('stick');
  const [exportMs, pkg] = await timed(() => exportPackage(province.db, province.keys, { to: 'LA-CENTRAL', dir: stick }));

  // Baselines for import, each a plain knex batch insert in a fresh database. Strict: only the data rows.
  // Same rows stored: everything an import writes by design, the data rows plus one change_log row per
  // message (kept for relay) and one field_clock row per field (per-field last-writer-wins), in one
  // transaction as the import does.
  const rows = (await province.db('person').select('*')) as Array<Record<string, unknown>>;
  const logRows = (await province.db('change_log').orderBy('seq').select('table_name', 'row_id', 'column_name', 'value', 'hlc')).map((r) => ({ ...r, origin: 'LA-BL' }));
  const clockRows = (await province.db('field_clock').select('table_name', 'row_id', 'column_name', 'hlc')) as Array<Record<string, unknown>>;
  const strict = await openDatabase(tmp('baseline'));
  const [batchInsertMs] = await timed(() => strict.db.batchInsert('person', rows, 400));
  await strict.db.destroy();
  const same = await openDatabase(tmp('baseline-same'));
  const [sameRowsMs] = await timed(() =>
    same.db.transaction(async (trx) => {
      await same.db.batchInsert('person', rows, 400).transacting(trx);
      await same.db.batchInsert('change_log', logRows, 400).transacting(trx);
      await same.db.batchInsert('field_clock', clockRows, 400).transacting(trx);
    }),
  );
  await same.db.destroy();
  const storedRows = rows.length + logRows.length + clockRows.length;

  await Promise.all([central.backend.close(), province.backend.close()]);
  const imported = importInChild(central.dir, pkg.path!);
  return {
    messages: lines.length,
    packageBytes: pkg.bytes.length,
    export: { ms: Math.round(exportMs), gzipAgeMs: Math.round(gzipAgeMs), ratio: +(exportMs / gzipAgeMs).toFixed(2), target: 1.5 },
    // The target is against the strict baseline; the second ratio shows the cost beyond storing what
    // an import stores by design.
    import: {
      ms: Math.round(imported.ms),
      batchInsertMs: Math.round(batchInsertMs),
      ratio: +(imported.ms / batchInsertMs).toFixed(2),
      target: 2,
      dataRows: rows.length,
      sameRowsBatchInsertMs: Math.round(sameRowsMs),
      sameRowsRatio: +(imported.ms / sameRowsMs).toFixed(2),
      sameRows: { data: rows.length, changeLog: logRows.length, fieldClock: clockRows.length, total: storedRows },
    },
    importPeakMemoryMb: { value: Math.round(imported.maxRssMb), target: 400 },
  };
}
