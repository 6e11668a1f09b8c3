/**
 * The Sync page's picture: this office, each peer with its fingerprint, what was sent and received, gaps.
 * Not what is waiting to be sent (outgoing.ts pendingCount): at central that can take seconds, so the page
 * asks for it peer by peer and shows the rest at once.
 */
import type { OfficeInfo, OfficeStatus, PeerStatus, SyncStatus } from '../../shared/api';
import type { Db } from '../db/connection';
import { type OfficePublic, getOffice, installId } from './identity';
import { missingSeqs } from './import';
import type { KeyProtector } from './key-protector';
import { type PeerRow, listPeers, mustEnrollAgain } from './peers';
import { maintainsReference } from '../reference/maintainer';

export function officeInfo(o: OfficePublic): OfficeInfo {
  return { code: o.code, level: o.level, provinceCode: o.provinceCode, name: o.name, fingerprint: o.fingerprint };
}

async function peerStatus(db: Db, p: PeerRow, install: string | null): Promise<PeerStatus> {
  const sent = await db('sync_outbox').where({ to_code: p.code }).orderBy('seq', 'desc').first();
  const received = await db('sync_inbox').where({ from_code: p.code }).orderBy('seq', 'desc').first();
  return {
    code: p.code,
    level: p.level,
    provinceCode: p.province_code,
    name: p.name,
    fingerprint: p.fingerprint,
    enrolledAt: p.enrolled_at,
    lastSent: sent ? { seq: sent.seq, at: sent.created_at, fileName: sent.file_name } : null,
    lastReceived: received ? { seq: received.seq, at: received.imported_at, writtenAt: received.written_at, fileName: received.file_name } : null,
    ackedSeq: p.acked_seq,
    missing: await missingSeqs(db, p.code),
    enrollAgain: install !== null && mustEnrollAgain(p, install),
  };
}

export async function officeStatus(db: Db, protectors: KeyProtector[]): Promise<OfficeStatus> {
  const office = await getOffice(db);
  const provinces = await db('province').whereNull('deleted_at').orderBy('sort_order').select('code', 'name_lo', 'name_en');
  return {
    office: office ? officeInfo(office) : null,
    keyStorage: protectors[0]?.scheme === 'safeStorage' ? 'safeStorage' : 'keyfile',
    maintainsReference: await maintainsReference(db),
    provinces: provinces.map((p) => ({ code: p.code, nameLo: p.name_lo, nameEn: p.name_en })),
  };
}

export async function syncStatus(db: Db, protectors: KeyProtector[]): Promise<SyncStatus> {
  const peers = await listPeers(db);
  const install = peers.length ? await installId(db) : null;
  const open = await db('sync_conflict').whereNull('resolved_at').count({ n: '*' }).first();
  return {
    ...(await officeStatus(db, protectors)),
    peers: await Promise.all(peers.map((p) => peerStatus(db, p, install))),
    openConflicts: Number(open?.n ?? 0),
  };
}
