import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBackend } from '../../electron/backend';
import { backupDatabase } from '../../electron/db/backup';
import { databaseFileName } from '../../electron/db/connection';
import { insertRow, updateRow } from '../../electron/sync/write-path';
import { referenceId } from '../../electron/reference/reference';
import { listConflicts, resolveConflict } from '../../electron/sync/conflicts';
import { recordKey, recordLabels } from '../../electron/sync/record-label';
import { recordStatus } from '../../electron/sync/record-status';
import { pendingCount } from '../../electron/sync/outgoing';
import { requirePeer } from '../../electron/sync/peers';
import { backupKeys, restoreKeys } from '../../electron/sync/key-backup';
import { type Office, enroll, hash, openOffice, person, provinceId, receive, refusalOf, send } from '../helpers/offices';
import { acceptRequest, completeEnrollment, createRequest } from '../../electron/sync/enrollment';
import { installId } from '../../electron/sync/identity';
import { syncStatus } from '../../electron/sync/status';
import { rolledBack } from '../../electron/db/transaction';
import { tempDir } from '../helpers/temp-dir';

let central: Office;
let bl: Office;
let xa: Office;
const stick = tempDir('lwu-stick');

/** One round on the USB stick: each province sends to central, central imports and sends back to each. */
async function round(): Promise<void> {
  for (const p of [bl, xa]) await receive(central, await send(p, central, stick));
  for (const p of [bl, xa]) await receive(p, await send(central, p, stick));
}

async function expectInSync(): Promise<void> {
  expect(await hash(bl, 'LA-BL'), 'Bolikhamxay holds exactly what central holds for Bolikhamxay').toBe(await hash(central, 'LA-BL'));
  expect(await hash(xa, 'LA-XA'), 'Xayaboury holds exactly what central holds for Xayaboury').toBe(await hash(central, 'LA-XA'));
}

beforeAll(async () => {
  [central, bl, xa] = await Promise.all([openOffice('LA-CENTRAL'), openOffice('LA-BL'), openOffice('LA-XA')]);
  await enroll(central, bl);
  await enroll(central, xa);
});
afterAll(async () => {
  for (const o of [central, bl, xa]) await o.backend.close();
});

