import fs from 'node:fs';
import { afterAll, beforeAll } from 'vitest';
import path from 'node:path';
import { type Backend, startBackend } from '../../electron/backend';
import { referenceId } from '../../electron/reference/reference';
import { databaseHash } from '../../electron/sync/db-hash';
import { acceptRequest, completeEnrollment, createRequest } from '../../electron/sync/enrollment';
import { exportPackage } from '../../electron/sync/export';
import { initOffice } from '../../electron/sync/identity';
import { type PackageResult, importPackage } from '../../electron/sync/import';
import { AppError } from '../../shared/errors';
import { tempDir } from './temp-dir';

/** One office: its own data folder, a real SQLite file, its own keys. */
export interface Office {
  code: string;
  dir: string;
  backend: Backend;
  db: Backend['ctx']['db'];
}

export async function openOffice(code: string): Promise<Office> {
  const dir = tempDir(`lwu-${code}`);
  const backend = await startBackend({ dataDir: dir, transport: 'cli' });
  const central = code === 'LA-CENTRAL';
  await initOffice(backend.ctx.db, backend.ctx.keyProtectors[0], { code, level: central ? 'central' : 'provincial', name: `Office ${code}` });
  return { code, dir, backend, db: backend.ctx.db };
}

/** The enrollment round trip, through the same functions as the screens and the CLI. */
export async function enroll(central: Office, province: Office): Promise<void> {
  const request = await createRequest(province.db, province.backend.ctx.keyProtectors);
  const reply = await acceptRequest(central.db, central.backend.ctx.keyProtectors, request.fileText);
  await completeEnrollment(province.db, reply.fileText);
}

/** Central and Bolikhamxay, enrolled with each other: opened before a test file's tests, closed after them. */
export function enrolledPair(): { central: Office; bl: Office } {
  const pair = {} as { central: Office; bl: Office };
  beforeAll(async () => {
    [pair.central, pair.bl] = [await openOffice('LA-CENTRAL'), await openOffice('LA-BL')];
    await enroll(pair.central, pair.bl);
  });
  afterAll(async () => {
    await Promise.all([pair.central?.backend.close(), pair.bl?.backend.close()]);
  });
  return pair;
}

/** Opens offices for a test file's tests, as many as they ask for, and closes them all after the last. */
export function officesForThisFile(): (code: string) => Promise<Office> {
  const opened: Office[] = [];
  afterAll(async () => {
    for (const o of opened) await o.backend.close();
  });
  return async (code) => {
    const o = await openOffice(code);
    opened.push(o);
    return o;
  };
}

/** The code of the AppError a promise is refused with, or 'no error'. */
export const refusalOf = (p: Promise<unknown>) => p.then(() => 'no error', (e: unknown) => (e instanceof AppError ? e.code : String(e)));

/** Writes the next package from one office to another into a folder (the USB stick); returns its path. */
export async function send(from: Office, to: Office, stick: string): Promise<string> {
  const r = await exportPackage(from.db, from.backend.ctx.keyProtectors, { to: to.code, dir: stick });
  return r.path!;
}

export async function receive(office: Office, file: string, opts: { dryRun?: boolean; now?: number } = {}): Promise<PackageResult> {
  return importPackage(office.db, office.backend.ctx.keyProtectors, path.basename(file), fs.readFileSync(file), {
    appVersion: office.backend.ctx.version,
    ...opts,
  });
}

export const hash = (o: Office, scope?: string) => databaseHash(o.db, scope);
export const provinceId = (code: string) => referenceId('province', code);

export function person(province: string, name: string) {
  return { name_lo: name, name_en: name, sex: 'f', office_level: 'provincial', province_id: provinceId(province), status: 'active' };
}
