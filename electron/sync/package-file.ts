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
import { ageEncrypter, headerEnd, payloadLength } from './age-payload';

export const limits = {
  packageBytes: 64 * 1024 * 1024,
  bodyBytes: 128 * 1024 * 1024,
  messages: 1_000_000,
};

const AGE_MAGIC = 'age-encryption.org/v1\n';
const SIZE_STANZA = 'lwu-size';

export const entryNames = { manifest: 'manifest.json', signature: 'manifest.sig', body: 'body.jsonl.gz' } as const;

export interface PackageContent {
  manifestBytes: Buffer;
  /** the body, or its gzip members in order (export.ts) */
  body: Buffer | readonly Buffer[];
  signPrivate: KeyObject;
}

/**
 * Seals one package for a recipient. Made before the content exists, so that the age header (its key
 * agreement runs in JavaScript) is written while the body is still being read and compressed.
 */
export function packageSealer(recipient: string): { seal(content: PackageContent): Promise<Buffer> } {
  const encrypter = ageEncrypter([recipient], (plainLength) => ({
    wrapFileKey: async () => {
      const { Stanza } = await loadAge();
      return [new Stanza([SIZE_STANZA, String(payloadLength(plainLength))], new Uint8Array(0))];
    },
  }));
  return {
    seal: (content) =>
      encrypter.encrypt(
        writeTar([
          { name: entryNames.manifest, data: content.manifestBytes },
          { name: entryNames.signature, data: signBytes(content.signPrivate, content.manifestBytes) },
          { name: entryNames.body, data: content.body },
        ]),
      ),
  };
}

export interface OpenedPackage {
  manifestBytes: Buffer;
  signature: Buffer;
  body: Buffer;
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
