import { z } from 'zod';
import type { FieldValue } from '../merge';
import { absolutePathSchema } from '../paths';
import { officeCodeSchema, officeLevelSchema } from '../sync-format';
import { type Empty, channel, empty } from './channel';
import type { FileOut } from './roster';

export interface OfficeInfo {
  code: string;
  level: 'central' | 'provincial';
  provinceCode: string | null;
  name: string;
  fingerprint: string;
}

/** An office as an enrollment file shows it: the fingerprint is what two people compare by phone. */
export interface OfficeSeen {
  code: string;
  name: string;
  fingerprint: string;
}

/** What accepting a province's enrollment request would do. */
export interface RequestReview {
  province: OfficeSeen;
  /** already enrolled with other keys: they are replaced, and everything in its scope is sent again */
  replaced: boolean;
  /** the same keys from a new install (a PC restored from the key backup): everything is sent again */
  restored: boolean;
  /** the same install asking again: nothing changes but a new reply */
  again: boolean;
}

export interface OfficeStatus {
  office: OfficeInfo | null;
  /** where the private keys are kept: the OS keychain (desktop app) or a key file only this user can read */
  keyStorage: 'safeStorage' | 'keyfile';
  /** whether this office edits the curriculum, districts and holidays (central, or no office chosen yet) */
  maintainsReference: boolean;
  /** the provinces an office can be, for the first-run choice */
  provinces: Array<{ code: string; nameLo: string; nameEn: string }>;
}

export interface PeerStatus extends OfficeInfo {
  enrolledAt: string;
  lastSent: { seq: number; at: string; fileName: string } | null;
  /** at: when it was imported; writtenAt: when the peer wrote it (null for packages imported by an older app) */
  lastReceived: { seq: number; at: string; writtenAt: string | null; fileName: string } | null;
  ackedSeq: number;
  missing: number[];
  /** This PC was restored from a database backup: it enrolls again before it writes packages to this peer. */
  enrollAgain: boolean;
}

export interface SyncStatus extends OfficeStatus {
  peers: PeerStatus[];
  openConflicts: number;
}


export interface PackageSummary {
  fileName: string;
  from: string;
  seq: number;
  status: 'imported' | 'alreadyImported' | 'dryRun';
  messages: number;
  added: number;
  changed: number;
  conflicts: number;
  ack: number;
  missing: number[];
  /** Written by the sender's PC before it was restored onto another from the key backup: applied, not counted. */
  earlierInstall: boolean;
}

export type ImportOutcome = { ok: true; summary: PackageSummary } | { ok: false; fileName: string; error: { code: string; params: Record<string, string | number | boolean | null | string[]> } };

export interface ExportResult extends FileOut {
  seq: number;
  messages: number;
  sha256: string;
  path: string | null;
}

/** The folder the last package was written to on this computer (a USB stick), offered again next time. */
export interface ExportFolder {
  folder: string | null;
  /** false when that folder is not there now (the stick is not plugged in) */
  exists: boolean;
}

export interface Conflict {
  id: number;
  table: string;
  rowId: string;
  column: string;
  /** the record a person knows this by (the row itself, or the person, team or session it belongs to) */
  record: { table: string; rowId: string; nameLo: string; nameEn: string } | null;
  keptValue: FieldValue;
  lostValue: FieldValue;
  /** where a value is the id of a row (a district, a person), that row's name */
  keptName: { nameLo: string; nameEn: string } | null;
  lostName: { nameLo: string; nameEn: string } | null;
  /** where each value was written: here (this office), or elsewhere (it came in the peer's package) */
  keptBy: 'here' | 'peer';
  lostBy: 'here' | 'peer';
  /** when each value was written, by its clock (ISO); null for a value edited here since the conflict */
  keptAt: string | null;
  lostAt: string;
  peerCode: string;
  detectedAt: string;
  resolvedAt: string | null;
  /** superseded: a later change of the field arrived (a person chose a value at another office, or edited it) */
  resolution: 'kept' | 'restored' | 'superseded' | null;
}

export interface RecordSyncState {
  peer: string;
  state: 'notInScope' | 'pending' | 'sent' | 'acknowledged';
}

