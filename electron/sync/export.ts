/**
 * Export (DESIGN.md section 3): one package to one peer holding everything in its scope it has not
 * acknowledged. The file is written to a temporary name, flushed to the disk, renamed, and read back and
 * compared, because a USB stick pulled too early must never leave a half-written package under a real name.
 */
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { AppError } from '../../shared/errors';
import { type Manifest, SYNC_FORMAT, packageFileName } from '../../shared/sync-format';
import type { Db } from '../db/connection';
import { inTransaction } from '../db/transaction';
import { audit } from './audit';
import { officeKeys, requireOffice } from './identity';
import type { KeyProtector } from './key-protector';
import { outgoingFor } from './outgoing';
import { sealPackage } from './package-file';
import { requirePeer } from './peers';
import { sha256Hex } from './signing';

/**
 * The oldest app and schema that read what this version writes. Raise them only when a package written now
 * would be misread by an older install (a new replicated table or column): then it says "update LWU Desk".
 */
export const MIN_READER = { appVersion: '0.1.0', schemaVersion: '0008_transfer_applied' };

export interface ExportedPackage {
  fileName: string;
  bytes: Buffer;
  sha256: string;
  seq: number;
  messages: number;
  path: string | null;
}

/**
 * The body's bytes, each line followed by a newline. Written line by line into one buffer: joining 100,000
 * lines of Lao text first makes one huge two-byte string, and encoding that costs several times more.
 */
export function encodeBody(lines: string[]): Buffer {
  let size = 0;
  for (const line of lines) size += Buffer.byteLength(line, 'utf8') + 1;
  const out = Buffer.allocUnsafe(size);
  let at = 0;
  for (const line of lines) {
    at += out.write(line, at, 'utf8');
    out[at++] = 0x0a;
  }
  return out;
}

/** Writes bytes to dir/name durably, then reads them back: a package is never left half written. */
export function writeDurably(dir: string, name: string, bytes: Buffer): string {
  fs.mkdirSync(dir, { recursive: true });
  const final = path.join(dir, name);
  const temp = path.join(dir, `.${name}.${process.pid}.tmp`);
  const fd = fs.openSync(temp, 'w', 0o600);
  try {
    fs.writeSync(fd, bytes);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(temp, final);
  try {
    const dirFd = fs.openSync(dir, 'r');
    fs.fsyncSync(dirFd);
    fs.closeSync(dirFd);
  } catch {
    // Windows cannot open a folder to flush it; the rename itself is durable there.
  }
  const back = fs.readFileSync(final);
  if (!back.equals(bytes)) throw new AppError('sync.writeCheckFailed', { file: final });
  return final;
}

export async function exportPackage(db: Db, protectors: KeyProtector[], opts: { to: string; dir: string | null; now?: Date }): Promise<ExportedPackage> {
  const office = await requireOffice(db);
  const peer = await requirePeer(db, opts.to);
  if (office.level === peer.level) throw new AppError('sync.provinceToProvince', { from: office.code, to: peer.code });
  const { signPrivate } = await officeKeys(db, protectors);
  return inTransaction(db, async (trx) => {
    const { lines, maxChangeSeq } = await outgoingFor(trx, peer);
    const plainBody = encodeBody(lines);
    const messages = lines;
    const body = gzipSync(plainBody);
    const ackRow = await trx('sync_inbox').where({ from_code: peer.code }).max({ m: 'seq' }).first();
    const manifest: Manifest = {
      format: SYNC_FORMAT,
      from: office.code,
      to: peer.code,
      seq: peer.last_sent_seq + 1,
      created: (opts.now ?? new Date()).toISOString(),
      ack: Number(ackRow?.m ?? 0),
      counts: { messages: messages.length, bodyBytes: plainBody.length },
      bodySha256: sha256Hex(body),
      minAppVersion: MIN_READER.appVersion,
      minSchemaVersion: MIN_READER.schemaVersion,
    };
    const manifestBytes = Buffer.from(JSON.stringify(manifest), 'utf8');
    const bytes = await sealPackage({ manifestBytes, body, signPrivate, recipient: peer.age_recipient });
    const fileName = packageFileName(manifest);
    const sha256 = sha256Hex(bytes);
    await trx('sync_outbox').insert({
      to_code: peer.code,
      seq: manifest.seq,
      file_name: fileName,
      sha256,
      message_count: messages.length,
      max_change_seq: maxChangeSeq,
      created_at: manifest.created,
    });
    await trx('sync_peer').where({ code: peer.code }).update({ last_sent_seq: manifest.seq });
    await audit(trx, 'export', { peer: peer.code, seq: manifest.seq, fileName, sha256, detail: { messages: messages.length, ack: manifest.ack } });
    // Last, inside the transaction: if the file cannot be written, nothing is recorded as sent.
    const written = opts.dir === null ? null : writeDurably(opts.dir, fileName, bytes);
    return { fileName, bytes, sha256, seq: manifest.seq, messages: messages.length, path: written };
  });
}
