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
