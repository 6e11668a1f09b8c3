/**
 * Import (DESIGN.md section 3), every check in the design's order, each failure its own translated message
 * and no change to the replicated data: size, decrypt (for this office?), signature (known sender, the one it
 * claims to be?), manifest and every message against the whitelist, seq (already imported; gaps), the clock
 * guard, then all messages applied in ONE transaction with the receipt and the acknowledgement. A dry run
 * goes through the same steps and rolls the transaction back, so what it shows is what an import would do.
 */
import { createGunzip } from 'node:zlib';
import type { Knex } from 'knex';
import { AppError } from '../../shared/errors';
import type { ChangeMessage } from '../../shared/merge';
import { type Manifest, SYNC_FORMAT, compareVersions, isWhitelisted, manifestSchema, namedOffices, parseMessage } from '../../shared/sync-format';
import type { Db } from '../db/connection';
import { rolledBack } from '../db/transaction';
import { schemaVersion } from '../db/migrate';
import { applyMessages, type ApplySummary } from './apply';
import { audit } from './audit';
import { officeKeys, requireOffice } from './identity';
import type { KeyProtector } from './key-protector';
import { limits, openPackage } from './package-file';
import { type PeerRow, findPeer, installOf, listPeers, recordInstall } from './peers';
import { sha256Hex, verifyBytes } from './signing';

/** Messages stamped more than this ahead of our clock come from a PC with a wrong date, and are refused. */
export const MAX_CLOCK_AHEAD_MS = 60 * 60 * 1000;

export interface ImportOptions {
  appVersion: string;
  dryRun?: boolean;
  now?: number;
}

export interface PackageResult extends ApplySummary {
  fileName: string;
  from: string;
  seq: number;
  status: 'imported' | 'alreadyImported' | 'dryRun';
  messages: number;
  ack: number;
  missing: number[];
  /** Written by an earlier install of the sender (see installOf): applied, but its number and its ack not counted. */
  earlierInstall: boolean;
}

function parseJson(bytes: Buffer): unknown {
  try {
    return JSON.parse(bytes.toString('utf8'));
  } catch {
    throw new AppError('sync.notAPackage');
  }
}

/** Known sender, and the one it claims to be: a valid signature by another peer is named as such. */
async function checkSender(db: Db, claimed: string, manifestBytes: Buffer, signature: Buffer): Promise<PeerRow> {
  const peer = await findPeer(db, claimed);
  if (peer && verifyBytes(peer.sign_public, manifestBytes, signature)) return peer;
  const actual = (await listPeers(db)).find((p) => verifyBytes(p.sign_public, manifestBytes, signature));
  if (actual) throw new AppError('sync.senderMismatch', { claimed, actual: actual.code });
  if (!peer) throw new AppError('sync.unknownSender', { code: claimed });
  throw new AppError('sync.badSignature', { code: claimed });
}

function checkManifest(raw: unknown, office: string, appVersion: string): Manifest {
  const format = (raw as { format?: unknown }).format;
  if (typeof format === 'string' && format !== SYNC_FORMAT) {
    const m = /^lwu-sync\/(\d+)$/.exec(format);
    if (m && Number(m[1]) > 1) throw new AppError('sync.futureFormat', { format });
    throw new AppError('sync.notAPackage');
  }
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success) throw new AppError('sync.badManifest', { fields: parsed.error.issues.map((i) => i.path.join('.')) });
  const manifest = parsed.data;
  if (manifest.to !== office) throw new AppError('sync.readdressed', { to: manifest.to, office });
  if (compareVersions(manifest.minAppVersion, appVersion) > 0 || manifest.minSchemaVersion > schemaVersion()) {
    throw new AppError('sync.updateApp', { version: manifest.minAppVersion });
  }
  return manifest;
}

