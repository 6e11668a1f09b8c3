/** The sync domain's channels (shared/api/sync.ts): office, enrollment, packages, conflicts, audit, hash. */
import type { ImportOutcome } from '../../shared/api';
import type { DomainHandlers } from '../handlers';
import { listAudit } from './audit';
import { listConflicts, resolveConflict } from './conflicts';
import { databaseHash } from './db-hash';
import { acceptRequest, completeEnrollment, createRequest, reviewReply, reviewRequest } from './enrollment';
import { exportPackage } from './export';
import { exportToFolder, lastExportFolder } from './export-folder';
import { getOffice, initOffice } from './identity';
import { importAll } from './import-batch';
import { pendingCount } from './outgoing';
import { requirePeer } from './peers';
import { backupKeys, restoreKeys } from './key-backup';
import { sourcesFromPaths, sourcesFromUploads } from './package-sources';
import { recordStatus } from './record-status';
import { officeInfo, officeStatus, syncStatus } from './status';

const text = (base64: string) => Buffer.from(base64, 'base64').toString('utf8');
const b64 = (s: string | Buffer) => Buffer.from(s).toString('base64');

export const syncHandlers: DomainHandlers = {
  'office.status': async (_input, ctx) => officeStatus(ctx.db, ctx.keyProtectors),
  'office.init': async (input, ctx) =>
    officeInfo(await initOffice(ctx.db, ctx.keyProtectors[0], { code: input.code, level: input.level, provinceCode: input.provinceCode, name: input.name })),
  'office.backupKeys': async ({ passphrase }, ctx) => {
    const { fileName, bytes } = await backupKeys(ctx.db, ctx.keyProtectors, passphrase);
    return { fileName, base64: b64(bytes) };
  },
  'office.restoreKeys': async ({ file, passphrase, replace }, ctx) =>
    officeInfo(await restoreKeys(ctx.db, ctx.keyProtectors[0], Buffer.from(file.base64, 'base64'), passphrase, { replace })),
  'enroll.request': async (_input, ctx) => {
    const r = await createRequest(ctx.db, ctx.keyProtectors);
    const office = await getOffice(ctx.db);
    return { fileName: `LWU_${office?.code}_enrollment-request.json`, base64: b64(r.fileText), fingerprint: r.fingerprint };
  },
  'enroll.reviewRequest': async ({ file }, ctx) => reviewRequest(ctx.db, text(file.base64)),
  'enroll.accept': async ({ file }, ctx) => {
    const { fileText, ...r } = await acceptRequest(ctx.db, ctx.keyProtectors, text(file.base64));
    return { fileName: `LWU_${r.province.code}_enrollment-reply.json`, base64: b64(fileText), ...r };
  },
  'enroll.reviewReply': async ({ file }, ctx) => reviewReply(ctx.db, text(file.base64)),
  'enroll.complete': async ({ file }, ctx) => completeEnrollment(ctx.db, text(file.base64)),
  'sync.status': async (_input, ctx) => syncStatus(ctx.db, ctx.keyProtectors),
  // On the read-only connection: at central a count can take seconds, and the app's work must not queue behind it.
  'sync.pendingCount': async ({ peer }, ctx) => ({ count: await pendingCount(ctx.reader, await requirePeer(ctx.reader, peer)) }),
  'sync.export': async ({ to, folder }, ctx) => {
    const r = folder === undefined ? await exportPackage(ctx.db, ctx.keyProtectors, { to, dir: null }) : await exportToFolder(ctx.db, ctx.keyProtectors, { to, folder });
    return { fileName: r.fileName, base64: b64(r.bytes), seq: r.seq, messages: r.messages, sha256: r.sha256, path: r.path };
  },
  'sync.import': async ({ files, paths, dryRun }, ctx) => {
    const sources = [...sourcesFromUploads(files ?? []), ...sourcesFromPaths(paths ?? [])];
    const outcomes = await importAll(ctx.db, ctx.keyProtectors, sources, { appVersion: ctx.version, dryRun });
    return outcomes.map((o): ImportOutcome => (o.ok ? o : { ok: false, fileName: o.fileName, error: { code: o.error.code, params: o.error.params } }));
  },
  'sync.exportFolder': async (_input, ctx) => lastExportFolder(ctx.db),
  'sync.audit': async (_input, ctx) => listAudit(ctx.db),
  'sync.hash': async ({ scope }, ctx) => ({ hash: await databaseHash(ctx.db, scope) }),
  'sync.recordStatus': async ({ table, rowId }, ctx) => recordStatus(ctx.db, table, rowId),
  'conflicts.list': async ({ includeResolved }, ctx) => listConflicts(ctx.db, includeResolved),
  'conflicts.resolve': async ({ id, keep }, ctx) => {
    await resolveConflict(ctx.db, id, keep);
    return { ok: true as const };
  },
};
