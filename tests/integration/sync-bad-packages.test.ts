import { tool } from '../helpers/processes';
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors';
import { type Manifest, SYNC_FORMAT } from '../../shared/sync-format';
import { MIN_READER } from '../../electron/sync/export';
import { importAll } from '../../electron/sync/import-batch';
import { encodeBody } from '../../electron/sync/outgoing';
import { exportIdentityFile, officeKeys } from '../../electron/sync/identity';
import { limits, packageSealer } from '../../electron/sync/package-file';
import { generateSigningKey, privateKeyFromDer, sha256Hex } from '../../electron/sync/signing';
import { insertRow } from '../../electron/sync/write-path';
import { type Office, enroll, hash, openOffice, person, receive, send } from '../helpers/offices';
import { tempDir } from '../helpers/temp-dir';

let central: Office;
let bl: Office;
let xa: Office;
let stranger: Office; // an office nobody enrolled
const stick = tempDir('lwu-bad');

beforeAll(async () => {
  [central, bl, xa, stranger] = await Promise.all([openOffice('LA-CENTRAL'), openOffice('LA-BL'), openOffice('LA-XA'), openOffice('LA-CH')]);
  await enroll(central, bl);
  await enroll(central, xa);
  await insertRow(central.db, 'person', person('LA-BL', 'ນາງ ສີ'));
  await insertRow(central.db, 'person', person('LA-XA', 'ນາງ ມະນີ'));
});
afterAll(async () => {
  for (const o of [central, bl, xa, stranger]) await o.backend.close();
});

const message = { table: 'person', rowId: '01a2b3c4-0000-7000-8000-000000000001', column: 'phone', value: '020 1234', hlc: `${String(Date.now()).padStart(15, '0')}-000000-abc` };

/** A package built by hand, as a forger or a broken program would: every part can be chosen. */
async function craft(opts: {
  from: Office;
  to: Office;
  manifest?: Partial<Manifest> & Record<string, unknown>;
  messages?: object[];
  body?: Buffer;
  signWith?: Office | 'fresh-key';
}): Promise<Buffer> {
  const messages = opts.messages ?? [message];
  const plain = encodeBody(messages.map((m) => JSON.stringify(m)));
  const body = opts.body ?? gzipSync(plain);
  const manifest = {
    format: SYNC_FORMAT,
    from: opts.from.code,
    to: opts.to.code,
    seq: 1000,
    created: new Date().toISOString(),
    ack: 0,
    counts: { messages: messages.length, bodyBytes: plain.length },
    bodySha256: sha256Hex(body),
    minAppVersion: MIN_READER.appVersion,
    minSchemaVersion: MIN_READER.schemaVersion,
    ...opts.manifest,
  };
  const signer = opts.signWith ?? opts.from;
  const signPrivate =
    signer === 'fresh-key' ? privateKeyFromDer(generateSigningKey().privateDer) : (await officeKeys(signer.db, signer.backend.ctx.keyProtectors)).signPrivate;
  const office = await opts.to.db('sync_office').first('age_recipient');
  return packageSealer(office.age_recipient).seal({ manifestBytes: Buffer.from(JSON.stringify(manifest)), body, signPrivate });
}

/** Imports bytes and returns the refusal's code; the replicated data and the receipts must not change. */
async function refusal(office: Office, bytes: Buffer): Promise<{ code: string; params: Record<string, unknown> }> {
  const file = path.join(stick, `case-${Math.random().toString(36).slice(2)}.lwusync`);
  fs.writeFileSync(file, bytes);
  const before = { hash: await hash(office), inbox: await office.db('sync_inbox').count({ n: '*' }).first() };
  const error = await receive(office, file).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error, 'the package must be refused').toBeInstanceOf(AppError);
  expect(await hash(office), 'a refused package changes no replicated row').toBe(before.hash);
  expect(await office.db('sync_inbox').count({ n: '*' }).first()).toEqual(before.inbox);
  return { code: (error as AppError).code, params: (error as AppError).params };
}

