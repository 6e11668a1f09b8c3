import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { acceptRequest, completeEnrollment, createRequest } from '../../electron/sync/enrollment';
import { getOffice } from '../../electron/sync/identity';
import { backupKeys } from '../../electron/sync/key-backup';
import { pendingCount } from '../../electron/sync/outgoing';
import { requirePeer } from '../../electron/sync/peers';
import { insertRow, updateRow } from '../../electron/sync/write-path';
import { type RunningApp, artifactsDir, chooseLanguage, settled, startApp } from '../helpers/app';
import { type Office, hash, openOffice, person, receive, send } from '../helpers/offices';
import { tempDir } from '../helpers/temp-dir';

let app: RunningApp | undefined;
let central: Office | undefined;
afterEach(async () => {
  await app?.close();
  await central?.backend.close();
  app = undefined;
  central = undefined;
});

/** Clicks a button that saves a file and returns where the browser saved it. */
async function downloadBy(page: Page, name: string): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
  const file = path.join(tempDir('lwu-dl'), download.suggestedFilename());
  await download.saveAs(file);
  return file;
}

describe('the Sync page in a real browser', () => {
  it('sets up a province, enrolls with central, imports after a dry run, sends a package back and settles a conflict', async () => {
    app = await startApp({ viewport: { width: 1366, height: 900 } });
    central = await openOffice('LA-CENTRAL');
    const { page } = app;
    await page.getByRole('menuitem', { name: 'ແລກປ່ຽນຂໍ້ມູນ' }).click();

    // First run: this computer becomes the Bolikhamxay office.
    const loadDemo = page.getByRole('button', { name: 'ໂຫຼດຂໍ້ມູນຕົວຢ່າງ' });
    await loadDemo.waitFor();
    // A name of spaces is no name; the messages say so in Lao, and follow a switch to English.
    await page.getByLabel('ຊື່ຫ້ອງການ').fill('   ');
    await page.getByRole('button', { name: 'ສ້າງຫ້ອງການນີ້' }).click();
    await page.getByText('ຕ້ອງປ້ອນຂໍ້ມູນນີ້.').waitFor();
    await page.getByText('ກະລຸນາເລືອກແຂວງ.').waitFor();
    await chooseLanguage(page, 'English');
    await page.getByText('This is required.').waitFor();
    await page.getByText('Choose the province.').waitFor();
    await chooseLanguage(page, 'ລາວ');
    await page.getByRole('combobox', { name: 'ແຂວງ' }).click();
    await page.keyboard.type('LA-BL');
    await page.keyboard.press('Enter');
    await page.getByLabel('ຊື່ຫ້ອງການ').fill('ສະຫະພັນແມ່ຍິງແຂວງບໍລິຄຳໄຊ');
    await page.getByRole('button', { name: 'ສ້າງຫ້ອງການນີ້' }).click();
    // Said back first, since it cannot be changed: going back changes nothing; confirming creates the office.
    const confirm = page.getByRole('dialog', { name: 'ຕັ້ງຄອມພິວເຕີນີ້ເປັນ ບໍລິຄຳໄຊ ບໍ?' });
    await confirm.getByText('ລະຫັດຫ້ອງການ LA-BL, ຊື່ “ສະຫະພັນແມ່ຍິງແຂວງບໍລິຄຳໄຊ”', { exact: false }).waitFor();
    await confirm.getByRole('button', { name: 'ກັບຄືນໄປແກ້ໄຂ' }).click();
    await confirm.waitFor({ state: 'hidden' });
    expect(await getOffice(app.backend.ctx.db), 'nothing created').toBeFalsy();
    await page.getByRole('button', { name: 'ສ້າງຫ້ອງການນີ້' }).click();
    await confirm.getByRole('button', { name: 'ສ້າງຫ້ອງການນີ້' }).click();
    await page.getByText('ຫ້ອງການນີ້', { exact: true }).waitFor();
    // An office's database is never given demo data: the offer goes at once, not at the next start.
    await loadDemo.waitFor({ state: 'detached' });
    const status = await app.backend.dispatch('office.status', {});
    const fingerprint = status.ok ? (status.data as { office: { fingerprint: string } }).office.fingerprint : '';
    expect(await page.getByText(fingerprint).count(), 'the fingerprint to read by phone is on screen').toBeGreaterThan(0);

    // Enrollment: the request goes to central, central's reply comes back.
    const request = await downloadBy(page, 'ຂຽນຄຳຮ້ອງລົງທະບຽນ');
    await page.getByText(`ອ່ານລາຍນິ້ວມືນີ້ໃຫ້ສູນກາງຟັງ: ${fingerprint}`).waitFor();
    const reply = await acceptRequest(central.db, central.backend.ctx.keyProtectors, fs.readFileSync(request, 'utf8'));
    expect(reply.province.fingerprint, 'central sees the same fingerprint').toBe(fingerprint);
    const replyFile = path.join(tempDir('lwu-reply'), 'reply.json');
    fs.writeFileSync(replyFile, reply.fileText);
    // Opening the reply shows central's fingerprint to compare; only the button enrolls.
    await page.locator('input[type=file][accept=".json"]').setInputFiles(replyFile);
    const check = page.getByRole('region', { name: 'ຄຳຕອບຈາກ Office LA-CENTRAL (LA-CENTRAL)' });
    await check.getByText(reply.fingerprint).waitFor();
    expect(await app.backend.ctx.db('sync_peer').count({ n: '*' }).first(), 'not enrolled before the fingerprints are compared').toEqual({ n: 0 });
    await check.getByRole('button', { name: 'ລາຍນິ້ວມືກົງກັນ: ສຳເລັດການລົງທະບຽນ' }).click();
    await page.getByText('ລົງທະບຽນກັບ LA-CENTRAL ແລ້ວ: ຕອນນີ້ສາມາດແລກປ່ຽນຊຸດຂໍ້ມູນໄດ້.').waitFor();
    expect(await check.count(), 'the check is gone once done').toBe(0);

    // Central sends a trainer; a dry run shows what would happen before anything is written.
    const id = await insertRow(central.db, 'person', person('LA-BL', 'ນາງ ວັນດີ'));
    const pkg = await send(central, { code: 'LA-BL' } as Office, tempDir('lwu-stick'));
    await page.locator('input[type=file][accept=".lwusync"]').setInputFiles(pkg);
    await page.getByRole('button', { name: 'ກວດຊຸດຂໍ້ມູນ' }).click();
    await page.getByText('ຈະນຳເຂົ້າ', { exact: true }).waitFor();
    await page.getByText('ຈະນຳເຂົ້າ: 1 · ນຳເຂົ້າກ່ອນໜ້ານີ້ແລ້ວ: 0 · ຖືກປະຕິເສດ: 0', { exact: true }).waitFor();
    expect(await app.backend.ctx.db('person').where({ id }).first(), 'a dry run writes nothing').toBeUndefined();
    await page.getByRole('button', { name: 'ນຳເຂົ້າ', exact: true }).click();
    await page.getByText('ນຳເຂົ້າແລ້ວ', { exact: true }).waitFor();
    expect(await app.backend.ctx.db('person').where({ id }).first()).toMatchObject({ name_lo: 'ນາງ ວັນດີ' });

    // Both changed her phone before syncing: the province sees the conflict and keeps its own value.
    await updateRow(app.backend.ctx.db, 'person', id, { phone: '020 2222 0001' });
    await updateRow(central.db, 'person', id, { phone: '020 9999 0002' });
    const second = await send(central, { code: 'LA-BL' } as Office, tempDir('lwu-stick'));
    await page.locator('input[type=file][accept=".lwusync"]').setInputFiles(second);
    expect(await page.getByRole('list', { name: 'ເລືອກໄຟລ໌ຊຸດຂໍ້ມູນ' }).getByRole('listitem').allTextContents(), 'a new choice replaces the last').toEqual([path.basename(second)]);
    await page.getByRole('button', { name: 'ກວດຊຸດຂໍ້ມູນ' }).click();
    await page.getByRole('button', { name: 'ນຳເຂົ້າ', exact: true }).click();
    await page.getByText('020 2222 0001').waitFor();
    await page.screenshot({ path: path.join(artifactsDir, 'sync-lo.png'), fullPage: true });
    await chooseLanguage(page, 'English');
    await page.getByText('Both offices changed the same field', { exact: false }).waitFor();
    // The conflict names her and the field in words, and the imports refreshed the whole app: no "empty database".
    await page.getByRole('link', { name: 'ນາງ ວັນດີ' }).waitFor();
    await page.getByRole('cell', { name: 'Phone', exact: true }).waitFor();
    // Each value says which office wrote it: central's is the one kept now, the other is this office's own.
    const conflictRow = page.getByRole('row').filter({ hasText: '020 9999 0002' });
    expect(await conflictRow.getByRole('cell').nth(3).textContent()).toMatch(/^020 9999 0002LA-CENTRAL · \d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    expect(await conflictRow.getByRole('cell').nth(4).textContent()).toMatch(/^020 2222 0001This office · /);
    expect(await page.getByText('This database is empty').count()).toBe(0);
    await page.screenshot({ path: path.join(artifactsDir, 'sync-en.png'), fullPage: true });
    await page.getByRole('button', { name: 'Use the other value' }).click();
    await page.getByText('Done: the value kept goes to the other offices with the next package.').waitFor();
    await page.getByText('No conflicts to review.').waitFor();
    expect((await app.backend.ctx.db('person').where({ id }).first()).phone).toBe('020 2222 0001');

    // Her record shows that its latest change (the value kept) has not left this office yet.
    await page.goto(`${app.bridge.origin}/#/trainers/${id}`);
    await page.getByText('Waiting for the next package to Central').waitFor();
    await page.goto(`${app.bridge.origin}/#/sync`);

    // The peers table counts what the next package to central will hold, asked for apart from the page.
    const waiting = await pendingCount(app.backend.ctx.db, await requirePeer(app.backend.ctx.db, 'LA-CENTRAL'));
    expect(waiting, 'her phone, kept here, at least').toBeGreaterThan(0);
    await page.getByRole('row', { name: /LA-CENTRAL/ }).getByRole('cell', { name: String(waiting), exact: true }).waitFor();
    // The last package received says when central wrote it, then when it was imported here.
    const received = page.getByRole('row', { name: /LA-CENTRAL/ }).getByRole('cell').filter({ hasText: /^No\. \d+\d{4}.+imported .+$/ });
    expect(await received.count(), 'central wrote it, then it was imported').toBe(1);
    // On an old office PC's 1024-pixel screen, the buttons stay in view beside the office's name.
    const wide = page.viewportSize();
    await page.setViewportSize({ width: 1024, height: 768 });
    const prepareButton = page.getByRole('button', { name: 'Prepare package for LA-CENTRAL' });
    await prepareButton.scrollIntoViewIfNeeded();
    const box = await prepareButton.boundingBox();
    expect(box && box.x + box.width, 'the Prepare button is inside the window').toBeLessThanOrEqual(1024);
    await page.screenshot({ path: path.join(artifactsDir, 'sync-peers-1024-en.png') });
    if (wide) await page.setViewportSize(wide);

    // The package back to central carries the province's choice.
    const back = await downloadBy(page, 'Download package for LA-CENTRAL');
    expect(path.basename(back)).toMatch(/^LWU_LA-BL_to_LA-CENTRAL_000001_\d{8}\.lwusync$/);
    expect((await receive(central, back)).status).toBe('imported');
    expect((await central.db('person').where({ id }).first()).phone).toBe('020 2222 0001');
    const provinceDb = { db: app.backend.ctx.db } as Office;
    expect(await hash(provinceDb, 'LA-BL')).toBe(await hash(central, 'LA-BL'));
    await page.getByText('Conflict settled').waitFor();
    // Named in the log: once settled, the conflict leaves the list.
    await page.getByText('ນາງ ວັນດີ · Phone: the other value was brought back').waitFor();

    // A stick also holds this office's own packages and other files: they are left out, and the page says so.
    const stray = path.join(tempDir('lwu-stick'), 'readme.txt');
    fs.writeFileSync(stray, 'not a package');
    // Carried on the same stick from another province to central: left out too, not shown as refused.
    const passing = path.join(path.dirname(stray), 'LWU_LA-XA_to_LA-CENTRAL_000003_20261128.lwusync');
    fs.copyFileSync(back, passing);
    await page.locator('input[type=file][accept=".lwusync"]').setInputFiles([back, stray, passing]);
    await page.getByText('Packages written by this office are left out (1): they are for other offices.').waitFor();
    await page.getByText('Packages addressed to other offices are left out (1): their file names name another office.').waitFor();
    await page.getByText('None of the packages chosen is for this office.').waitFor();
    // Two packages from central checked together: the later one does not count the earlier one as missing.
    const stick = tempDir('lwu-stick');
    const third = await send(central, { code: 'LA-BL' } as Office, stick);
    await updateRow(central.db, 'person', id, { notes: 'Moved to the district office' });
    const fourth = await send(central, { code: 'LA-BL' } as Office, stick);
    await page.locator('input[type=file][accept=".lwusync"]').setInputFiles([fourth, third]);
    await page.getByRole('button', { name: 'Check packages' }).click();
    const later = page.getByRole('row', { name: /LA-CENTRAL · 4/ });
    await later.waitFor();
    expect(await later.getByRole('cell').last().textContent(), 'package 3 is being checked with it, not missing').toBe('');
    // A whole folder (a stick) is chosen the same way; an empty one says that it held no package.
    const folderInput = page.locator('input[type=file][webkitdirectory]');
    await folderInput.setInputFiles(stick);
    const chosen = page.getByRole('list', { name: 'Choose package files' });
    await chosen.getByText(path.basename(third)).waitFor();
    expect(await chosen.getByRole('listitem').count(), 'both packages on the stick').toBe(2);
    await folderInput.setInputFiles(tempDir('lwu-empty-stick'));
    await page.getByText('No sync packages (.lwusync files) were found in what you chose.').waitFor();
    expect(await chosen.count(), 'nothing left chosen').toBe(0);
    // A stick taken out after its packages were chosen: the check says so, rather than doing nothing.
    const pulled = tempDir('lwu-stick');
    fs.copyFileSync(fourth, path.join(pulled, path.basename(fourth)));
    await page.locator('input[type=file][accept=".lwusync"]').setInputFiles(path.join(pulled, path.basename(fourth)));
    fs.rmSync(pulled, { recursive: true });
    await page.getByRole('button', { name: 'Check packages' }).click();
    await page.getByText(`“${path.basename(fourth)}” could not be read: was the USB stick taken out?`, { exact: false }).waitFor();

    // Sent, then acknowledged once central's next package confirms it.
    await page.goto(`${app.bridge.origin}/#/trainers/${id}`);
    await page.getByText('Sent to Central, not yet acknowledged').waitFor();
    const ack = await send(central, { code: 'LA-BL' } as Office, tempDir('lwu-stick'));
    expect((await receive({ db: app.backend.ctx.db, backend: app.backend } as Office, ack)).status).toBe('imported');
    await page.reload();
    await page.getByText('Central has the latest change').waitFor();
    await page.screenshot({ path: path.join(artifactsDir, 'record-sync-state-en.png') });
    await chooseLanguage(page, 'ລາວ');
    await page.getByText('ສູນກາງ ໄດ້ຮັບການປ່ຽນແປງລ່າສຸດແລ້ວ').waitFor();
    // Packages 3 and 4 were only checked, never imported; package 5 brought all they held, and the page says so.
    await page.goto(`${app.bridge.origin}/#/sync`);
    const fromCentral = page.getByRole('row', { name: /LA-CENTRAL/ });
    await fromCentral.getByText('ບໍ່ມີຫຍັງເສຍ: ຊຸດທີ່ມາຫຼັງໄດ້ນຳການປ່ຽນແປງຂອງມັນມາແລ້ວ.').waitFor();
    expect(await fromCentral.getByText(/^ຊຸດທີ [34]$/).count(), 'both numbers that never arrived').toBe(2);
    // Enrolled, the page opens on the day's work: the offices to exchange with above this office's details.
    const top = async (title: string) => (await page.getByText(title, { exact: true }).boundingBox())!.y;
    expect(await top('ຫ້ອງການທີ່ແລກປ່ຽນຊຸດຂໍ້ມູນນຳ')).toBeLessThan(await top('ຫ້ອງການນີ້'));

    // The key backup's passphrase is typed twice: a typo would make the backup useless.
    await chooseLanguage(page, 'English');
    await page.getByLabel('Passphrase', { exact: true }).fill('a long office passphrase');
    await page.getByLabel('Repeat the passphrase').fill('a long office passphrase!');
    await page.getByText('The two passphrases differ.').waitFor();
    expect(await page.getByRole('button', { name: 'Save key backup' }).isDisabled()).toBe(true);
    await page.getByLabel('Repeat the passphrase').fill('a long office passphrase');
    const saved = await downloadBy(page, 'Save key backup');
    expect(path.basename(saved)).toMatch(/^LWU_LA-BL_keys_\d{8}\.age$/);
    await page.getByText(`Key backup saved as ${path.basename(saved)}.`, { exact: false }).waitFor();
    expect([await page.getByLabel('Passphrase', { exact: true }).inputValue(), await page.getByLabel('Repeat the passphrase').inputValue()], 'not left on screen').toEqual(['', '']);

    // A new PC: its first run offers the backup, and becomes the same office, fingerprint and all.
    const newPc = await startApp();
    try {
      await chooseLanguage(newPc.page, 'English');
      await newPc.page.getByRole('menuitem', { name: 'Sync' }).click();
      await newPc.page.getByText('A new computer for an office that exists? Restore its key backup instead').waitFor();
      await newPc.page.getByLabel("The backup's passphrase", { exact: true }).fill('a long office passphrase');
      await newPc.page.locator('input[type=file][accept=".age"]').setInputFiles(saved);
      // The page turns to the office it now is: Bolikhamxay's code and fingerprint.
      await newPc.page.getByText(fingerprint).first().waitFor();
      expect(await newPc.page.getByText('LA-BL', { exact: true }).count()).toBeGreaterThan(0);
    } finally {
      await newPc.close();
    }
  });
  it('at central, shows a request with its fingerprint and enrolls the province only when the person accepts', async () => {
    app = await startApp({ viewport: { width: 1366, height: 900 } });
    const province = await openOffice('LA-BL');
    try {
      const init = await app.backend.dispatch('office.init', { code: 'LA-CENTRAL', level: 'central', name: 'LWU central office' });
      expect(init.ok).toBe(true);
      const { page } = app;
      await chooseLanguage(page, 'English');
      await page.goto(`${app.bridge.origin}/#/sync`);
      // A new office's audit log says what it will hold, rather than a bare "No data".
      await page.getByText('Nothing yet: every package written or imported here, and every enrollment, will be listed with its hash.').waitFor();
      const requestFile = path.join(tempDir('lwu-request'), 'LWU_LA-BL_enrollment-request.json');
      const request = await createRequest(province.db, province.backend.ctx.keyProtectors);
      fs.writeFileSync(requestFile, request.fileText);
      const check = page.getByRole('region', { name: 'Request from Office LA-BL (LA-BL)' });
      const peers = () => app!.backend.ctx.db('sync_peer').count({ n: '*' }).first();

      // Opened, checked, shown: nothing is written until the person says the fingerprints match.
      await page.locator('input[type=file][accept=".json"]').setInputFiles(requestFile);
      await check.getByText(request.fingerprint).waitFor();
      await check.getByText('Call the province and ask them to read the fingerprint on their screen.', { exact: false }).waitFor();
      expect(await peers(), 'opening a request enrolls nobody').toEqual({ n: 0 });
      await chooseLanguage(page, 'ລາວ');
      await page.getByRole('region', { name: 'ຄຳຮ້ອງຈາກ Office LA-BL (LA-BL)' }).getByRole('button', { name: 'ລາຍນິ້ວມືກົງກັນ: ຮັບເອົາ' }).waitFor();
      await page.screenshot({ path: path.join(artifactsDir, 'sync-enroll-review-lo.png'), fullPage: true });
      await chooseLanguage(page, 'English');
      await check.getByRole('button', { name: 'Do not accept' }).click();
      await page.getByText('Not accepted: nothing was changed.').waitFor();
      expect(await peers()).toEqual({ n: 0 });

      // Opened again and accepted: the reply is saved, and the province completes its enrollment with it.
      await page.locator('input[type=file][accept=".json"]').setInputFiles(requestFile);
      await check.waitFor();
      await page.screenshot({ path: path.join(artifactsDir, 'sync-enroll-review-en.png'), fullPage: true });
      const replyPath = await downloadBy(page, 'The fingerprints match: accept');
      expect(path.basename(replyPath)).toBe('LWU_LA-BL_enrollment-reply.json');
      const centralPrint = (await getOffice(app.backend.ctx.db))!.fingerprint;
      await page.getByText(`LA-BL enrolled. The reply file was saved: give it to the province. When they open it, read them this office's fingerprint: ${centralPrint}.`).waitFor();
      expect(await peers()).toEqual({ n: 1 });
      const done = await completeEnrollment(province.db, fs.readFileSync(replyPath, 'utf8'));
      expect(done.central.fingerprint, 'the fingerprint central read out is the one the province sees').toBe(centralPrint);

      // The same PC asking again: the review says that accepting only writes a new reply.
      fs.writeFileSync(requestFile, (await createRequest(province.db, province.backend.ctx.keyProtectors)).fileText);
      await page.locator('input[type=file][accept=".json"]').setInputFiles(requestFile);
      await check.getByText('LA-BL is already enrolled from this computer: accepting only writes a new reply.').waitFor();
    } finally {
      await province.backend.close();
    }
  });
  it('asks before a key backup replaces the keys this office uses, and changes nothing when told no', async () => {
    app = await startApp({ viewport: { width: 1366, height: 900 } });
    const other = await openOffice('LA-BL');
    try {
      expect((await app.backend.dispatch('office.init', { code: 'LA-BL', level: 'provincial', name: 'Bolikhamxay office' })).ok).toBe(true);
      const own = (await getOffice(app.backend.ctx.db))!.fingerprint;
      const theirs = (await getOffice(other.db))!.fingerprint;
      const file = path.join(tempDir('lwu-keys'), 'LWU_LA-BL_keys.age');
      fs.writeFileSync(file, (await backupKeys(other.db, other.backend.ctx.keyProtectors, 'another office passphrase')).bytes);
      const { page } = app;
      await chooseLanguage(page, 'English');
      await page.goto(`${app.bridge.origin}/#/sync`);
      // The restore has its own passphrase box: the backup's, not the one a new backup is saved with.
      await page.getByLabel("The backup's passphrase", { exact: true }).fill('short');
      await page.getByText('At least 10 characters.').waitFor();
      await page.getByLabel("The backup's passphrase", { exact: true }).fill('another office passphrase');
      expect(await page.getByLabel('Passphrase', { exact: true }).inputValue(), 'the backup box is left alone').toBe('');
      await page.locator('input[type=file][accept=".age"]').setInputFiles(file);
      const ask = page.getByRole('dialog', { name: "Replace this office's keys?" });
      await ask.getByText(`fingerprint now ${own}, in the backup ${theirs}`, { exact: false }).waitFor();
      await settled(page);
      await page.screenshot({ path: path.join(artifactsDir, 'sync-restore-replace-en.png') });
      // Enter keeps the keys in use: the dialog opens with that button focused, not the red one.
      await ask.getByRole('button', { name: 'Keep the keys in use' }).and(page.locator(':focus')).waitFor();
      await page.keyboard.press('Enter');
      await ask.waitFor({ state: 'hidden' });
      expect((await getOffice(app.backend.ctx.db))!.fingerprint, 'told no: the keys in use stay').toBe(own);

      await page.locator('input[type=file][accept=".age"]').setInputFiles(file);
      await ask.getByRole('button', { name: 'Replace the keys' }).click();
      await page.getByText(theirs).first().waitFor();
      expect((await getOffice(app.backend.ctx.db))!.fingerprint).toBe(theirs);
    } finally {
      await other.backend.close();
    }
  });
});
