/** The audit log of every export, import, refusal and enrollment: local, never replicated, never edited. */
import type { AuditEntry as AuditRecord } from '../../shared/api';
import type { Db } from '../db/connection';

export type AuditAction = 'export' | 'import' | 'refused' | 'request' | 'enroll' | 'resolve' | 'restore';

export interface AuditEntry {
  peer?: string | null;
  seq?: number | null;
  fileName?: string | null;
  sha256?: string | null;
  detail?: Record<string, unknown>;
}

export async function audit(db: Db, action: AuditAction, e: AuditEntry = {}): Promise<void> {
  await db('sync_audit').insert({
    at: new Date().toISOString(),
    action,
    peer_code: e.peer ?? null,
    seq: e.seq ?? null,
    file_name: e.fileName ?? null,
    sha256: e.sha256 ?? null,
    detail: e.detail ? JSON.stringify(e.detail) : null,
  });
}

export async function listAudit(db: Db, limit = 200): Promise<AuditRecord[]> {
  const rows = await db('sync_audit').orderBy('id', 'desc').limit(limit);
  return rows.map((r) => ({
    id: r.id,
    at: r.at,
    action: r.action,
    peerCode: r.peer_code,
    seq: r.seq,
    fileName: r.file_name,
    sha256: r.sha256,
    detail: r.detail ? JSON.parse(r.detail) : null,
  }));
}
