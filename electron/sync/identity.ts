/**
 * This install's office: who it is, and its two key pairs (X25519 age identity to receive packages, Ed25519
 * to sign them). Created once; the private halves never leave the office except in a passphrase-protected
 * backup or the identity file a person exports on purpose for recovery with the `age` tool.
 */
import fs from 'node:fs';
import { randomUUID } from 'node:crypto';
import { AppError } from '../../shared/errors';
import { CENTRAL_CODE, type OfficeLevel } from '../../shared/sync-format';
import type { Db } from '../db/connection';
import { type KeyProtector, readProtected, storeProtected } from './key-protector';
import type { PeerKeys } from './peers';
import { fingerprint, generateSigningKey, privateKeyFromDer } from './signing';
import type { KeyObject } from 'node:crypto';
import { loadAge } from './age';

export interface OfficePublic extends PeerKeys {
  fingerprint: string;
}

export interface OfficeKeys {
  ageIdentity: string;
  signPrivate: KeyObject;
}

export interface OfficeInit {
  code: string;
  level: OfficeLevel;
  provinceCode?: string | null;
  name: string;
}

interface OfficeRow {
  code: string;
  level: OfficeLevel;
  province_code: string | null;
  name: string;
  age_recipient: string;
  age_identity_protected: string;
  sign_public: string;
  sign_private_protected: string;
}

function toPublic(r: OfficeRow): OfficePublic {
  return {
    code: r.code,
    level: r.level,
    provinceCode: r.province_code,
    name: r.name,
    ageRecipient: r.age_recipient,
    signPublic: r.sign_public,
    fingerprint: fingerprint(r.age_recipient, r.sign_public),
  };
}

export async function getOffice(db: Db): Promise<OfficePublic | null> {
  const row: OfficeRow | undefined = await db('sync_office').first();
  return row ? toPublic(row) : null;
}

export async function requireOffice(db: Db): Promise<OfficePublic> {
  const office = await getOffice(db);
  if (!office) throw new AppError('office.notInitialised');
  return office;
}

/** A provincial office is named by its province's ISO code, which must be one of the 18 provinces. */
async function checkOfficeCode(db: Db, init: OfficeInit): Promise<string | null> {
  if (init.level === 'central') {
    if (init.code !== CENTRAL_CODE) throw new AppError('office.centralCode', { code: init.code, expected: CENTRAL_CODE });
    return null;
  }
  const province = init.provinceCode ?? init.code;
  if (province !== init.code) throw new AppError('office.provinceCode', { code: init.code, province });
  if (!(await db('province').where({ code: province }).first('id'))) throw new AppError('office.unknownProvince', { province });
  return province;
}

export async function initOffice(db: Db, protector: KeyProtector, init: OfficeInit): Promise<OfficePublic> {
  const existing = await getOffice(db);
  if (existing) throw new AppError('office.alreadyInitialised', { code: existing.code });
  const provinceCode = await checkOfficeCode(db, init);
  const { generateX25519Identity, identityToRecipient } = await loadAge();
  const ageIdentity = await generateX25519Identity();
  const signing = generateSigningKey();
  const row: OfficeRow = {
    code: init.code,
    level: init.level,
    province_code: provinceCode,
    name: init.name.normalize('NFC'),
    age_recipient: await identityToRecipient(ageIdentity),
    age_identity_protected: storeProtected(protector, Buffer.from(ageIdentity)),
    sign_public: signing.publicKey,
    sign_private_protected: storeProtected(protector, signing.privateDer),
  };
  await db('sync_office').insert({ ...row, install_id: randomUUID(), created_at: new Date().toISOString() });
  return toPublic(row);
}

/**
 * Which install of this office this database is: a PC restored from the key backup is the same office, but a
 * new install whose packages are numbered from 1 again, and central must not take them for the old PC's.
 */
export async function installId(db: Db): Promise<string> {
  const row: { install_id: string | null } | undefined = await db('sync_office').first('install_id');
  if (!row?.install_id) throw new AppError('office.notInitialised');
  return row.install_id;
}

export async function officeKeys(db: Db, protectors: KeyProtector[]): Promise<OfficeKeys> {
  const row: OfficeRow | undefined = await db('sync_office').first();
  if (!row) throw new AppError('office.notInitialised');
  return {
    ageIdentity: readProtected(protectors, row.age_identity_protected).toString('utf8'),
    signPrivate: privateKeyFromDer(readProtected(protectors, row.sign_private_protected)),
  };
}

/** The age identity file, in age-keygen's format, for `age -d -i FILE` when LWU Desk itself cannot run. */
export async function exportIdentityFile(db: Db, protectors: KeyProtector[], file: string): Promise<void> {
  const office = await requireOffice(db);
  const { ageIdentity } = await officeKeys(db, protectors);
  const text = `# LWU Desk office ${office.code}\n# created: ${new Date().toISOString()}\n# public key: ${office.ageRecipient}\n${ageIdentity}\n`;
  fs.rmSync(file, { force: true });
  fs.writeFileSync(file, text, { mode: 0o600, flag: 'wx' });
}