describe('bad packages are refused, each with its own message, and change nothing', () => {
  it('truncated while copying', async () => {
    const good = fs.readFileSync(await send(central, bl, stick));
    expect((await refusal(bl, good.subarray(0, Math.floor(good.length * 0.6)))).code).toBe('sync.truncated');
  });

  it('one byte flipped in the age payload', async () => {
    const bytes = Buffer.from(fs.readFileSync(await send(central, bl, stick)));
    bytes[bytes.length - 40] ^= 0x01;
    expect((await refusal(bl, bytes)).code).toBe('sync.damaged');
  });

  it('addressed to another office', async () => {
    const forXaFile = await send(central, xa, stick);
    const forXa = fs.readFileSync(forXaFile);
    expect((await refusal(bl, forXa)).code).toBe('sync.notForThisOffice');
    // Under the name export gave it, the message says whose package it is.
    const before = await hash(bl);
    expect(await receive(bl, forXaFile).catch((e: AppError) => ({ code: e.code, params: e.params }))).toEqual({ code: 'sync.addressedTo', params: { from: 'LA-CENTRAL', to: 'LA-XA' } });
    expect(await hash(bl)).toBe(before);
  });

  it('signed by an unknown key', async () => {
    expect(await refusal(bl, await craft({ from: central, to: bl, signWith: 'fresh-key' }))).toEqual({ code: 'sync.badSignature', params: { code: 'LA-CENTRAL' } });
  });

  it('signed by a known office but claiming to be another', async () => {
    const forged = await craft({ from: bl, to: central, signWith: xa });
    expect(await refusal(central, forged)).toEqual({ code: 'sync.senderMismatch', params: { claimed: 'LA-BL', actual: 'LA-XA' } });
  });

  it('from an office that is not enrolled, saying how to enroll', async () => {
    const r = await refusal(central, await craft({ from: stranger, to: central }));
    expect(r).toEqual({ code: 'sync.unknownSender', params: { code: 'LA-CH' } });
  });

  it('re-addressed: decrypted and re-encrypted for another office with the age tool', async () => {
    const forXa = await send(central, xa, stick);
    const identity = path.join(tempDir('lwu-id'), 'xa.txt');
    await exportIdentityFile(xa.db, xa.backend.ctx.keyProtectors, identity);
    const plain = await tool('age', ['-d', '-i', identity, forXa]);
    const blRecipient = (await bl.db('sync_office').first('age_recipient')).age_recipient;
    const reencrypted = await tool('age', ['-r', blRecipient], { input: plain });
    expect(await refusal(bl, reencrypted)).toEqual({ code: 'sync.readdressed', params: { to: 'LA-XA', office: 'LA-BL' } });
  });

  it('imported twice: says so and changes nothing', async () => {
    const file = await send(central, bl, stick);
    const first = await receive(bl, file);
    expect(first.status).toBe('imported');
    const before = await hash(bl);
    const second = await receive(bl, file);
    expect(second.status).toBe('alreadyImported');
    expect(await hash(bl)).toBe(before);
  });

  it('a message writing the keys, peers or settings tables, or a column outside the whitelist', async () => {
    for (const [table, column] of [['sync_peer', 'sign_public'], ['sync_office', 'age_recipient'], ['local_setting', 'value'], ['person', 'secret']]) {
      const bad = await craft({ from: central, to: bl, messages: [message, { ...message, table, column }] });
      expect(await refusal(bl, bad)).toEqual({ code: 'sync.notWhitelisted', params: { table, column } });
    }
  });

  it('a body that decompresses past the limit', async () => {
    const bomb = gzipSync(Buffer.alloc(limits.bodyBytes + 1024, 0x0a), { level: 9 });
    expect(bomb.length, 'a small file').toBeLessThan(1024 * 1024);
    expect((await refusal(bl, await craft({ from: central, to: bl, body: bomb }))).code).toBe('sync.bodyTooLarge');
  });

  it('a body that fails several checks is refused for the first in the design’s order', async () => {
    const lines = [JSON.stringify(message), '{"table": not json', JSON.stringify({ ...message, table: 'sync_peer' })];
    const plain = Buffer.from(`${lines.join('\n')}\n`);
    const body = gzipSync(plain);
    const counted = (messages: number) => craft({ from: central, to: bl, body, manifest: { counts: { messages, bodyBytes: plain.length } } });
    expect(await refusal(bl, await counted(4))).toEqual({ code: 'sync.badManifest', params: { fields: ['counts.messages'] } });
    expect(await refusal(bl, await counted(3))).toEqual({ code: 'sync.badMessage', params: { line: 2 } });
  });

  it('a future format version asks to update LWU Desk', async () => {
    expect(await refusal(bl, await craft({ from: central, to: bl, manifest: { format: 'lwu-sync/2' } }))).toEqual({ code: 'sync.futureFormat', params: { format: 'lwu-sync/2' } });
    expect((await refusal(bl, await craft({ from: central, to: bl, manifest: { minAppVersion: '9.0.0' } }))).code).toBe('sync.updateApp');
  });

  it('messages stamped far ahead of this office’s clock name the sender’s clock', async () => {
    const future = Date.now() + 3 * 24 * 3600 * 1000;
    const ahead = { ...message, hlc: `${String(future).padStart(15, '0')}-000000-abc` };
    const r = await refusal(bl, await craft({ from: central, to: bl, messages: [ahead] }));
    expect(r).toMatchObject({ code: 'sync.clockAhead', params: { office: 'LA-CENTRAL', theirClock: new Date(future).toISOString() } });
  });

  it('not a package at all', async () => {
    expect((await refusal(bl, Buffer.from('PK\u0003\u0004 a zip file, say'))).code).toBe('sync.notAPackage');
  });

  it('writes every refusal to the audit log with the file’s hash, and the sender once its signature was checked', async () => {
    const refused = await bl.db('sync_audit').where({ action: 'refused' });
    expect(refused.length).toBeGreaterThanOrEqual(10);
    expect(refused.every((r) => /^[0-9a-f]{64}$/.test(r.sha256))).toBe(true);
    const code = (r: { detail: string }) => JSON.parse(r.detail).code as string;
    expect(refused.find((r) => code(r) === 'sync.clockAhead'), 'refused for its clock: signed by central').toMatchObject({ peer_code: 'LA-CENTRAL', seq: 1000 });
    const unsigned = refused.filter((r) => ['sync.truncated', 'sync.notAPackage', 'sync.damaged'].includes(code(r)));
    expect(unsigned.length).toBeGreaterThan(0);
    expect(unsigned.map((r) => [r.peer_code, r.seq]), 'no signature checked: no sender named').toEqual(unsigned.map(() => [null, null]));
  });

  it('names the signer of a package refused by a check, as an import does', async () => {
    const future = Date.now() + 3 * 24 * 3600 * 1000;
    const bytes = await craft({ from: central, to: bl, manifest: { seq: 2000 }, messages: [{ ...message, hlc: `${String(future).padStart(15, '0')}-000000-abc` }] });
    const [outcome] = await importAll(bl.db, bl.backend.ctx.keyProtectors, [{ fileName: 'checked.lwusync', read: () => bytes }], { dryRun: true, appVersion: bl.backend.ctx.version });
    expect(outcome!.ok ? null : outcome!.error.code).toBe('sync.clockAhead');
    expect(await bl.db('sync_audit').where({ action: 'refused', file_name: 'checked.lwusync' }).first()).toMatchObject({ peer_code: 'LA-CENTRAL', seq: 2000 });
  });
});