describe('central and two provinces exchanging package files', () => {
  it('converge on the rows each office should hold, and a province never receives another province’s people', async () => {
    const a = await insertRow(bl.db, 'person', person('LA-BL', 'ນາງ ແກ້ວ'));
    const b = await insertRow(xa.db, 'person', person('LA-XA', 'ນາງ ບົວ'));
    await insertRow(central.db, 'person', person('LA-BL', 'ນາງ ຄຳ'));
    await updateRow(central.db, 'module', referenceId('module', 'safe-migration'), { name_en: 'Safe migration (2026 edition)' });
    await round();
    await expectInSync();
    expect(await bl.db('person').where({ id: b }).first(), 'Xayaboury’s trainer stays out of Bolikhamxay').toBeUndefined();
    expect((await xa.db('module').where({ code: 'safe-migration' }).first()).name_en).toBe('Safe migration (2026 edition)');
    expect(await central.db('person').where({ id: a }).first()).toMatchObject({ name_lo: 'ນາງ ແກ້ວ' });
    // A second round with nothing new changes nothing and still matches.
    const before = await hash(central);
    await round();
    expect(await hash(central)).toBe(before);
  });

  it('sends a transferred person whole to her new province, with her qualifications, and tells the old one she left', async () => {
    const id = await insertRow(bl.db, 'person', person('LA-BL', 'ນາງ ດາວ'));
    await insertRow(bl.db, 'qualification', { person_id: id, module_id: referenceId('module', 'trafficking-law'), earned_on: '2026-03-01', source: 'manual' });
    await round();
    await updateRow(central.db, 'person', id, { province_id: provinceId('LA-XA') });
    await round();
    await expectInSync();
    expect(await xa.db('person').where({ id }).first()).toMatchObject({ name_lo: 'ນາງ ດາວ', province_id: provinceId('LA-XA') });
    expect(await xa.db('qualification').where({ person_id: id }).count({ n: '*' }).first()).toEqual({ n: 1 });
    expect((await bl.db('person').where({ id }).first()).province_id, 'Bolikhamxay sees her move away').toBe(provinceId('LA-XA'));
  });

  it('sends a transfer to both provinces, and a session with its modules, attendees and villages to its own', async () => {
    const id = await insertRow(bl.db, 'person', person('LA-BL', 'ນາງ ມະນີ'));
    await round();
    const transfer = await insertRow(central.db, 'transfer', { person_id: id, transfer_date: '2026-06-01', applied_on: '2026-06-01', from_province_id: provinceId('LA-BL'), to_province_id: provinceId('LA-XA'), keeps_training_role: 1 });
    await updateRow(central.db, 'person', id, { province_id: provinceId('LA-XA') });
    const session = await insertRow(central.db, 'session', { kind: 'village', level: 'village', province_id: provinceId('LA-XA'), start_date: '2026-07-02', end_date: '2026-07-02', status: 'held' });
    await insertRow(central.db, 'session_module', { session_id: session, module_id: referenceId('module', 'trafficking-law') });
    await insertRow(central.db, 'session_attendee', { session_id: session, person_id: id });
    await round();
    await expectInSync();
    for (const o of [bl, xa]) expect(await o.db('transfer').where({ id: transfer }).first(), `${o.code} holds the transfer`).toMatchObject({ person_id: id });
    expect(await xa.db('session_attendee').where({ session_id: session }).pluck('person_id')).toEqual([id]);
    expect(await xa.db('session_module').where({ session_id: session }).count({ n: '*' }).first()).toEqual({ n: 1 });
    expect(await bl.db('session').where({ id: session }).first(), 'Xayaboury’s session stays out of Bolikhamxay').toBeUndefined();
    expect(await bl.db('session_attendee').where({ session_id: session }).first()).toBeUndefined();
  });

  it('records a conflict where both changes meet, and keeping the other value syncs on', async () => {
    const id = await insertRow(bl.db, 'person', person('LA-BL', 'ນາງ ພອນ'));
    await round();
    await updateRow(bl.db, 'person', id, { phone: '020 5555 1111' });
    await updateRow(central.db, 'person', id, { phone: '020 5555 2222' }); // later clock: wins everywhere
    await round();
    await expectInSync();
    expect((await bl.db('person').where({ id }).first()).phone).toBe('020 5555 2222');
    // Central imported Bolikhamxay's change after making its own: that is where the two values met. Central's
    // next package already carried Bolikhamxay's value as seen, so Bolikhamxay has no conflict to review.
    const [conflict] = await listConflicts(central.db, false);
    expect(conflict).toMatchObject({ table: 'person', rowId: id, column: 'phone', keptValue: '020 5555 2222', lostValue: '020 5555 1111', peerCode: 'LA-BL', keptBy: 'here', lostBy: 'peer' });
    expect(conflict.keptAt! > conflict.lostAt, 'each value is dated by its clock').toBe(true);
    expect(conflict.record, 'the list names her, not a UUID').toEqual({ table: 'person', rowId: id, nameLo: 'ນາງ ພອນ', nameEn: 'ນາງ ພອນ' });
    // A row that belongs to her (a qualification) is known by her name too; many rows are named at once, as the
    // Conflicts list asks: a session by its title, a row that no longer exists by nothing.
    const qualification = await insertRow(central.db, 'qualification', { person_id: id, module_id: referenceId('module', 'safe-migration'), earned_on: '2025-01-01', source: 'manual' });
    const session = await insertRow(central.db, 'session', { kind: 'village', level: 'village', province_id: provinceId('LA-BL'), start_date: '2026-05-04', end_date: '2026-05-04', status: 'planned' });
    const labels = await recordLabels(central.db, [
      { table: 'qualification', rowId: qualification },
      { table: 'person', rowId: id },
      { table: 'session', rowId: session },
      { table: 'person', rowId: 'gone' },
    ]);
    expect(labels.get(recordKey({ table: 'qualification', rowId: qualification }))).toMatchObject({ table: 'person', rowId: id, nameLo: 'ນາງ ພອນ' });
    expect(labels.get(recordKey({ table: 'person', rowId: id }))).toMatchObject({ nameLo: 'ນາງ ພອນ' });
    expect(labels.get(recordKey({ table: 'session', rowId: session }))).toMatchObject({ table: 'session', nameEn: 'Village awareness session · Bolikhamxay' });
    expect(labels.has(recordKey({ table: 'person', rowId: 'gone' }))).toBe(false);
    expect(await listConflicts(bl.db, false)).toEqual([]);
    // A value that is an id comes with the name of what it points to: a choice between two UUIDs is blind.
    const [pakkading, khamkeut] = await central.db('district').where({ province_id: provinceId('LA-BL') }).orderBy('name_en').limit(2).select('id', 'name_lo', 'name_en');
    await updateRow(bl.db, 'person', id, { district_id: pakkading.id });
    await updateRow(central.db, 'person', id, { district_id: khamkeut.id });
    await round();
    const district = (await listConflicts(central.db, false)).find((c) => c.column === 'district_id');
    expect(district).toMatchObject({ keptValue: khamkeut.id, keptName: { nameLo: khamkeut.name_lo, nameEn: khamkeut.name_en }, lostName: { nameEn: pakkading.name_en } });
    expect(conflict.keptName, 'a phone number names nothing').toBeNull();
    await resolveConflict(central.db, district!.id, 'kept');
    await resolveConflict(central.db, conflict.id, 'lost');
    expect(await listConflicts(central.db, false)).toEqual([]);
    await round();
    await expectInSync();
    expect((await bl.db('person').where({ id }).first()).phone, 'the value a person chose to keep travels on').toBe('020 5555 1111');
  });

  it('shows for a record whether its latest change is waiting, sent or acknowledged by each office', async () => {
    const id = await insertRow(bl.db, 'person', person('LA-BL', 'ນາງ ສົມ'));
    expect(await recordStatus(bl.db, 'person', id)).toEqual([{ peer: 'LA-CENTRAL', state: 'pending' }]);
    await receive(central, await send(bl, central, stick));
    expect(await recordStatus(bl.db, 'person', id)).toEqual([{ peer: 'LA-CENTRAL', state: 'sent' }]);
    await receive(bl, await send(central, bl, stick)); // carries central's acknowledgement
    expect(await recordStatus(bl.db, 'person', id)).toEqual([{ peer: 'LA-CENTRAL', state: 'acknowledged' }]);
    expect(await recordStatus(central.db, 'person', id)).toEqual([
      { peer: 'LA-BL', state: 'acknowledged' }, // it came from there
      { peer: 'LA-XA', state: 'notInScope' },
    ]);
    // A qualification added to her is a change of her record, as her page shows it; and a team's member, of the team's.
    const [module] = await bl.db('module').orderBy('sort_order').limit(1).pluck('id');
    await insertRow(bl.db, 'qualification', { person_id: id, module_id: module, earned_on: '2026-01-15', source: 'import' });
    expect(await recordStatus(bl.db, 'person', id)).toEqual([{ peer: 'LA-CENTRAL', state: 'pending' }]);
    const team = await insertRow(bl.db, 'team', { name_lo: 'ທີມ ສົມ', level: 'provincial', province_id: provinceId('LA-BL'), target_size: 6 });
    await receive(central, await send(bl, central, stick));
    await receive(bl, await send(central, bl, stick));
    expect(await recordStatus(bl.db, 'person', id)).toEqual([{ peer: 'LA-CENTRAL', state: 'acknowledged' }]);
    expect(await recordStatus(bl.db, 'team', team)).toEqual([{ peer: 'LA-CENTRAL', state: 'acknowledged' }]);
    await insertRow(bl.db, 'team_member', { team_id: team, person_id: id, role: 'member', from_date: '2026-02-01' });
    expect(await recordStatus(bl.db, 'team', team)).toEqual([{ peer: 'LA-CENTRAL', state: 'pending' }]);
    // Central's own later change of a field she had set here leaves nothing of hers to send.
    await receive(central, await send(bl, central, stick));
    await receive(bl, await send(central, bl, stick));
    await updateRow(central.db, 'person', id, { phone: '020 7777 0000' });
    await receive(bl, await send(central, bl, stick));
    expect(await recordStatus(bl.db, 'person', id)).toEqual([{ peer: 'LA-CENTRAL', state: 'acknowledged' }]);
  });

  it('settles a conflict once a later change of the field arrives, and shows each field as it is now', async () => {
    const id = await insertRow(bl.db, 'person', person('LA-BL', 'ນາງ ແພງ'));
    await round();
    const open = async (o: Office) => (await listConflicts(o.db, false)).filter((c) => c.rowId === id);
    await updateRow(bl.db, 'person', id, { phone: '020 8702 0000' });
    await updateRow(central.db, 'person', id, { phone: '020 8702 9999' }); // later clock: wins everywhere
    await receive(bl, await send(central, bl, stick));
    expect(await open(bl), 'Bolikhamxay sees its own change lose').toMatchObject([{ keptValue: '020 8702 9999', lostValue: '020 8702 0000', keptBy: 'peer', lostBy: 'here' }]);
    // Central settles it by phone and types Bolikhamxay's number back: that later change closes the conflict there.
    await updateRow(central.db, 'person', id, { phone: '020 8702 0000' });
    await receive(bl, await send(central, bl, stick));
    expect((await bl.db('person').where({ id }).first()).phone).toBe('020 8702 0000');
    expect(await open(bl), 'a later change of the field settles the conflict').toEqual([]);
    expect((await listConflicts(bl.db, true)).find((c) => c.rowId === id)).toMatchObject({ resolution: 'superseded' });
    // A conflict still open shows the field as it is now, not as it was when the packages met.
    await updateRow(bl.db, 'person', id, { phone: '020 8702 1111' });
    await updateRow(central.db, 'person', id, { phone: '020 8702 2222' });
    await receive(central, await send(bl, central, stick));
    const [atCentral] = await open(central);
    expect(atCentral).toMatchObject({ keptValue: '020 8702 2222', lostValue: '020 8702 1111' });
    await updateRow(central.db, 'person', id, { phone: '020 8702 3333' });
    expect(await open(central)).toMatchObject([{ id: atCentral!.id, keptValue: '020 8702 3333', keptBy: 'here', keptAt: null }]);
    await resolveConflict(central.db, atCentral!.id, 'kept');
    await round();
    await expectInSync();
  });

  it('counts for each peer what a package would hold now: every field once, however often it changed', async () => {
    await round();
    const centralSeenFromBl = () => requirePeer(bl.db, 'LA-CENTRAL');
    expect(await pendingCount(bl.db, await centralSeenFromBl())).toBe(0);
    const id = await insertRow(bl.db, 'person', person('LA-BL', 'ນາງ ນາ'));
    await updateRow(bl.db, 'person', id, { name_en: 'Na' });
    await updateRow(bl.db, 'person', id, { name_en: 'Naa' });
    const fields = await bl.db('change_log').where({ row_id: id }).countDistinct({ n: 'column_name' }).first();
    expect(await pendingCount(bl.db, await centralSeenFromBl())).toBe(fields!.n);
    const up = await receive(central, await send(bl, central, stick));
    expect(up.messages).toBe(fields!.n);
    expect((await central.db('person').where({ id }).first()).name_en).toBe('Naa');
    // Central to a province goes through the scope rules: the count is still what the package holds.
    await updateRow(central.db, 'person', id, { name_en: 'Nang Na' });
    const waiting = await pendingCount(central.db, await requirePeer(central.db, 'LA-BL'));
    const down = await receive(bl, await send(central, bl, stick));
    expect(down.messages).toBe(waiting);
    expect(waiting).toBeGreaterThan(0);
    expect(await pendingCount(bl.db, await centralSeenFromBl()), 'central acknowledged everything').toBe(0);

    // A person central moves between provinces: Bolikhamxay receives her whole, with her qualification, and
    // Xayaboury sees her leave. Each count is again what the package holds.
    const moved = await insertRow(central.db, 'person', person('LA-XA', 'ນາງ ຍ້າຍ'));
    await insertRow(central.db, 'qualification', { person_id: moved, module_id: referenceId('module', 'safe-migration'), earned_on: '2025-01-01', source: 'manual' });
    await round();
    await round(); // Bolikhamxay acknowledges central's changes, hers among them, which it never received
    await updateRow(central.db, 'person', moved, { province_id: provinceId('LA-BL'), phone: '020 5555 3333' });
    const counted = { bl: await pendingCount(central.db, await requirePeer(central.db, 'LA-BL')), xa: await pendingCount(central.db, await requirePeer(central.db, 'LA-XA')) };
    expect(counted.bl, 'her whole row and her qualification').toBeGreaterThan(10);
    expect(counted.xa, 'her new province only').toBe(1);
    expect((await receive(bl, await send(central, bl, stick))).messages).toBe(counted.bl);
    expect((await receive(xa, await send(central, xa, stick))).messages).toBe(counted.xa);
  });

  it('relays a change from one province through central without sending it back to where it came from', async () => {
    const id = await insertRow(bl.db, 'village', { district_id: referenceId('district', 'LA-BL-PKD'), province_id: provinceId('LA-BL'), name_lo: 'ບ້ານ ໃໝ່', name_en: 'Ban Mai' });
    await receive(central, await send(bl, central, stick));
    const toXa = await receive(xa, await send(central, xa, stick));
    expect(toXa.added, 'a village is reference data: Xayaboury receives it through central').toBe(1);
    expect(await xa.db('village').where({ id }).first()).toMatchObject({ name_en: 'Ban Mai' });
    const back = await receive(bl, await send(central, bl, stick));
    expect(back.messages, 'central does not echo Bolikhamxay’s own village back to it').toBe(0);
  });

  it('heals a province that lost its keys and its data: it re-enrolls and central sends its province again', async () => {
    const before = await hash(central, 'LA-BL');
    await bl.backend.close();
    bl = await openOffice('LA-BL'); // a new PC: new keys, empty database
    await enroll(central, bl);
    await receive(bl, await send(central, bl, stick));
    expect(await hash(bl, 'LA-BL'), 'everything of Bolikhamxay is back').toBe(before);
    await round();
    await expectInSync();
  });

  it('heals a province restored from its key backup onto an empty database, and takes its new packages', async () => {
    await insertRow(bl.db, 'person', person('LA-BL', 'ນາງ ພອນ'));
    await round();
    // A package on its way when the old PC died: the new PC opens it (the keys are the same), and its
    // acknowledgement must not make central believe the new PC has what the old one was sent.
    await insertRow(central.db, 'person', person('LA-BL', 'ນາງ ບຸນມີ'));
    const inFlight = await send(central, bl, stick);
    const before = await hash(central, 'LA-BL');
    const backup = await backupKeys(bl.db, bl.backend.ctx.keyProtectors, 'the office safe passphrase');
    await bl.backend.close();
    bl = await openOffice('LA-BL'); // a new PC, its keys restored from the backup: the same office, no data
    await restoreKeys(bl.db, bl.backend.ctx.keyProtectors[0], backup.bytes, 'the office safe passphrase', { replace: true });
    await enroll(central, bl);
    await receive(bl, inFlight);
    await receive(central, await send(bl, central, stick)); // acknowledges the package that was on its way
    expect((await receive(bl, await send(central, bl, stick))).missing, 'central’s packages to the old PC are not missing here').toEqual([]);
    expect(await hash(bl, 'LA-BL'), 'everything of Bolikhamxay is back').toBe(before);
    // Its packages are numbered from 1 again: its package 2 is new, not the old install's package 2.
    const id = await insertRow(bl.db, 'person', person('LA-BL', 'ນາງ ສີ'));
    const sent = await receive(central, await send(bl, central, stick));
    expect(sent).toMatchObject({ seq: 2, status: 'imported' });
    expect(await central.db('person').where({ id }).first(), 'the trainer added on the new PC reaches central').toMatchObject({ name_lo: 'ນາງ ສີ' });
    await round();
    await expectInSync();
  });

  it('learns the install of a province enrolled before installs were told apart, from its next package', async () => {
    await central.db('sync_peer').where({ code: 'LA-XA' }).update({ install_id: null });
    await central.db('sync_peer_install').where({ peer_code: 'LA-XA' }).delete();
    await insertRow(xa.db, 'person', person('LA-XA', 'ນາງ ເກົ່າ'));
    expect(await receive(central, await send(xa, central, stick))).toMatchObject({ status: 'imported', earlierInstall: false });
    expect((await requirePeer(central.db, 'LA-XA')).install_id, 'central now tells its installs apart').toBe(await installId(xa.db));
  });

  it('takes a province that enrolls twice from the same PC as it is, and one restored from a backup as new', async () => {
    await round();
    const again = await acceptRequest(central.db, central.backend.ctx.keyProtectors, (await createRequest(xa.db, xa.backend.ctx.keyProtectors)).fileText);
    expect(again, 'the same install: nothing to send again').toMatchObject({ replaced: false, restored: false });
    await completeEnrollment(xa.db, again.fileText);
    expect((await receive(xa, await send(central, xa, stick))).messages, 'nothing is sent twice').toBe(0);
    const backup = await backupKeys(xa.db, xa.backend.ctx.keyProtectors, 'the office safe passphrase');
    const restoredPc = await openOffice('LA-XA');
    try {
      await restoreKeys(restoredPc.db, restoredPc.backend.ctx.keyProtectors[0], backup.bytes, 'the office safe passphrase', { replace: true });
      const request = await createRequest(restoredPc.db, restoredPc.backend.ctx.keyProtectors);
      // Only what central would answer: its transaction is rolled back, and Xayaboury stays as it was.
      const answer = await rolledBack(central.db, (trx) => acceptRequest(trx, central.backend.ctx.keyProtectors, request.fileText));
      expect(answer, 'a new install with the same keys: sent everything again').toMatchObject({ replaced: false, restored: true });
    } finally {
      await restoredPc.backend.close();
    }
  });

  it('applies a package the old PC wrote, still on its way, without letting it stand for the new PC’s package of that number', async () => {
    const backup = await backupKeys(bl.db, bl.backend.ctx.keyProtectors, 'the office safe passphrase');
    const oldRequest = await createRequest(bl.db, bl.backend.ctx.keyProtectors);
    const oldReply = (await acceptRequest(central.db, central.backend.ctx.keyProtectors, oldRequest.fileText)).fileText;
    await round();
    // The old PC writes one more package, and dies with it on the stick.
    const fromOldPc = await insertRow(bl.db, 'person', person('LA-BL', 'ນາງ ແກ້ວ'));
    const inFlight = await send(bl, central, stick);
    await bl.backend.close();
    bl = await openOffice('LA-BL');
    await restoreKeys(bl.db, bl.backend.ctx.keyProtectors[0], backup.bytes, 'the office safe passphrase', { replace: true });
    expect(await refusalOf(completeEnrollment(bl.db, oldReply)), 'a reply kept from the old PC does not enroll the new one').toBe('enroll.replyForEarlierInstall');
    await enroll(central, bl);
    await receive(bl, await send(central, bl, stick));
    // The new PC's first package has the number of the old PC's last, or a lower one: the old one must not
    // take its place.
    const fromNewPc = await insertRow(bl.db, 'person', person('LA-BL', 'ນາງ ດາວ'));
    const newPackages: string[] = [];
    for (let i = 0; i < 3; i++) newPackages.push(await send(bl, central, stick));
    const old = await receive(central, inFlight);
    expect(old, 'the old PC’s package is applied, not counted').toMatchObject({ status: 'imported', earlierInstall: true, added: 1 });
    expect(await receive(central, inFlight), 'and only once').toMatchObject({ status: 'alreadyImported', earlierInstall: true });
    for (const file of newPackages) expect(await receive(central, file)).toMatchObject({ status: 'imported', earlierInstall: false, missing: [] });
    for (const id of [fromOldPc, fromNewPc]) expect(await central.db('person').where({ id }).first(), 'both PCs’ trainers reach central').toBeTruthy();
    await round();
    await expectInSync();
  });

  it('heals a province restored from a database backup: it enrolls again, and its numbers start afresh at both ends', async () => {
    const keys = await backupKeys(bl.db, bl.backend.ctx.keyProtectors, 'the office safe passphrase');
    const copy = path.join(tempDir('lwu-backups'), 'bl.sqlite');
    await backupDatabase(bl.db, copy);
    // After the copy the old PC still sends two packages, and central one.
    for (const name of ['ນາງ ຄຳ', 'ນາງ ເພັດ']) {
      await insertRow(bl.db, 'person', person('LA-BL', name));
      await round();
    }
    await bl.backend.close();
    const dir = tempDir('lwu-LA-BL');
    fs.copyFileSync(copy, path.join(dir, databaseFileName));
    const backend = await startBackend({ dataDir: dir, transport: 'cli' });
    bl = { code: 'LA-BL', dir, backend, db: backend.ctx.db };
    await restoreKeys(bl.db, bl.backend.ctx.keyProtectors[0], keys.bytes, 'the office safe passphrase');
    const afterRestore = await insertRow(bl.db, 'person', person('LA-BL', 'ນາງ ວັນ'));
    // The copy would number its packages as the old PC did, and central would refuse them: it says so first.
    expect((await syncStatus(bl.db, bl.backend.ctx.keyProtectors)).peers[0]).toMatchObject({ code: 'LA-CENTRAL', enrollAgain: true });
    expect(await refusalOf(send(bl, central, stick)), 'no package is written before it enrolls again').toBe('sync.enrollAgain');
    await enroll(central, bl);
    expect((await syncStatus(bl.db, bl.backend.ctx.keyProtectors)).peers[0].enrollAgain).toBe(false);
    const first = await receive(central, await send(bl, central, stick));
    expect(first, 'central takes its packages from 1 again, nothing missing').toMatchObject({ seq: 1, status: 'imported', missing: [] });
    expect(await central.db('person').where({ id: afterRestore }).first(), 'the trainer added after the restore reaches central').toBeTruthy();
    const back = await receive(bl, await send(central, bl, stick));
    expect(back.missing, 'central’s packages to the old PC are not missing here').toEqual([]);
    await round();
    await expectInSync();
  });

  it('refuses a package from a PC restored from the key backup that has not enrolled again, and changes nothing', async () => {
    const backup = await backupKeys(bl.db, bl.backend.ctx.keyProtectors, 'the office safe passphrase');
    const copy = await openOffice('LA-BL');
    try {
      await restoreKeys(copy.db, copy.backend.ctx.keyProtectors[0], backup.bytes, 'the office safe passphrase', { replace: true });
      // A province cannot write to central without central as its peer: here it is enrolled by hand, as an old
      // reply file would have done before replies named the install they answer.
      const peer = await requirePeer(bl.db, 'LA-CENTRAL');
      await copy.db('sync_peer').insert({ ...peer, last_sent_seq: 0, acked_seq: 0, acked_change_seq: 0, enrolled_as: null });
      await insertRow(copy.db, 'person', person('LA-BL', 'ນາງ ນ້ອຍ'));
      const file = await send(copy, central, stick);
      const before = await hash(central);
      expect(await refusalOf(receive(central, file))).toBe('sync.installNotEnrolled');
      expect(await hash(central), 'central is unchanged').toBe(before);
    } finally {
      await copy.backend.close();
    }
  });
});