export interface AuditEntry {
  id: number;
  at: string;
  action: string;
  peerCode: string | null;
  seq: number | null;
  fileName: string | null;
  sha256: string | null;
  detail: Record<string, unknown> | null;
}

/** Room for a package a little past the import's limit (64 MiB), base64-encoded: the import then says it is too large. */
const base64 = z.string().max(Math.ceil((65 * 1024 * 1024) / 3) * 4).regex(/^[A-Za-z0-9+/]*={0,2}$/);
const fileIn = z.object({ fileName: z.string().min(1).max(255), base64 }).strict();
/** A file the user chose in the page, sent whole. */
export type FileIn = z.infer<typeof fileIn>;

const officeInit = z
  .object({ code: officeCodeSchema, level: officeLevelSchema, provinceCode: officeCodeSchema.nullable().optional(), name: z.string().trim().min(1).max(200) })
  .strict();
const fileInput = z.object({ file: fileIn }).strict();
const exportInput = z.object({ to: officeCodeSchema, folder: absolutePathSchema.optional() }).strict();
const importInput = z
  .object({ files: z.array(fileIn).max(500).optional(), paths: z.array(z.string().min(1).max(1000)).max(500).optional(), dryRun: z.boolean() })
  .strict();
/** The shortest passphrase a key backup accepts; the Sync page says so as it is typed. */
export const PASSPHRASE_MIN = 10;
const passphrase = z.string().min(PASSPHRASE_MIN).max(500);
const backupInput = z.object({ passphrase }).strict();
// replace: the person has seen that the backup's keys are not this office's working ones, and confirmed.
const restoreInput = z.object({ file: fileIn, passphrase, replace: z.boolean().optional() }).strict();
const conflictsInput = z.object({ includeResolved: z.boolean().default(false) }).strict();
const resolveInput = z.object({ id: z.number().int().positive(), keep: z.enum(['kept', 'lost']) }).strict();
const hashInput = z.object({ scope: officeCodeSchema.optional() }).strict();
const peerInput = z.object({ peer: officeCodeSchema }).strict();
const recordInput = z.object({ table: z.string().min(1).max(64), rowId: z.string().min(1).max(36) }).strict();

export const syncApi = {
  'office.status': channel<Empty, OfficeStatus>(empty),
  'office.init': channel<typeof officeInit, OfficeInfo>(officeInit),
  'office.backupKeys': channel<typeof backupInput, FileOut>(backupInput),
  'office.restoreKeys': channel<typeof restoreInput, OfficeInfo>(restoreInput),
  'enroll.request': channel<Empty, FileOut & { fingerprint: string }>(empty),
  /** central: what accepting a request would do, shown with its fingerprint before anything is written */
  'enroll.reviewRequest': channel<typeof fileInput, RequestReview>(fileInput),
  'enroll.accept': channel<typeof fileInput, FileOut & RequestReview & { fingerprint: string }>(fileInput),
  /** province: whose reply this is, shown with central's fingerprint before enrolling */
  'enroll.reviewReply': channel<typeof fileInput, { central: OfficeSeen; again: boolean }>(fileInput),
  /** again: this reply was completed before on this PC, and nothing changed */
  'enroll.complete': channel<typeof fileInput, { central: OfficeSeen; again: boolean }>(fileInput),
  'sync.status': channel<Empty, SyncStatus>(empty),
  /** how many messages a package to the peer would hold now: asked apart, as it can take seconds at central */
  'sync.pendingCount': channel<typeof peerInput, { count: number }>(peerInput),
  'sync.export': channel<typeof exportInput, ExportResult>(exportInput),
  'sync.exportFolder': channel<Empty, ExportFolder>(empty),
  'sync.import': channel<typeof importInput, ImportOutcome[]>(importInput),
  'sync.audit': channel<Empty, AuditEntry[]>(empty),
  'sync.hash': channel<typeof hashInput, { hash: string }>(hashInput),
  'sync.recordStatus': channel<typeof recordInput, RecordSyncState[]>(recordInput),
  'conflicts.list': channel<typeof conflictsInput, Conflict[]>(conflictsInput),
  'conflicts.resolve': channel<typeof resolveInput, { ok: true }>(resolveInput),
};