/** One body line, checked: a table or column outside the whitelist is named, as the refusal says. */
function decodeLine(text: Buffer, start: number, end: number, lineNo: number): ChangeMessage {
  // Decoded from its own bytes: a newline byte never occurs inside a UTF-8 sequence, so a line reads as it
  // would within the whole text, and lines without Lao stay one-byte strings, quicker to parse.
  let raw: unknown;
  try {
    raw = JSON.parse(text.toString('utf8', start, end));
  } catch {
    throw new AppError('sync.badMessage', { line: lineNo });
  }
  const r = raw as { table?: unknown; column?: unknown };
  if (typeof r?.table === 'string' && typeof r.column === 'string' && !isWhitelisted({ table: r.table, column: r.column })) {
    throw new AppError('sync.notWhitelisted', { table: r.table, column: r.column });
  }
  const parsed = parseMessage(raw);
  if (!parsed) throw new AppError('sync.badMessage', { line: lineNo });
  return parsed;
}

/**
 * The lines of a body as they are inflated. After the first bad line it only counts lines, so that the checks
 * keep their order: size, then count, then each line in turn.
 */
class BodyLines {
  readonly messages: ChangeMessage[] = [];
  count = 0;
  private firstBad: unknown = null;

  /** Reads text[0, end): end is just past a newline, or the end of the body. */
  add(text: Buffer, end: number): void {
    let start = 0;
    while (start < end) {
      const newline = text.indexOf(0x0a, start);
      const stop = newline < 0 || newline >= end ? end : newline;
      this.count++;
      if (this.firstBad === null && this.count <= limits.messages) {
        try {
          this.messages.push(decodeLine(text, start, stop, this.count));
        } catch (e) {
          this.firstBad = e;
        }
      }
      start = stop + 1;
    }
  }

  /** The messages, once the whole body is read. */
  finish(manifest: Manifest): ChangeMessage[] {
    if (this.count > limits.messages) throw new AppError('sync.tooManyMessages', { count: this.count, limit: limits.messages });
    if (this.count !== manifest.counts.messages) throw new AppError('sync.badManifest', { fields: ['counts.messages'] });
    if (this.firstBad !== null) throw this.firstBad;
    return this.messages;
  }
}

/** Decompressed bytes per piece: zlib inflates the next piece on a worker thread while this one is parsed. */
const PIECE_BYTES = 1 << 20;

/**
 * The body's messages: newline-separated JSON lines, the last newline optional (so an empty body holds none).
 * Inflated piece by piece and parsed as each arrives, which is quicker than inflating it whole first, and never
 * past the size limit (a small body can decompress to gigabytes).
 */
async function decodeBody(body: Buffer, manifest: Manifest): Promise<ChangeMessage[]> {
  if (sha256Hex(body) !== manifest.bodySha256) throw new AppError('sync.damaged');
  const gunzip = createGunzip({ chunkSize: PIECE_BYTES });
  gunzip.end(body);
  const lines = new BodyLines();
  let size = 0;
  // The unfinished line's pieces, joined once its newline comes (joining at every piece would be quadratic).
  let pending: Buffer[] = [];
  try {
    for await (const piece of gunzip as AsyncIterable<Buffer>) {
      size += piece.length;
      if (size > limits.bodyBytes) throw new AppError('sync.bodyTooLarge', { limit: limits.bodyBytes });
      const tail = piece.length - 1 - piece.lastIndexOf(0x0a);
      if (tail === piece.length) {
        pending.push(piece);
        continue;
      }
      const text = pending.length ? Buffer.concat([...pending, piece]) : piece;
      pending = []; // the pieces are in text now: not held twice while it is parsed
      lines.add(text, text.length - tail);
      if (tail) pending.push(text.subarray(text.length - tail));
    }
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw new AppError('sync.damaged');
  } finally {
    gunzip.destroy();
  }
  if (pending.length) {
    const text = Buffer.concat(pending);
    pending = [];
    lines.add(text, text.length);
  }
  return lines.finish(manifest);
}

