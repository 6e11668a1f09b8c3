/**
 * Enrollment (DESIGN.md section 3): the province sends its public keys, signed; central adds it as a peer and
 * answers with its own public keys, signed. Each file is self-signed, so trust comes from the two people
 * reading the same fingerprint to each other by phone; the files only carry public keys.
 */
import { z } from 'zod';
import type { OfficeSeen, RequestReview } from '../../shared/api';
import { AppError } from '../../shared/errors';
import { CENTRAL_CODE, officeCodeSchema, officeLevelSchema } from '../../shared/sync-format';
import type { Db } from '../db/connection';
import { inTransaction } from '../db/transaction';
import { type OfficePublic, installId, officeKeys, requireOffice } from './identity';
import type { KeyProtector } from './key-protector';
import { type PeerKeys, findPeer, recordInstall, requirePeer, savePeer, sendEverythingAgain, startAfresh } from './peers';
import { fingerprint, sha256Hex, signBytes, verifyBytes } from './signing';
import { holdsDemoData } from '../roster/demo';
import { audit } from './audit';

const REQUEST_FORMAT = 'lwu-enroll-request/1';
const REPLY_FORMAT = 'lwu-enroll-reply/1';

const officeKeysSchema = z
  .object({
    code: officeCodeSchema,
    level: officeLevelSchema,
    provinceCode: officeCodeSchema.nullable(),
    name: z.string().min(1).max(200),
    ageRecipient: z.string().regex(/^age1[0-9a-z]{58}$/),
    signPublic: z.string().regex(/^[A-Za-z0-9_-]{43}$/),
  })
  .strict();

const envelopeSchema = z.object({ format: z.string(), payload: z.string(), signature: z.string() }).strict();
// installId and requestInstall are absent from files written before installs were told apart.
const requestSchema = z.object({ office: officeKeysSchema, created: z.string(), installId: z.string().uuid().optional() }).strict();
const replySchema = z
  .object({
    central: officeKeysSchema,
    assignedCode: officeCodeSchema,
    requestFingerprint: z.string(),
    requestInstall: z.string().uuid().optional(),
    // Present when central starts afresh with this install: the number of its next package to the province.
    nextSeq: z.number().int().positive().optional(),
    created: z.string(),
  })
  .strict();

export interface EnrollmentFile {
  fileText: string;
  fingerprint: string;
}

function officePublicKeys(o: OfficePublic): PeerKeys {
  return { code: o.code, level: o.level, provinceCode: o.provinceCode, name: o.name, ageRecipient: o.ageRecipient, signPublic: o.signPublic };
}

async function sealed(db: Db, protectors: KeyProtector[], format: string, payload: unknown): Promise<string> {
  const bytes = Buffer.from(JSON.stringify(payload), 'utf8');
  const { signPrivate } = await officeKeys(db, protectors);
  return `${JSON.stringify({ format, payload: bytes.toString('base64'), signature: signBytes(signPrivate, bytes).toString('base64') }, null, 2)}\n`;
}

/** Parses an enrollment file and checks it is signed by the key it carries. */
function opened<T extends z.ZodType>(text: string, format: string, schema: T, signerOf: (p: z.infer<T>) => string): z.infer<T> {
  let envelope: z.infer<typeof envelopeSchema>;
  let payload: z.infer<T>;
  try {
    envelope = envelopeSchema.parse(JSON.parse(text));
    if (envelope.format !== format) {
      // The usual mix-up, said in the words of the screen: a request opened where the reply goes, or the reverse.
      if (envelope.format === REQUEST_FORMAT) throw new AppError('enroll.requestNotReply');
      if (envelope.format === REPLY_FORMAT) throw new AppError('enroll.replyNotRequest');
      throw new AppError('enroll.wrongFile', { expected: format, found: envelope.format });
    }
    payload = schema.parse(JSON.parse(Buffer.from(envelope.payload, 'base64').toString('utf8')));
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw new AppError('enroll.notAnEnrollmentFile');
  }
  const ok = verifyBytes(signerOf(payload), Buffer.from(envelope.payload, 'base64'), Buffer.from(envelope.signature, 'base64'));
  if (!ok) throw new AppError('enroll.badSignature');
  return payload;
}

export async function createRequest(db: Db, protectors: KeyProtector[]): Promise<EnrollmentFile> {
  const office = await requireOffice(db);
  if (office.level !== 'provincial') throw new AppError('enroll.onlyProvinceRequests');
  // Enrolled, it could never write a package (export refuses demo data): said now, before central is involved.
  if (await holdsDemoData(db)) throw new AppError('sync.demoData');
  const fileText = await sealed(db, protectors, REQUEST_FORMAT, { office: officePublicKeys(office), created: new Date().toISOString(), installId: await installId(db) });
  // Kept, so that the log shows when this office asked, and with which fingerprint, if central asks later.
  await audit(db, 'request', { peer: CENTRAL_CODE, detail: { fingerprint: office.fingerprint } });
  return { fileText, fingerprint: office.fingerprint };
}

export type AcceptResult = EnrollmentFile & RequestReview;

