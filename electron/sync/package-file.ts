/**
 * The bytes of a package (lwu-sync/1): an age file (X25519, so `age -d -i identity` opens it without our code)
 * whose plaintext is a tar of manifest.json, manifest.sig (Ed25519 over the exact manifest bytes, which name
 * the recipient) and body.jsonl.gz. The age header also carries a `lwu-size` stanza giving the payload length,
 * which age itself ignores: it lets a cut-off file be told apart from a damaged one.
 */
import type { KeyObject } from 'node:crypto';
import { AppError } from '../../shared/errors';
import { signBytes } from './signing';
import { readTar, writeTar } from './tar';
import { loadAge } from './age';

export const limits = {
  packageBytes: 64 * 1024 * 1024,
  bodyBytes: 128 * 1024 * 1024,
  messages: 1_000_000,
};

const AGE_MAGIC = 'age-encryption.org/v1\n';
const CHUNK = 64 * 1024;
const SIZE_STANZA = 'lwu-size';

export const entryNames = { manifest: 'manifest.json', signature: 'manifest.sig', body: 'body.jsonl.gz' } as const;

function payloadLength(plainLength: number): number {
  const chunks = plainLength === 0 ? 1 : Math.ceil(plainLength / CHUNK);
  return 16 + plainLength + 16 * chunks;
}

/** The body may be given as its gzip members, in order (export.ts). */
export async function sealPackage(opts: { manifestBytes: Buffer; body: Buffer | readonly Buffer[]; signPrivate: KeyObject; recipient: string }): Promise<Buffer> {
  const plain = writeTar([
    { name: entryNames.manifest, data: opts.manifestBytes },
    { name: entryNames.signature, data: signBytes(opts.signPrivate, opts.manifestBytes) },
    { name: entryNames.body, data: opts.body },
  ]);
  const { Encrypter, Stanza } = await loadAge();
  const e = new Encrypter();
  e.addRecipient(opts.recipient);
  const size = String(payloadLength(plain.length));
  e.addRecipient({ wrapFileKey: async () => [new Stanza([SIZE_STANZA, size], new Uint8Array(0))] });
  // A view, not a copy: a package is a few megabytes, and each fresh megabyte costs page faults on a busy PC.
  const sealed = await e.encrypt(plain);
  return Buffer.from(sealed.buffer, sealed.byteOffset, sealed.byteLength);
}

export interface OpenedPackage {
  manifestBytes: Buffer;
  signature: Buffer;
  body: Buffer;
}

/** The age header, up to and including its `--- mac` line; null when the file ends inside it. */
function headerEnd(file: Buffer): number | null {
  const macLine = file.indexOf('\n--- ', 0, 'latin1');
  if (macLine < 0) return null;
  const end = file.indexOf('\n', macLine + 1);
  return end < 0 ? null : end + 1;
}

function declaredPayload(headerText: string): number | null {
  const m = new RegExp(`^-> ${SIZE_STANZA} (\\d+)$`, 'm').exec(headerText);
  return m ? Number(m[1]) : null;
}

/** Size limit, then the outer layer: is it a package, is it whole, is it for us, is it undamaged. */
export async function openPackage(file: Buffer, ageIdentity: string): Promise<OpenedPackage> {
  if (file.length > limits.packageBytes) throw new AppError('sync.packageTooLarge', { bytes: file.length, limit: limits.packageBytes });
  if (file.length < AGE_MAGIC.length || file.toString('latin1', 0, AGE_MAGIC.length) !== AGE_MAGIC) throw new AppError('sync.notAPackage');
  const end = headerEnd(file);
  if (end === null) throw new AppError('sync.truncated', { bytes: file.length });
  // Absent when someone re-encrypted the package with the plain age tool: the checks below still apply.
  const declared = declaredPayload(file.toString('latin1', 0, end));
  if (declared !== null && file.length - end < declared) throw new AppError('sync.truncated', { bytes: file.length });
  const { Decrypter } = await loadAge();
  const d = new Decrypter();
  d.addIdentity(ageIdentity);
  let plain: Uint8Array;
  try {
    plain = await d.decrypt(file);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    if (message.includes('no identity matched')) throw new AppError('sync.notForThisOffice');
    throw new AppError('sync.damaged');
  }
  const entries = readTar(plain);
  const manifestBytes = entries?.get(entryNames.manifest);
  const signature = entries?.get(entryNames.signature);
  const body = entries?.get(entryNames.body);
  if (!entries || entries.size !== 3 || !manifestBytes || !signature || !body) throw new AppError('sync.notAPackage');
  return { manifestBytes, signature, body };
}
