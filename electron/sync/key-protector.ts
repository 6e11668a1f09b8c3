/**
 * How this office's private keys are kept at rest. The desktop app passes an implementation over Electron's
 * safeStorage (the OS keychain / DPAPI); the CLI and the web bridge, which cannot reach it, use a random
 * key in a file of the data folder readable only by this user (mode 0600). Each stored value names its
 * scheme, so a database keyed by one is never silently misread by the other.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/errors';

export interface KeyProtector {
  scheme: string;
  protect(plain: Buffer): string;
  unprotect(stored: string): Buffer;
}

export const KEY_FILE_NAME = 'office-keys.key';

function readOrCreateKey(file: string): Buffer {
  if (!fs.existsSync(file)) {
    fs.writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600, flag: 'wx' });
  }
  return Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'hex');
}

/** AES-256-GCM under a key file; the file never leaves the data folder and is not in any package. */
export function fileKeyProtector(dataDir: string): KeyProtector {
  const file = path.join(dataDir, KEY_FILE_NAME);
  return {
    scheme: 'keyfile',
    protect(plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', readOrCreateKey(file), iv);
      const body = Buffer.concat([cipher.update(plain), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64');
    },
    unprotect(stored) {
      if (!fs.existsSync(file)) throw new AppError('office.keyFileMissing', { file });
      const raw = Buffer.from(stored, 'base64');
      const decipher = createDecipheriv('aes-256-gcm', readOrCreateKey(file), raw.subarray(0, 12));
      decipher.setAuthTag(raw.subarray(12, 28));
      try {
        return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]);
      } catch {
        throw new AppError('office.keyFileWrong', { file });
      }
    },
  };
}

/** Stores with the preferred protector; reads with whichever scheme the value was stored under. */
export function storeProtected(p: KeyProtector, plain: Buffer): string {
  return `${p.scheme}:${p.protect(plain)}`;
}

export function readProtected(protectors: KeyProtector[], stored: string): Buffer {
  const i = stored.indexOf(':');
  const scheme = stored.slice(0, i);
  const p = protectors.find((x) => x.scheme === scheme);
  if (!p) throw new AppError('office.keyUnavailable', { scheme });
  return p.unprotect(stored.slice(i + 1));
}
