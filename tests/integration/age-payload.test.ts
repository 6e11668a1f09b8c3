import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Decrypter, Stanza, generateX25519Identity, identityToRecipient } from 'age-encryption';
import { describe, expect, it } from 'vitest';
import { ageEncrypt, ageEncrypter, headerEnd } from '../../electron/sync/age-payload';
import { tool } from '../helpers/processes';
import { tempDir } from '../helpers/temp-dir';

const KiB64 = 64 * 1024;

describe('age files whose payload OpenSSL encrypts', () => {
  it('open with the age library and with the reference age tool, at every chunk boundary', async () => {
    const identity = await generateX25519Identity();
    const dir = tempDir('lwu-age');
    const identityFile = path.join(dir, 'identity.txt');
    fs.writeFileSync(identityFile, `${identity}\n`, { mode: 0o600 });
    const decrypter = new Decrypter();
    decrypter.addIdentity(identity);
    // Empty, one byte, around one and two full chunks, and several chunks with a short last one.
    for (const size of [0, 1, KiB64 - 1, KiB64, KiB64 + 1, 2 * KiB64, 200_000]) {
      const plain = randomBytes(size);
      const sealed = await ageEncrypt(plain, [await identityToRecipient(identity)]);
      expect(Buffer.from(await decrypter.decrypt(sealed)).equals(plain), `the library opens ${size} bytes`).toBe(true);
      const file = path.join(dir, `${size}.age`);
      fs.writeFileSync(file, sealed);
      expect((await tool('age', ['-d', '-i', identityFile, file])).equals(plain), `age opens ${size} bytes`).toBe(true);
    }
  });

  it('uses a fresh file key and nonce for every file, encrypts once, and a changed byte of the payload is refused', async () => {
    const identity = await generateX25519Identity();
    const recipient = await identityToRecipient(identity);
    const plain = randomBytes(3 * KiB64);
    // A recipient that adds no stanza and keeps the file key it is handed, as a witness.
    const fileKeys: Buffer[] = [];
    const witness = { wrapFileKey: async (key: Uint8Array) => (fileKeys.push(Buffer.from(key)), []) };
    const [a, b] = [await ageEncrypt(plain, [recipient, witness]), await ageEncrypt(plain, [recipient, witness])];
    const nonceOf = (f: Buffer) => f.subarray(headerEnd(f)!, headerEnd(f)! + 16);
    expect(nonceOf(a).equals(nonceOf(b)), 'a fresh payload nonce').toBe(false);
    expect(fileKeys).toHaveLength(2);
    expect(fileKeys[0].equals(fileKeys[1]), 'a fresh file key').toBe(false);

    const once = ageEncrypter([recipient]);
    await once.encrypt(plain);
    await expect(once.encrypt(plain), 'a second plaintext would reuse the nonces').rejects.toThrow();

    const decrypter = new Decrypter();
    decrypter.addIdentity(identity);
    // A byte in the second chunk: its tag no longer matches.
    const damaged = Buffer.from(a);
    damaged[headerEnd(damaged)! + 16 + KiB64 + 16 + 10] ^= 1;
    await expect(decrypter.decrypt(damaged)).rejects.toThrow();
  });

  it("gives the last recipient the plaintext's length, for a stanza that names it", async () => {
    const identity = await generateX25519Identity();
    const plain = randomBytes(KiB64 + 5);
    const sealed = await ageEncrypter([await identityToRecipient(identity)], (length) => ({
      wrapFileKey: async () => [new Stanza(['test-length', String(length)], new Uint8Array(0))],
    })).encrypt(plain);
    expect(sealed.subarray(0, headerEnd(sealed)!).toString('latin1')).toContain(`\n-> test-length ${KiB64 + 5}\n`);
    const decrypter = new Decrypter();
    decrypter.addIdentity(identity);
    expect(Buffer.from(await decrypter.decrypt(sealed)).equals(plain)).toBe(true);
  });
});