function checkClock(messages: ChangeMessage[], from: string, now: number): void {
  let ahead = 0;
  for (const m of messages) ahead = Math.max(ahead, Number(m.hlc.slice(0, 15)));
  if (ahead - now > MAX_CLOCK_AHEAD_MS) {
    throw new AppError('sync.clockAhead', { office: from, theirClock: new Date(ahead).toISOString(), ourClock: new Date(now).toISOString() });
  }
}

export async function missingSeqs(db: Db, from: string): Promise<number[]> {
  const rows: Array<{ seq: number }> = await db('sync_inbox').where({ from_code: from }).select('seq');
  const peer: { expected_from: number } | undefined = await db('sync_peer').where({ code: from }).first('expected_from');
  const have = new Set(rows.map((r) => r.seq));
  const top = Math.max(0, ...have);
  const out: number[] = [];
  for (let s = peer?.expected_from ?? 1; s <= top; s++) if (!have.has(s)) out.push(s);
  return out;
}

/** Moves what the peer acknowledged forward; an ack never moves back and never names a package not sent. */
async function processAck(db: Db, peer: PeerRow, ack: number): Promise<void> {
  if (ack <= peer.acked_seq || ack > peer.last_sent_seq) return;
  const sent = await db('sync_outbox').where({ to_code: peer.code, seq: ack }).first('max_change_seq');
  const covered = Math.max(peer.acked_change_seq, Number(sent?.max_change_seq ?? 0));
  await db('sync_peer').where({ code: peer.code }).update({ acked_seq: ack, acked_change_seq: covered });
}

/**
 * A package this office cannot open names the office it was meant for in its file name, when that name is
 * the one export gave it: the person then knows whose stick or e-mail it belongs to.
 */
function addressedElsewhere(e: unknown, fileName: string, here: string): unknown {
  const named = namedOffices(fileName);
  if (!(e instanceof AppError) || e.code !== 'sync.notForThisOffice' || !named || named.to === here) return e;
  return new AppError('sync.addressedTo', { to: named.to, from: named.from });
}

/**
 * Who signed a refused package, when its signature was checked before the refusal, and the number it gives
 * itself: the audit log then names the sender of a package refused for its clock or its version, where
 * otherwise there is only a file name, which anyone can change.
 */
type Signer = { peer: string | null; seq: number | null };

const signers = new WeakMap<AppError, Signer>();

export function signerOf(e: AppError): Signer {
  return signers.get(e) ?? { peer: null, seq: null };
}

async function importChecked(db: Db, protectors: KeyProtector[], fileName: string, bytes: Buffer, opts: ImportOptions): Promise<PackageResult> {
  const signer: Signer = { peer: null, seq: null };
  try {
    return await checkAndImport(db, protectors, fileName, bytes, opts, signer);
  } catch (e) {
    if (e instanceof AppError && signer.peer) signers.set(e, signer);
    throw e;
  }
}

