import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type DesktopPort, nodeDesktop } from '../../electron/desktop/port';
import { insertRow } from '../../electron/sync/write-path';
import { type RunningApp, artifactsDir, chooseLanguage, startApp } from '../helpers/app';
import { type Office, enroll, openOffice, person, receive } from '../helpers/offices';
import { tempDir } from '../helpers/temp-dir';

let app: RunningApp | undefined;
let central: Office | undefined;
afterEach(async () => {
  await app?.close();
  await central?.backend.close();
  app = undefined;
  central = undefined;
});

/** What a mail program reads out of a mailto: URL. */
function readMailto(href: string): { subject: string; body: string } {
  const q = new URLSearchParams(href.slice(href.indexOf('?') + 1).replace(/\+/g, '%2B'));
  return { subject: q.get('subject') ?? '', body: q.get('body') ?? '' };
}

describe('"Prepare package" and "For e-mail" on the Sync page, in a real browser', () => {
  it('writes the package to a typed folder, remembers it after a reload, and fills in the e-mail', async () => {
    const shown: string[] = [];
    const desktop: DesktopPort = { ...nodeDesktop(), revealInFolder: async (f) => void shown.push(f) };
    app = await startApp({ viewport: { width: 1366, height: 1000 }, desktop });
    central = await openOffice('LA-CENTRAL');
    const province: Office = { code: 'LA-BL', dir: app.dataDir, backend: app.backend, db: app.backend.ctx.db };
    const init = await app.backend.dispatch('office.init', { code: 'LA-BL', level: 'provincial', provinceCode: 'LA-BL', name: 'ສະຫະພັນແມ່ຍິງແຂວງບໍລິຄຳໄຊ' });
    expect(init.ok).toBe(true);
    await enroll(central, province);
    await insertRow(province.db, 'person', person('LA-BL', 'ນາງ ຄຳແພງ'));
    await insertRow(province.db, 'person', person('LA-BL', 'ນາງ ບົວສີ'));

    const { page } = app;
    const stick = tempDir('lwu-usb stick');
    await page.getByRole('menuitem', { name: 'ແລກປ່ຽນຂໍ້ມູນ' }).click();
    const prepare = page.getByRole('button', { name: 'ກະກຽມຊຸດຂໍ້ມູນໃຫ້ LA-CENTRAL' });
    expect(await prepare.isDisabled(), 'no folder yet: nothing to write to').toBe(true);

    // A folder that is not there (the stick not plugged in) is refused with a sentence, and nothing is sent.
    await page.getByLabel('ໂຟນເດີສຳລັບຊຸດຂໍ້ມູນ (USB)').fill(path.join(stick, 'not-plugged-in'));
    await prepare.click();
    await page.getByRole('alert').filter({ hasText: 'ບໍ່ມີໂຟນເດີ' }).waitFor();

    await page.getByLabel('ໂຟນເດີສຳລັບຊຸດຂໍ້ມູນ (USB)').fill(stick);
    await prepare.click();
    await page.getByRole('status').filter({ hasText: 'ຂຽນຊຸດຂໍ້ມູນເລກທີ 1 ແລ້ວ' }).waitFor();
    const [first] = fs.readdirSync(stick);
    expect(first).toMatch(/^LWU_LA-BL_to_LA-CENTRAL_000001_\d{8}\.lwusync$/);
    expect(fs.readdirSync(stick), 'one whole package, no temporary file').toEqual([first]);
    await page.getByRole('status').filter({ hasText: path.join(stick, first) }).waitFor();
    await page.getByRole('button', { name: 'ສະແດງໃນໂຟນເດີ' }).click();
    await expect.poll(() => shown).toEqual([path.join(stick, first)]);
    await page.screenshot({ path: path.join(artifactsDir, 'sync-export-lo.png'), fullPage: true });
    expect((await receive(central, path.join(stick, first))).status).toBe('imported');

    // Next time on this computer the folder is already there.
    await page.reload();
    await page.getByRole('menuitem', { name: 'ແລກປ່ຽນຂໍ້ມູນ' }).click();
    const field = page.getByLabel('ໂຟນເດີສຳລັບຊຸດຂໍ້ມູນ (USB)');
    await expect.poll(() => field.inputValue(), { timeout: 10_000 }).toBe(stick);

    // For e-mail, in English: the file goes to the folder too, the mail program opens, the folder is shown.
    await chooseLanguage(page, 'English');
    await page.getByRole('button', { name: 'Prepare package for e-mail to LA-CENTRAL' }).click();
    await page.getByRole('status').filter({ hasText: 'Package No. 2 written' }).waitFor();
    const second = fs.readdirSync(stick).find((f) => f !== first)!;
    expect(second).toMatch(/^LWU_LA-BL_to_LA-CENTRAL_000002_\d{8}\.lwusync$/);
    await expect.poll(() => shown.length).toBe(2);
    expect(shown[1]).toBe(path.join(stick, second));
    const href = (await page.getByRole('link', { name: 'Open the e-mail again' }).getAttribute('href')) ?? '';
    expect(href.startsWith('mailto:?subject=')).toBe(true);
    const mail = readMailto(href);
    expect(mail.subject).toBe(`LWU Desk sync package ${second} (Bolikhamxay → Central)`);
    expect(mail.body).toContain(`File: ${second}`);
    const sha = (await app.backend.ctx.db('sync_outbox').where({ seq: 2 }).first()).sha256;
    expect(mail.body).toContain(`SHA-256: ${sha}`);
    await page.getByText('attach the file', { exact: false }).waitFor();
    await page.screenshot({ path: path.join(artifactsDir, 'sync-export-en.png'), fullPage: true });

    // The same in Lao: the subject names both offices in Lao.
    await chooseLanguage(page, 'ລາວ');
    await page.getByRole('button', { name: 'ກະກຽມຊຸດຂໍ້ມູນສົ່ງທາງອີເມວໃຫ້ LA-CENTRAL' }).click();
    await page.getByRole('status').filter({ hasText: 'ຂຽນຊຸດຂໍ້ມູນເລກທີ 3 ແລ້ວ' }).waitFor();
    const lao = readMailto((await page.getByRole('link', { name: 'ເປີດອີເມວອີກຄັ້ງ' }).getAttribute('href')) ?? '');
    expect(lao.subject).toMatch(/^ຊຸດຂໍ້ມູນ LWU Desk LWU_LA-BL_to_LA-CENTRAL_000003_\d{8}\.lwusync \(ບໍລິຄຳໄຊ → ສູນກາງ\)$/);
    expect(lao.body).toContain('ນຳເຂົ້າ');
    await page.screenshot({ path: path.join(artifactsDir, 'sync-export-mail-lo.png'), fullPage: true });
  });
});
