/**
 * Export (DESIGN.md section 3): one package to one peer holding everything in its scope it has not
 * acknowledged. The file is written to a temporary name, flushed to the disk, renamed, and read back and
 * compared, because a USB stick pulled too early must never leave a half-written package under a real name.
 */
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { AppError } from '../../shared/errors';
import { type Manifest, SYNC_FORMAT, packageFileName } from '../../shared/sync-format';
import type { Db } from '../db/connection';
import { inTransaction } from '../db/transaction';
import { audit } from './audit';
import { installId, officeKeys, requireOffice } from './identity';
import type { KeyProtector } from './key-protector';
import { type Outgoing, outgoingFor } from './outgoing';
import { writeDurably } from '../export/folder';
import { packageSealer } from './package-file';
import { releaseBuffer } from './release-buffer';
import { mustEnrollAgain, requirePeer } from './peers';
import { holdsDemoData } from '../roster/demo';
import { sha256Hex } from './signing';

/**
 * The oldest app and schema that read what this version writes. Raise them only when a package written now
 * would be misread by an older install (a new replicated table or column): then it says "update LWU Desk".
 */
export const MIN_READER = { appVersion: '0.1.0', schemaVersion: '0011_office_install' };

const gzipAsync = promisify(gzip);

/**
 * zlib's output buffer per call. Its default (16 KiB) hands each 16 KiB of output back to the main thread
 * before compressing on, so two members compressed at once took as long as one after the other; a part's
 * member (about 100 KiB) fits in one.
 */
const GZIP_CHUNK = 128 * 1024;

export interface ExportedPackage {
  fileName: string;
  bytes: Buffer;
  sha256: string;
  seq: number;
  messages: number;
  path: string | null;
}

/**
 * The body compressed as it is read, each part as a gzip member of its own (RFC 1952 allows several; gunzip
 * and node:zlib read them as one stream): zlib compresses a part on a worker thread while SQLite writes the
 * next, and two parts at once when SQLite is quicker than zlib. The members stay apart, in order, until the
 * package is sealed: joining them would only copy the body once more.
 */
async function compressBody(parts: Outgoing['parts']): Promise<{ members: Buffer[]; plainBytes: number; messages: number }> {
  const members: Array<Promise<Buffer>> = [];
  let plainBytes = 0;
  let messages = 0;
  try {
    for await (const part of parts) {
      plainBytes += part.bytes.length;
      messages += part.messages;
      const member = gzipAsync(part.bytes, { chunkSize: GZIP_CHUNK });
      // The part is dead once compressed: its memory goes back now (release-buffer.ts says why). A failure is
      // awaited below; until then it must not count as an unhandled rejection, which ends the CLI.
      member.then(() => releaseBuffer(part.bytes), () => undefined);
      members.push(member);
    }
  } catch (e) {
    await Promise.allSettled(members);
    throw e;
  }
  // An empty body is still one member, so that the file is a gzip file.
  return { members: await Promise.all(members.length ? members : [gzipAsync(Buffer.alloc(0))]), plainBytes, messages };
}

export async function exportPackage(db: Db, protectors: KeyProtector[], opts: { to: string; dir: string | null; now?: Date }): Promise<ExportedPackage> {
  return inTransaction(db, async (trx) => {
    const office = await requireOffice(trx);
    const peer = await requirePeer(trx, opts.to);
    if (await holdsDemoData(trx)) throw new AppError('sync.demoData');
    if (office.level === peer.level) throw new AppError('sync.provinceToProvince', { from: office.code, to: peer.code });
    // The rest of what the manifest needs is read, the signing key decrypted and the age header begun, while
    // SQLite writes the body's first part on its own thread. A refusal then waits for the body to end, so that
    // nothing of it runs after the transaction; it comes only to a PC restored from a key backup and not
    // enrolled again, and before the header is begun.
    const { parts, maxChangeSeq } = await outgoingFor(trx, peer);
    const [compressed, rest] = await Promise.allSettled([
      compressBody(parts),
      (async () => {
        const install = await installId(trx);
        if (mustEnrollAgain(peer, install)) throw new AppError('sync.enrollAgain', { code: office.code });
        const sealer = packageSealer(peer.age_recipient);
        const ackRow = await trx('sync_inbox').where({ from_code: peer.code }).max({ m: 'seq' }).first();
        return { sealer, install, ack: Number(ackRow?.m ?? 0), ...(await officeKeys(trx, protectors)) };
      })(),
    ]);
    if (rest.status === 'rejected') throw rest.reason;
    if (compressed.status === 'rejected') throw compressed.reason;
    const { sealer, install, ack, signPrivate } = rest.value;
    const { members: body, plainBytes, messages } = compressed.value;
    const manifest: Manifest = {
      format: SYNC_FORMAT,
      from: office.code,
      to: peer.code,
      seq: peer.last_sent_seq + 1,
      created: (opts.now ?? new Date()).toISOString(),
      ack,
      counts: { messages, bodyBytes: plainBytes },
      bodySha256: sha256Hex(body),
      minAppVersion: MIN_READER.appVersion,
      minSchemaVersion: MIN_READER.schemaVersion,
      install,
    };
    const manifestBytes = Buffer.from(JSON.stringify(manifest), 'utf8');
    const bytes = await sealer.seal({ manifestBytes, body, signPrivate });
    const fileName = packageFileName(manifest);
    const sha256 = sha256Hex(bytes);
    await trx('sync_outbox').insert({
      to_code: peer.code,
      seq: manifest.seq,
      file_name: fileName,
      sha256,
      message_count: messages,
      max_change_seq: maxChangeSeq,
      created_at: manifest.created,
    });
    await trx('sync_peer').where({ code: peer.code }).update({ last_sent_seq: manifest.seq });
    await audit(trx, 'export', { peer: peer.code, seq: manifest.seq, fileName, sha256, detail: { messages, ack: manifest.ack } });
    // Last, inside the transaction: if the file cannot be written, nothing is recorded as sent.
    const written = opts.dir === null ? null : writeDurably(opts.dir, fileName, bytes);
    return { fileName, bytes, sha256, seq: manifest.seq, messages, path: written };
  });
}
