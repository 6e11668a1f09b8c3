import fs from 'node:fs';
import path from 'node:path';
import { listAudit } from '../../electron/sync/audit';
import { describe, expect, it } from 'vitest';
import type { AppError } from '../../shared/errors';
import { acceptRequest, completeEnrollment, createRequest, reviewReply, reviewRequest } from '../../electron/sync/enrollment';
import { getOffice } from '../../electron/sync/identity';
import { KEY_FILE_NAME } from '../../electron/sync/key-protector';
import { backupKeys, restoreKeys } from '../../electron/sync/key-backup';
import { insertRow } from '../../electron/sync/write-path';
import { enroll, hash, officesForThisFile, person, receive, refusalOf, send } from '../helpers/offices';
import { tempDir } from '../helpers/temp-dir';

const office = officesForThisFile();
const codeOf = refusalOf;

describe('office keys', () => {
  it('keeps the private keys only in protected form, under a key file readable by the user alone', async () => {
    const bl = await office('LA-BL');
    const row = await bl.db('sync_office').first();
    expect(row.age_identity_protected).toMatch(/^keyfile:/);
    expect(row.age_identity_protected).not.toContain('AGE-SECRET-KEY');
    expect(fs.statSync(path.join(bl.dir, KEY_FILE_NAME)).mode & 0o777).toBe(0o600);
    fs.renameSync(path.join(bl.dir, KEY_FILE_NAME), path.join(bl.dir, 'moved.key'));
    expect(await codeOf(createRequest(bl.db, bl.backend.ctx.keyProtectors))).toBe('office.keyFileMissing');
    fs.renameSync(path.join(bl.dir, 'moved.key'), path.join(bl.dir, KEY_FILE_NAME));
  });

  it('restores a passphrase-protected key backup on a new install, which then opens packages sent before', async () => {
    const central = await office('LA-CENTRAL');
    const bl = await office('LA-BL');
    await enroll(central, bl);
    const backup = await backupKeys(bl.db, bl.backend.ctx.keyProtectors, 'long enough passphrase');
    await insertRow(central.db, 'person', person('LA-BL', 'ນາງ ນ້ອຍ'));
    const inFlight = await send(central, bl, tempDir('lwu-keys'));

    const fresh = await office('LA-BL');
    // Set up as LA-BL with keys of its own: the backup's would replace them, which is asked first.
    const ownKeys = await getOffice(fresh.db);
    expect(await restoreKeys(fresh.db, fresh.backend.ctx.keyProtectors[0], backup.bytes, 'long enough passphrase').then(() => 'restored', (e: AppError) => ({ error: e.code, ...e.params }))).toEqual({
      error: 'office.restoreReplacesKeys',
      code: 'LA-BL',
      current: ownKeys!.fingerprint,
      backup: (await getOffice(bl.db))!.fingerprint,
    });
    expect(await getOffice(fresh.db), 'nothing changed').toEqual(ownKeys);
    await fresh.db('sync_office').delete(); // a new PC where nobody set up an office yet
    expect(await codeOf(restoreKeys(fresh.db, fresh.backend.ctx.keyProtectors[0], backup.bytes, 'wrong passphrase!!'))).toBe('office.backupUnreadable');
    await restoreKeys(fresh.db, fresh.backend.ctx.keyProtectors[0], backup.bytes, 'long enough passphrase');
    expect((await getOffice(fresh.db))?.fingerprint).toBe((await getOffice(bl.db))?.fingerprint);
    expect((await listAudit(fresh.db)).map((e) => e.action), 'the restore is in the audit log, the failed attempt changed nothing').toEqual(['restore']);
    // Enrollment is not in the key backup: the restored office completes central's reply again.
    const reply = await acceptRequest(central.db, central.backend.ctx.keyProtectors, (await createRequest(fresh.db, fresh.backend.ctx.keyProtectors)).fileText);
    expect(reply, 'same keys, a new install: central keeps the peer and sends everything again').toMatchObject({ replaced: false, restored: true });
    await completeEnrollment(fresh.db, reply.fileText);
    expect((await receive(fresh, inFlight)).added).toBe(1);
    expect((await listAudit(fresh.db)).map((e) => [e.action, e.peerCode]).reverse(), 'the request is logged with whom it was for').toEqual([
      ['restore', null],
      ['request', 'LA-CENTRAL'],
      ['enroll', 'LA-CENTRAL'],
      ['import', 'LA-CENTRAL'],
    ]);
  });

  it('reviews a request and a reply without writing anything: the fingerprint is compared before enrolling', async () => {
    const central = await office('LA-CENTRAL');
    const bl = await office('LA-BL');
    const unchanged = async () => ({
      central: [await central.db('sync_peer').select('*'), await central.db('sync_audit').count({ n: '*' }).first(), await hash(central)],
      bl: [await bl.db('sync_peer').select('*'), await bl.db('sync_audit').count({ n: '*' }).first(), await hash(bl)],
    });
    const request = await createRequest(bl.db, bl.backend.ctx.keyProtectors);
    const before = await unchanged();
    const review = await reviewRequest(central.db, request.fileText);
    expect(review).toEqual({ province: { code: 'LA-BL', name: 'Office LA-BL', fingerprint: request.fingerprint }, replaced: false, restored: false, again: false });
    expect(await unchanged(), 'a review enrolls nobody').toEqual(before);
    const reply = await acceptRequest(central.db, central.backend.ctx.keyProtectors, request.fileText);
    expect(reply, 'accepting does what the review said').toMatchObject(review);

    const beforeReply = await unchanged();
    expect(await reviewReply(bl.db, reply.fileText)).toEqual({ central: { code: 'LA-CENTRAL', name: 'Office LA-CENTRAL', fingerprint: reply.fingerprint }, again: false });
    expect(await unchanged(), 'a reviewed reply enrolls nobody').toEqual(beforeReply);
    expect(await codeOf(reviewReply(bl.db, request.fileText)), 'a review checks what completing would').toBe('enroll.requestNotReply');
    await completeEnrollment(bl.db, reply.fileText);

    // Packages go both ways; then the old reply is opened again: it says so, and changes nothing, for it would
    // number this office's packages from 1 again and central would refuse them as already imported.
    await receive(central, await send(bl, central, tempDir('lwu-keys')));
    await receive(bl, await send(central, bl, tempDir('lwu-keys')));
    const peerRow = await bl.db('sync_peer').first();
    const audited = (await listAudit(bl.db)).length;
    expect((await reviewReply(bl.db, reply.fileText)).again).toBe(true);
    expect((await completeEnrollment(bl.db, reply.fileText)).again).toBe(true);
    expect(await bl.db('sync_peer').first(), 'numbering and acknowledgements as they were').toEqual(peerRow);
    expect((await listAudit(bl.db)).length, 'no second enrollment logged').toBe(audited);
    await receive(central, await send(bl, central, tempDir('lwu-keys')));

    // Asked again from the same PC, and then by a province with new keys under the same code.
    expect(await reviewRequest(central.db, (await createRequest(bl.db, bl.backend.ctx.keyProtectors)).fileText)).toMatchObject({ again: true, replaced: false, restored: false });
    const rekeyed = await office('LA-BL');
    expect(await reviewRequest(central.db, (await createRequest(rekeyed.db, rekeyed.backend.ctx.keyProtectors)).fileText)).toMatchObject({ again: false, replaced: true, restored: false });
    expect(await codeOf(reviewRequest(bl.db, request.fileText)), 'only central reviews requests').toBe('enroll.onlyCentralAccepts');
  });

  it('refuses a tampered request, and a reply written for another office', async () => {
    const central = await office('LA-CENTRAL');
    const [bl, xa] = [await office('LA-BL'), await office('LA-XA')];
    const request = JSON.parse((await createRequest(bl.db, bl.backend.ctx.keyProtectors)).fileText);
    const payload = JSON.parse(Buffer.from(request.payload, 'base64').toString());
    payload.office.name = 'Someone else';
    const tampered = JSON.stringify({ ...request, payload: Buffer.from(JSON.stringify(payload)).toString('base64') });
    expect(await codeOf(acceptRequest(central.db, central.backend.ctx.keyProtectors, tampered))).toBe('enroll.badSignature');
    const replyForBl = await acceptRequest(central.db, central.backend.ctx.keyProtectors, JSON.stringify(request));
    expect(await codeOf(completeEnrollment(xa.db, replyForBl.fileText))).toBe('enroll.replyForAnotherOffice');
    expect(await codeOf(acceptRequest(bl.db, bl.backend.ctx.keyProtectors, JSON.stringify(request)))).toBe('enroll.onlyCentralAccepts');
    // The two files mixed up, each told apart in the screen's words.
    expect(await codeOf(completeEnrollment(bl.db, JSON.stringify(request)))).toBe('enroll.requestNotReply');
    expect(await codeOf(acceptRequest(central.db, central.backend.ctx.keyProtectors, replyForBl.fileText))).toBe('enroll.replyNotRequest');
  });
});