async function checkAndImport(db: Db, protectors: KeyProtector[], fileName: string, bytes: Buffer, opts: ImportOptions, signer: Signer): Promise<PackageResult> {
  const office = await requireOffice(db);
  const { ageIdentity } = await officeKeys(db, protectors);
  const opened = await openPackage(bytes, ageIdentity).catch((e: unknown) => {
    throw addressedElsewhere(e, fileName, office.code);
  });
  const raw = parseJson(opened.manifestBytes);
  const claimed = (raw as { from?: unknown })?.from;
  if (typeof claimed !== 'string') throw new AppError('sync.notAPackage');
  const peer = await checkSender(db, claimed, opened.manifestBytes, opened.signature);
  const seq = (raw as { seq?: unknown }).seq;
  Object.assign(signer, { peer: peer.code, seq: typeof seq === 'number' ? seq : null });
  const manifest = checkManifest(raw, office.code, opts.appVersion);
  const earlierInstall = (await installOf(db, peer, manifest.install)) === 'earlier';
  const messages = await decodeBody(opened.body, manifest);
  const sha256 = sha256Hex(bytes);
  const base = { fileName, from: manifest.from, seq: manifest.seq, messages: messages.length, ack: manifest.ack, earlierInstall };
  if (await alreadyImported(db, manifest, sha256, earlierInstall)) {
    return { ...base, status: 'alreadyImported', added: 0, changed: 0, conflicts: 0, applied: 0, missing: await missingSeqs(db, manifest.from) };
  }
  const now = opts.now ?? Date.now();
  checkClock(messages, manifest.from, now);
  const apply = async (trx: Knex.Transaction): Promise<PackageResult> => {
    // What the sender had seen of ours decides what is a conflict. An earlier install's is not known any more
    // (what it was sent is forgotten): taking it as nothing may keep a value for review that needed none.
    const sent = earlierInstall ? undefined : await trx('sync_outbox').where({ to_code: peer.code, seq: manifest.ack }).first('max_change_seq');
    const summary = await applyMessages(trx, messages, {
      sender: peer.code,
      senderSaw: earlierInstall ? 0 : Math.max(peer.acked_change_seq, Number(sent?.max_change_seq ?? 0)),
      newToSender: earlierInstall,
      now,
      maxDriftMillis: MAX_CLOCK_AHEAD_MS,
    });
    if (!earlierInstall) await receipt(trx, peer, manifest, { fileName, sha256, messages: messages.length, summary, now });
    const missing = await missingSeqs(trx, manifest.from);
    await audit(trx, 'import', {
      peer: manifest.from,
      seq: manifest.seq,
      fileName,
      sha256,
      detail: { ...summary, messages: messages.length, ack: manifest.ack, missing, ...(earlierInstall ? { earlierInstall } : {}) },
    });
    return { ...base, ...summary, status: opts.dryRun ? 'dryRun' : 'imported', missing };
  };
  return opts.dryRun ? rolledBack(db, apply) : (db as Knex).transaction(apply);
}

/**
 * The receipt makes a second import of the package a no-op, and the acknowledgement it carries moves on. An
 * earlier install's package has neither: its number is the new install's too, and its ack counts packages
 * sent to the old PC.
 */
async function alreadyImported(db: Db, manifest: Manifest, sha256: string, earlierInstall: boolean): Promise<boolean> {
  if (!earlierInstall) return Boolean(await db('sync_inbox').where({ from_code: manifest.from, seq: manifest.seq }).first('seq'));
  return Boolean(await db('sync_audit').where({ action: 'import', peer_code: manifest.from, sha256 }).first('id'));
}

interface Receipt {
  fileName: string;
  sha256: string;
  messages: number;
  summary: ApplySummary;
  now: number;
}

async function receipt(trx: Db, peer: PeerRow, manifest: Manifest, r: Receipt): Promise<void> {
  await trx('sync_inbox').insert({
    from_code: manifest.from,
    seq: manifest.seq,
    file_name: r.fileName,
    sha256: r.sha256,
    message_count: r.messages,
    added: r.summary.added,
    changed: r.summary.changed,
    conflicts: r.summary.conflicts,
    imported_at: new Date(r.now).toISOString(),
    written_at: manifest.created,
  });
  await processAck(trx, peer, manifest.ack);
  // A province enrolled before installs were told apart: its first package names its install, signed with its
  // key, and central keeps it, so that a package from a PC restored later is told apart from this one's.
  if (peer.level === 'provincial' && peer.install_id === null && manifest.install) await recordInstall(trx, peer.code, manifest.install);
}

/** Imports one package; a refusal is written to the audit log (never to replicated data) and thrown. */
export async function importPackage(db: Db, protectors: KeyProtector[], fileName: string, bytes: Buffer, opts: ImportOptions): Promise<PackageResult> {
  try {
    return await importChecked(db, protectors, fileName, bytes, opts);
  } catch (e) {
    if (e instanceof AppError && !opts.dryRun) {
      await audit(db, 'refused', { ...signerOf(e), fileName, sha256: sha256Hex(bytes), detail: { code: e.code, params: e.params } });
    }
    throw e;
  }
}
