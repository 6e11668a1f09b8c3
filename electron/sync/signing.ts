/** Ed25519 signatures (node:crypto) and the short fingerprint two people read to each other by phone. */
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject, sign, verify } from 'node:crypto';

export interface SigningKeyPair {
  publicKey: string; // base64url of the raw 32-byte key
  privateDer: Buffer; // PKCS#8
}

export function generateSigningKey(): SigningKeyPair {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  return { publicKey: publicKey.export({ format: 'jwk' }).x as string, privateDer: privateKey.export({ format: 'der', type: 'pkcs8' }) };
}

export function privateKeyFromDer(der: Buffer): KeyObject {
  return createPrivateKey({ key: der, format: 'der', type: 'pkcs8' });
}

export function signBytes(privateKey: KeyObject, data: Uint8Array): Buffer {
  return sign(null, data, privateKey);
}

export function verifyBytes(publicKey: string, data: Uint8Array, signature: Uint8Array): boolean {
  try {
    const key = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: publicKey }, format: 'jwk' });
    return verify(null, data, key, signature);
  } catch {
    return false;
  }
}

/**
 * 16 digits in four groups: digits, because they are read aloud over a phone line, in Lao or English, without
 * confusion between letters. 53 bits of a SHA-256 over both public keys; enough to catch a swapped file.
 */
export function fingerprint(ageRecipient: string, signPublic: string): string {
  const digest = createHash('sha256').update(`lwu-office-keys\n${ageRecipient}\n${signPublic}`).digest();
  const n = digest.readBigUInt64BE(0) % 10n ** 16n;
  return n.toString().padStart(16, '0').replace(/(\d{4})(?=\d)/g, '$1 ');
}

/** The digest of data, which may come in pieces (a body's gzip members), hashed in order. */
export function sha256Hex(data: Uint8Array | string | readonly Uint8Array[]): string {
  const hash = createHash('sha256');
  for (const piece of typeof data === 'string' || data instanceof Uint8Array ? [data] : data) hash.update(piece);
  return hash.digest('hex');
}
