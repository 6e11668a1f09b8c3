/**
 * The office key backup: both private keys and the office details in one file encrypted with a passphrase
 * (age's scrypt mode, so `age -d` can open it too). Restoring it on a new PC makes that PC the same office,
 * and packages in flight still open there (README: key loss).
 */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { AppError } from '../../shared/errors';
import { fileDate, officeCodeSchema, officeLevelSchema } from '../../shared/sync-format';
import type { Db } from '../db/connection';
import { inTransaction } from '../db/transaction';
import { type OfficePublic, getOffice, installId, officeKeys, requireOffice } from './identity';
import { type KeyProtector, storeProtected } from './key-protector';
import { audit } from './audit';
import { fingerprint } from './signing';
import { loadAge } from './age';

const BACKUP_FORMAT = 'lwu-key-backup/1';

const backupSchema = z
  .object({
    format: z.literal(BACKUP_FORMAT),
    code: officeCodeSchema,
    level: officeLevelSchema,
    provinceCode: officeCodeSchema.nullable(),
    name: z.string(),
    ageRecipient: z.string(),
    ageIdentity: z.string().startsWith('AGE-SECRET-KEY-1'),
    signPublic: z.string(),
    signPrivateDer: z.string(),
  })
  .strict();

export async function backupKeys(db: Db, protectors: KeyProtector[], passphrase: string): Promise<{ fileName: string; bytes: Buffer }> {
  const office = await requireOffice(db);
  const keys = await officeKeys(db, protectors);
  const content = {
    format: BACKUP_FORMAT,
    code: office.code,
    level: office.level,
    provinceCode: office.provinceCode,
    name: office.name,
    ageRecipient: office.ageRecipient,
    ageIdentity: keys.ageIdentity,
    signPublic: office.signPublic,
    signPrivateDer: keys.signPrivate.export({ format: 'der', type: 'pkcs8' }).toString('base64'),
  };
  const { Encrypter } = await loadAge();
  const e = new Encrypter();
  e.setPassphrase(passphrase);
  const bytes = Buffer.from(await e.encrypt(JSON.stringify(content)));
  return { fileName: `LWU_${office.code}_keys_${fileDate(new Date())}.age`, bytes };
}

export async function restoreKeys(db: Db, protector: KeyProtector, bytes: Buffer, passphrase: string, opts: { replace?: boolean } = {}): Promise<OfficePublic> {
  const { Decrypter } = await loadAge();
  const d = new Decrypter();
  d.addPassphrase(passphrase);
  let content: z.infer<typeof backupSchema>;
  try {
    content = backupSchema.parse(JSON.parse(await d.decrypt(bytes, 'text')));
  } catch {
    throw new AppError('office.backupUnreadable');
  }
  const current = await getOffice(db);
  if (current && current.code !== content.code) throw new AppError('office.backupOtherOffice', { code: content.code, office: current.code });
  // Other keys than this office's working ones: central may hold these keys for it, and packages on their way
  // were sealed for them. The person confirms, having seen both fingerprints; nothing changes until then.
  const restored = fingerprint(content.ageRecipient, content.signPublic);
  if (current && current.fingerprint !== restored && !opts.replace) {
    throw new AppError('office.restoreReplacesKeys', { code: current.code, current: current.fingerprint, backup: restored });
  }
  // The keys restored onto a database that already was this office (its key store lost) keep its install: its
  // packages go on with their numbers. Onto an empty database they make a new install.
  const install = current ? await installId(db) : randomUUID();
  await inTransaction(db, async (trx) => {
    await trx('sync_office').delete();
    await trx('sync_office').insert({
      code: content.code,
      level: content.level,
      province_code: content.provinceCode,
      name: content.name,
      age_recipient: content.ageRecipient,
      age_identity_protected: storeProtected(protector, Buffer.from(content.ageIdentity)),
      sign_public: content.signPublic,
      sign_private_protected: storeProtected(protector, Buffer.from(content.signPrivateDer, 'base64')),
      install_id: install,
      created_at: new Date().toISOString(),
    });
    await audit(trx, 'restore', { detail: { code: content.code, fingerprint: restored, replaced: current && current.fingerprint !== restored ? current.fingerprint : undefined } });
  });
  return requireOffice(db);
}
