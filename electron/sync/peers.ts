/** The offices this one exchanges packages with: their public keys and where each exchange stands. */
import { AppError } from '../../shared/errors';
import type { OfficeLevel } from '../../shared/sync-format';
import type { Db } from '../db/connection';
import { fingerprint } from './signing';

export interface PeerRow {
  code: string;
  level: OfficeLevel;
  province_code: string | null;
  name: string;
  age_recipient: string;
  sign_public: string;
  fingerprint: string;
  enrolled_at: string;
  last_sent_seq: number;
  acked_seq: number;
  acked_change_seq: number;
  install_id: string | null;
  expected_from: number;
  enrolled_as: string | null;
}

export interface PeerKeys {
  code: string;
  level: OfficeLevel;
  provinceCode: string | null;
  name: string;
  ageRecipient: string;
  signPublic: string;
}

export async function listPeers(db: Db): Promise<PeerRow[]> {
  return db('sync_peer').orderBy('code');
}

export async function findPeer(db: Db, code: string): Promise<PeerRow | undefined> {
  return db('sync_peer').where({ code }).first();
}

export async function requirePeer(db: Db, code: string): Promise<PeerRow> {
  const peer = await findPeer(db, code);
  if (!peer) throw new AppError('sync.unknownPeer', { code });
  return peer;
}

/**
 * Adds a peer, or replaces its keys when it re-enrolls after losing them (the key-loss procedure): then its
 * new install starts counting packages from 1 again, and must be sent everything in its scope.
 */
export async function savePeer(db: Db, keys: PeerKeys): Promise<{ replaced: boolean; existed: boolean }> {
  const existing = await findPeer(db, keys.code);
  const row = {
    code: keys.code,
    level: keys.level,
    province_code: keys.provinceCode,
    name: keys.name.normalize('NFC'),
    age_recipient: keys.ageRecipient,
    sign_public: keys.signPublic,
    fingerprint: fingerprint(keys.ageRecipient, keys.signPublic),
    enrolled_at: new Date().toISOString(),
  };
  if (!existing) {
    await db('sync_peer').insert(row);
    return { replaced: false, existed: false };
  }
  if (existing.age_recipient === keys.ageRecipient && existing.sign_public === keys.signPublic) return { replaced: false, existed: true };
  await db('sync_peer').where({ code: keys.code }).update({ ...row, last_sent_seq: 0 });
  await sendEverythingAgain(db, keys.code);
  return { replaced: true, existed: true };
}

/**
 * A province enrolling again may be a new install with its keys restored from a backup and an empty database
 * (the key-loss procedure), which central cannot tell from the same install enrolling twice. Either way it is
 * safe to treat it as new: everything in its scope is sent again, its own earlier changes included (export
 * skips a peer's own changes, and a new install has lost them), and the packages received from it are
 * forgotten, for a new install numbers its packages from 1 again and its package 1 is not the old one; so
 * are the packages sent to it, so that an acknowledgement counts only what was sent since. Central's own numbering goes on: an install that
 * kept its data has received the earlier numbers already.
 */
export async function sendEverythingAgain(db: Db, code: string): Promise<void> {
  await db('sync_peer').where({ code }).update({ acked_seq: 0, acked_change_seq: 0, enrolled_at: new Date().toISOString() });
  await db('sync_inbox').where({ from_code: code }).delete();
  // What was sent before is forgotten too: a package still on its way may be opened by the new install, and its
  // acknowledgement must not count what the old install was sent as received.
  await db('sync_outbox').where({ to_code: code }).delete();
  await db('change_log').where({ origin: code }).update({ origin: null });
}

/** Central: the install of a province it accepted last, kept with every earlier one (see installOf). */
export async function recordInstall(db: Db, code: string, install: string | undefined): Promise<void> {
  await db('sync_peer').where({ code }).update({ install_id: install ?? null });
  if (install) await db('sync_peer_install').insert({ peer_code: code, install_id: install, accepted_at: new Date().toISOString() }).onConflict(['peer_code', 'install_id']).ignore();
}

/**
 * Whether a package comes from the install of the peer accepted last, or from an earlier one: a package the old
 * PC wrote before the office was restored onto a new PC, still on its way. A package from an install never
 * accepted comes from a PC restored from the key backup that has not enrolled again, and is refused.
 */
export async function installOf(db: Db, peer: PeerRow, install: string | undefined): Promise<'current' | 'earlier'> {
  if (peer.install_id === null || install === peer.install_id) return 'current';
  if (install === undefined || (await db('sync_peer_install').where({ peer_code: peer.code, install_id: install }).first('install_id'))) return 'earlier';
  throw new AppError('sync.installNotEnrolled', { code: peer.code });
}

/**
 * Province: central has taken this install as new (restored from a backup) and forgotten the numbers it received
 * from this office, so packages to it are numbered from 1 again, and what was sent before is not acknowledged
 * by what it receives now. Central's packages numbered before nextSeq went to the PC this one was restored
 * from: they are not missing here. What central acknowledged before stays acknowledged: it has those changes.
 */
export async function startAfresh(db: Db, centralCode: string, nextSeq: number): Promise<void> {
  await db('sync_peer').where({ code: centralCode }).update({ last_sent_seq: 0, acked_seq: 0, expected_from: nextSeq });
  await db('sync_outbox').where({ to_code: centralCode }).delete();
}

/**
 * Province: this install must enroll again before it writes to central, for central refuses its packages: it
 * is a copy restored from a database backup (a new install), and the enrollment it holds was the old PC's.
 */
export function mustEnrollAgain(peer: PeerRow, install: string): boolean {
  return peer.enrolled_as !== null && peer.enrolled_as !== install;
}