/** A request opened and checked, and what accepting it would do to the province's peer row as it is. */
async function reviewedRequest(db: Db, requestText: string) {
  const central = await requireOffice(db);
  if (central.level !== 'central') throw new AppError('enroll.onlyCentralAccepts');
  if (await holdsDemoData(db)) throw new AppError('sync.demoData');
  const request = opened(requestText, REQUEST_FORMAT, requestSchema, (p) => p.office.signPublic);
  const province = request.office;
  if (province.level !== 'provincial' || province.code === CENTRAL_CODE) throw new AppError('enroll.notAProvince', { code: province.code });
  const before = await findPeer(db, province.code);
  const replaced = before !== undefined && (before.age_recipient !== province.ageRecipient || before.sign_public !== province.signPublic);
  // The same keys from another install (or an older app that does not say) is a PC restored from the key
  // backup: it has lost what it was sent, and numbers its packages from 1 again. The same install asking twice
  // has lost nothing.
  const sameInstall = request.installId !== undefined && before?.install_id === request.installId;
  const review: RequestReview = {
    province: { code: province.code, name: province.name, fingerprint: fingerprint(province.ageRecipient, province.signPublic) },
    replaced,
    restored: before !== undefined && !replaced && !sameInstall,
    again: before !== undefined && !replaced && sameInstall,
  };
  return { central, request, sameInstall, review };
}

/**
 * Central: what accepting a request would do, without doing it. The screen shows it with the province's
 * fingerprint, and accepts only when the person has compared that fingerprint by phone.
 */
export async function reviewRequest(db: Db, requestText: string): Promise<RequestReview> {
  return (await reviewedRequest(db, requestText)).review;
}

/** Central: checks the province's request, adds (or re-keys) the province as a peer, and writes the reply. */
export async function acceptRequest(db: Db, protectors: KeyProtector[], requestText: string): Promise<AcceptResult> {
  return inTransaction(db, async (trx) => {
    const { central, request, sameInstall, review } = await reviewedRequest(trx, requestText);
    const { province } = review;
    await savePeer(trx, request.office);
    if (review.restored) await sendEverythingAgain(trx, province.code);
    await recordInstall(trx, province.code, request.installId);
    await audit(trx, 'enroll', { peer: province.code, detail: { fingerprint: province.fingerprint, replaced: review.replaced, newInstall: !sameInstall } });
    const reply = {
      central: officePublicKeys(central),
      assignedCode: province.code,
      requestFingerprint: province.fingerprint,
      requestInstall: request.installId,
      nextSeq: sameInstall ? undefined : (await requirePeer(trx, province.code)).last_sent_seq + 1,
      created: new Date().toISOString(),
    };
    return { fileText: await sealed(trx, protectors, REPLY_FORMAT, reply), fingerprint: central.fingerprint, ...review };
  });
}

/** A reply opened and checked against this office: it answers this install's own request, from central. */
async function checkedReply(db: Db, replyText: string) {
  const office = await requireOffice(db);
  const reply = opened(replyText, REPLY_FORMAT, replySchema, (p) => p.central.signPublic);
  if (reply.requestFingerprint !== office.fingerprint || reply.assignedCode !== office.code) {
    throw new AppError('enroll.replyForAnotherOffice', { code: reply.assignedCode });
  }
  // A PC restored from the key backup has the same fingerprint: a reply kept from the old PC's enrollment would
  // complete it without central knowing of the new install, and central would refuse its packages.
  if (reply.requestInstall !== undefined && reply.requestInstall !== (await installId(db))) throw new AppError('enroll.replyForEarlierInstall');
  if (reply.central.level !== 'central' || reply.central.code !== CENTRAL_CODE) throw new AppError('enroll.notFromCentral');
  const central: OfficeSeen = { code: reply.central.code, name: reply.central.name, fingerprint: fingerprint(reply.central.ageRecipient, reply.central.signPublic) };
  return { reply, central, hash: sha256Hex(Buffer.from(replyText, 'utf8')) };
}

/**
 * Province: this very reply was completed before, on this install. Completing it again must change nothing:
 * it would number this office's packages from the reply's number again, and central would refuse them as
 * already imported. Known by its hash in the audit log, or, for an enrollment logged before hashes were, by a
 * reply written before central was enrolled here with the same keys.
 */
async function completedBefore(db: Db, reply: z.infer<typeof replySchema>, replyHash: string): Promise<boolean> {
  const peer = await findPeer(db, reply.central.code);
  if (!peer || peer.enrolled_as !== (await installId(db))) return false;
  const logged = await db('sync_audit').where({ action: 'enroll', peer_code: peer.code }).select('detail');
  if (logged.some((r) => r.detail && JSON.parse(r.detail).reply === replyHash)) return true;
  return peer.sign_public === reply.central.signPublic && peer.age_recipient === reply.central.ageRecipient && reply.created <= peer.enrolled_at;
}

/** Province: whose reply this is, without enrolling yet: the screen shows central's fingerprint to compare first. */
export async function reviewReply(db: Db, replyText: string): Promise<{ central: OfficeSeen; again: boolean }> {
  const { reply, central, hash } = await checkedReply(db, replyText);
  return { central, again: await completedBefore(db, reply, hash) };
}

/** Province: checks central's reply answers this office's own request, and adds central as its peer. */
export async function completeEnrollment(db: Db, replyText: string): Promise<{ central: OfficeSeen; again: boolean }> {
  return inTransaction(db, async (trx) => {
    const { reply, central, hash } = await checkedReply(trx, replyText);
    if (await completedBefore(trx, reply, hash)) return { central, again: true };
    await savePeer(trx, reply.central);
    if (reply.nextSeq !== undefined) await startAfresh(trx, reply.central.code, reply.nextSeq);
    await trx('sync_peer').where({ code: reply.central.code }).update({ enrolled_as: await installId(trx) });
    await audit(trx, 'enroll', { peer: reply.central.code, detail: { fingerprint: central.fingerprint, reply: hash } });
    return { central, again: false };
  });
}
