import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import type { RosterRow, TransferRow } from '../../shared/api';
import { addDays } from '../../shared/calendar-rules';
import { todayIso } from '../../shared/roster-rules';
import { type RunningApp, artifactsDir, chooseLanguage, pick, returnToList, settled, startApp } from '../helpers/app';
import { tempDir } from '../helpers/temp-dir';

let app: RunningApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

/** A file as it would arrive, written to disk and chosen on the import page, which is open. */
async function chooseFile(page: RunningApp['page'], name: string, bytes: Buffer): Promise<void> {
  const file = path.join(tempDir('import'), name);
  fs.writeFileSync(file, bytes);
  await page.locator('input[type=file]').setInputFiles(file);
}

/** Opens the import page from the Trainers page, in English. */
async function openImport(page: RunningApp['page']): Promise<void> {
  await chooseLanguage(page, 'English');
  await page.getByRole('menuitem', { name: 'Trainers' }).click();
  await page.getByRole('button', { name: 'Import a spreadsheet' }).click();
}

/** A spreadsheet as a provincial office would send it, written to a file, and opened from the Trainers page. */
async function openSpreadsheet(page: RunningApp['page'], name: string, rows: Array<Array<string | number>>): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Roster');
  for (const row of rows) ws.addRow(row);
  await openImport(page);
  await chooseFile(page, name, Buffer.from(await wb.xlsx.writeBuffer()));
}

/** What the backend answers, or its error thrown. */
async function backendData<T>(a: RunningApp, channel: string, input: unknown): Promise<T> {
  const r = await a.backend.dispatch(channel, input);
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.data as T;
}

async function rosterCount(a: RunningApp): Promise<number> {
  const r = await a.backend.dispatch('roster.search', {});
  return r.ok ? (r.data as RosterRow[]).length : -1;
}

describe('the trainer roster in a real browser', () => {
  it('loads the demo in one click: 74 trainers in 12 teams', async () => {
    app = await startApp();
    const { page } = app;
    await chooseLanguage(page, 'English');
    // Clicked twice in a hurry: one load, not a second one refused in red beside the first one's success.
    const loads: string[] = [];
    page.on('request', (r) => r.url().includes('/api/demo.load') && loads.push(r.url()));
    await page.getByRole('button', { name: 'Load demo data' }).dblclick();
    await page.getByText('Demo data loaded: 74 trainers in 12 teams, 26 villages.').waitFor();
    expect(loads).toHaveLength(1);
    await page.getByRole('menuitem', { name: 'Trainers' }).click();
    await page.getByText('74 of 74 people').waitFor();
    // At 1366 px every column is in view: the Status column was off-screen, behind a sideways scroll.
    const status = await page.getByRole('columnheader', { name: 'Status', exact: true }).boundingBox();
    expect(status!.x + status!.width).toBeLessThanOrEqual(1366);
    // A district filter goes when its province changes: Pakkading is not in Xayaboury.
    const filters = page.locator('body');
    await pick(page, filters, 'Province', 'Bolikhamxay');
    await pick(page, filters, 'District', 'Pakkading');
    // Chosen, before the province changes: otherwise the check below could not fail.
    await expect.poll(() => page.url()).toContain('district=');
    await pick(page, filters, 'Province', 'Xayaboury');
    await page.getByText(/^[1-9]\d* of 74 people$/).waitFor();
    const district = page.locator('.ant-select', { has: page.getByRole('combobox', { name: 'District', exact: true }) });
    await expect.poll(() => district.locator('.ant-select-content').innerText(), { message: 'no district is left selected' }).not.toContain('Pakkading');
    await expect.poll(() => page.url(), { message: 'nor kept in the address' }).not.toContain('district=');
    await page.getByRole('menuitem', { name: 'Teams' }).click();
    await page.getByText('Central training team').waitFor();
    expect(await page.locator('.ant-table-tbody tr.ant-table-row').count()).toBe(12);
    expect(await page.getByText('8 of 8').count()).toBe(1);
    expect(await page.getByText('6 of 6').count()).toBe(10);
    // The demo's Paklai trainer moved to the provincial office: her team is one short.
    await page.locator('tr', { hasText: 'Paklai district team' }).getByText('5 of 6').waitFor();
    // A module whose only holders are past their refresher is not counted, and is named apart.
    const bolikhamxay = page.locator('tr', { hasText: 'Bolikhamxay provincial team' });
    await bolikhamxay.getByText('9 / 10').waitFor();
    await bolikhamxay.getByText('Refresher overdue: 1').waitFor();
    await page.screenshot({ path: path.join(artifactsDir, 'teams-en.png') });
    await chooseLanguage(page, 'ລາວ');
    await page.getByText('ກາຍກຳນົດຝຶກຄືນ: 1').waitFor();
    await page.screenshot({ path: path.join(artifactsDir, 'teams-lo.png') });

    // Deleting a member of a full team says, before it is confirmed, that the team falls below its target.
    await chooseLanguage(page, 'English');
    await page.getByRole('button', { name: 'Pakkading district team' }).click();
    await page.getByRole('dialog').getByRole('link').first().click();
    await page.getByRole('button', { name: 'Delete' }).click();
    const confirm = page.getByRole('dialog', { name: /^Delete / });
    await confirm.getByRole('region', { name: 'What deleting does' }).getByText('Pakkading district team falls to 5 of 6 members.').waitFor();
    await settled(page);
    await page.screenshot({ path: path.join(artifactsDir, 'delete-impact-en.png') });
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    await chooseLanguage(page, 'ລາວ');
    // Her Delete button, not the demo notice's "Remove the demo data" (ລຶບຂໍ້ມູນຕົວຢ່າງ).
    await page.getByRole('button', { name: 'ລຶບ' }).filter({ hasNotText: 'ຕົວຢ່າງ' }).click();
    await page.getByRole('dialog').getByRole('region', { name: 'ຜົນກະທົບຂອງການລຶບນີ້' }).getByText('ປາກກະດິງ', { exact: false }).waitFor();
    await settled(page);
    await page.screenshot({ path: path.join(artifactsDir, 'delete-impact-lo.png') });
    await page.keyboard.press('Escape');
    expect(await rosterCount(app), 'nothing deleted').toBe(74);

    // Every page says the data is made up, with the way back to an empty database for real work.
    const notice = page.getByRole('status').filter({ hasText: 'ຖານຂໍ້ມູນນີ້ມີຂໍ້ມູນຕົວຢ່າງ' });
    await notice.waitFor();
    await page.screenshot({ path: path.join(artifactsDir, 'demo-notice-lo.png') });
    await chooseLanguage(page, 'English');
    await page.getByRole('button', { name: 'Remove the demo data' }).click();
    await page.getByText('Remove everything in this database', { exact: false }).waitFor();
    await settled(page);
    await page.screenshot({ path: path.join(artifactsDir, 'demo-remove-en.png') });
    await page.getByRole('tooltip').getByRole('button', { name: 'Remove the demo data' }).click();
    await page.getByText('Removed: the demo data, with everything beside it (74 people).', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Load demo data' }).waitFor();
    expect(await rosterCount(app)).toBe(0);
  });

  it("keeps the Trainers page's filters through a trainer's page, Back and a reload", async () => {
    app = await startApp();
    const { page } = app;
    await app.backend.dispatch('demo.load', {});
    const data = <T,>(channel: string, input: unknown) => backendData<T>(app!, channel, input);
    const { provinces, modules } = await data<{ provinces: Array<{ id: string; nameEn: string }>; modules: Array<{ id: string; nameEn: string }> }>('reference.geography', {});
    const bolikhamxay = provinces.find((p) => p.nameEn === 'Bolikhamxay')!;
    const search = (filter: object) => data<RosterRow[]>('roster.search', filter);
    // Someone of the province who can train a module: her given name, the province and the module find her.
    const her = (await search({ provinceId: bolikhamxay.id, status: 'active' })).find((r) => r.moduleIds.length > 0)!;
    const module = modules.find((m) => m.id === her.moduleIds[0])!;
    const query = her.nameEn.split(' ')[0]!.toLowerCase();
    const expected = await search({ query, provinceId: bolikhamxay.id, status: 'active', moduleId: module.id });
    expect(expected.length, 'the filters leave a short list').toBeLessThan(74);

    await chooseLanguage(page, 'English');
    await page.getByRole('menuitem', { name: 'Trainers' }).click();
    await page.getByText('74 of 74 people').waitFor();
    const filters = page.locator('body');
    await pick(page, filters, 'Province', 'Bolikhamxay');
    await pick(page, filters, 'Status', 'Active');
    await pick(page, filters, 'Qualified in module', module.nameEn);
    const box = page.getByRole('searchbox', { name: 'Search by name (Lao or romanised) or phone' });
    const steps = await page.evaluate(() => history.length);
    await box.pressSequentially(query);
    const count = page.getByText(`${expected.length} of 74 people`);
    await count.waitFor();
    expect(await page.evaluate(() => history.length), 'typing adds no step to the history, one per letter').toBe(steps);

    /** The list as it was left: every filter shown, and the same people counted. */
    const sameList = async (when: string) => {
      await count.waitFor();
      expect(await box.inputValue(), `the search text ${when}`).toBe(query);
      for (const [label, value] of [['Province', 'Bolikhamxay'], ['Status', 'Active'], ['Qualified in module', module.nameEn]]) {
        const select = page.locator('.ant-select', { has: page.getByRole('combobox', { name: label, exact: true }) });
        expect(await select.locator('.ant-select-content').getAttribute('title'), `${label} ${when}`).toBe(value);
      }
    };
    // Her page's Back button, the browser's Back, and a reload: the same filtered list each time.
    await returnToList(page, { link: her.nameLo, heading: her.nameLo, back: 'Back to the roster' }, sameList);

    // Clearing is a step of its own: Back brings the filters back, search text included.
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.getByText('74 of 74 people').waitFor();
    expect(await box.inputValue()).toBe('');
    await page.goBack();
    await sameList('after Back from clearing');
    // An address typed by hand with a filter the roster would refuse shows the list without it, not an error.
    await page.goto(`${app.bridge.origin}/#/trainers?province=not-a-place&status=active`);
    await page.getByText(`${(await search({ status: 'active' })).length} of 74 people`).waitFor();
  });

  it("names a person's place as a place, and the organisations a transfer moves her between", async () => {
    app = await startApp();
    const { page } = app;
    await app.backend.dispatch('demo.load', {});
    const transfers = await backendData<TransferRow[]>(app, 'transfers.list', {});
    // The demo's Sikhottabong trainer moves to the district education office: the same place, another organisation.
    const move = transfers.find((r) => r.fromDistrictId && r.fromDistrictId === r.toDistrictId)!;
    await page.goto(`${app.bridge.origin}/#/trainers/${move.personId}`);
    await chooseLanguage(page, 'English');
    const profile = (label: string) => page.locator('.ant-descriptions-item', { has: page.locator('.ant-descriptions-item-label', { hasText: new RegExp(`^${label}$`) }) });
    // Province, district and village under one label that says so, in both languages.
    expect(await profile('Place').locator('.ant-descriptions-item-content').textContent()).toBe('Vientiane Capital, Sikhottabong');
    expect(await profile('Province').count(), 'no label says Province above a district').toBe(0);

    // Each side of the move with its organisation (and position), not two identical places.
    const history = page.locator('.ant-card', { hasText: 'Transfer history' });
    const cells = history.getByRole('row').nth(1).getByRole('cell');
    expect(await cells.nth(1).innerText()).toBe(`Vientiane Capital, Sikhottabong\nLao Women's Union · ${move.fromPosition}`);
    expect(await cells.nth(2).innerText()).toBe('Vientiane Capital, Sikhottabong\nEducation');
    // At 1366 px the table is in view whole: nothing behind a sideways scroll.
    const reason = await history.getByRole('columnheader', { name: 'Reason' }).boundingBox();
    expect(reason!.x + reason!.width).toBeLessThanOrEqual(1366);
    await history.scrollIntoViewIfNeeded();
    await settled(page);
    await page.screenshot({ path: path.join(artifactsDir, 'person-transfers-en.png') });

    await chooseLanguage(page, 'ລາວ');
    expect(await profile('ສະຖານທີ່').locator('.ant-descriptions-item-content').textContent()).toBe('ນະຄອນຫຼວງວຽງຈັນ, ສີໂຄດຕະບອງ');
    await page.evaluate(() => window.scrollTo(0, 0));
    await settled(page);
    await page.screenshot({ path: path.join(artifactsDir, 'person-place-lo.png') });
    const lao = page.locator('.ant-card', { hasText: 'ປະຫວັດການຍົກຍ້າຍ' }).getByRole('row').nth(1).getByRole('cell');
    expect(await lao.nth(1).innerText()).toBe(`ນະຄອນຫຼວງວຽງຈັນ, ສີໂຄດຕະບອງ\nສະຫະພັນແມ່ຍິງລາວ · ${move.fromPosition}`);
    expect(await lao.nth(2).innerText()).toBe('ນະຄອນຫຼວງວຽງຈັນ, ສີໂຄດຕະບອງ\nສຶກສາທິການ');
    await lao.first().scrollIntoViewIfNeeded();
    await settled(page);
    await page.screenshot({ path: path.join(artifactsDir, 'person-transfers-lo.png') });
  });

  it('adds a trainer in Lao, finds her by romanised name, edits her, deletes and undoes', async () => {
    app = await startApp();
    const { page } = app;
    await page.getByRole('menuitem', { name: 'ວິທະຍາກອນ' }).click();
    await page.getByRole('button', { name: 'ເພີ່ມວິທະຍາກອນ' }).click();
    // A bad phone number is refused beside its field, in Lao, and nothing is saved.
    await page.getByRole('dialog').getByLabel('ຊື່ເປັນພາສາລາວ', { exact: true }).fill('ນາງ ວັນນະພອນ ສຸລິຍະວົງ');
    await page.getByRole('dialog').getByLabel('ຊື່ເປັນອັກສອນລາຕິນ', { exact: true }).fill('Vannaphone Souliyavong');
    await page.getByRole('dialog').getByLabel('ເບີໂທ', { exact: true }).fill('12345');
    await page.getByRole('dialog').locator('label', { hasText: 'ສູນກາງ' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'ບັນທຶກ' }).click();
    await page.getByText('ນີ້ບໍ່ແມ່ນເບີໂທລາວ', { exact: false }).waitFor();
    expect(await rosterCount(app)).toBe(0);
    // The error gives the examples; the help under the box, which gave them too, waits until it is gone.
    const examples = page.getByRole('dialog').getByText('020 5555 1234', { exact: false });
    expect(await examples.count(), 'the examples are given once').toBe(1);
    expect(await page.getByRole('dialog').getByRole('button', { name: 'ປິດ', exact: true }).count(), 'the drawer’s close button is named in Lao').toBe(1);
    await page.getByRole('dialog').getByLabel('ເບີໂທ', { exact: true }).fill('020 5678 1234');
    await expect.poll(() => page.getByText('ນີ້ບໍ່ແມ່ນເບີໂທລາວ', { exact: false }).count()).toBe(0);
    expect(await examples.count(), 'the help is back under the box').toBe(1);
    await page.getByRole('dialog').getByRole('button', { name: 'ບັນທຶກ' }).click();
    await page.getByRole('heading', { name: 'ນາງ ວັນນະພອນ ສຸລິຍະວົງ' }).waitFor();
    await page.screenshot({ path: path.join(artifactsDir, 'person-lo.png'), fullPage: true });

    await page.getByRole('button', { name: 'ກັບຄືນລາຍຊື່' }).click();
    await page.getByLabel('ຊອກຫາຕາມຊື່ (ພາສາລາວ ຫຼື ອັກສອນລາຕິນ) ຫຼື ເບີໂທ').fill('vannaphone  souliya');
    await page.getByRole('link', { name: 'ນາງ ວັນນະພອນ ສຸລິຍະວົງ' }).click();

    await page.getByRole('button', { name: 'ແກ້ໄຂ' }).click();
    await page.getByRole('dialog').getByLabel('ປີເກີດ', { exact: true }).fill('1989');
    await page.getByRole('dialog').getByRole('button', { name: 'ບັນທຶກ' }).click();
    await page.getByText('1989').waitFor();

    // A qualification recorded, said so, then removed only after a confirmation.
    const geo = await app.backend.dispatch('reference.geography', {});
    const module = geo.ok ? (geo.data as { modules: Array<{ nameLo: string }> }).modules[0]!.nameLo : '';
    await page.getByRole('button', { name: 'ບັນທຶກຄຸນສົມບັດ' }).click();
    const qualification = page.getByRole('dialog');
    // Chosen once the dialog has settled, by keyboard: a click on the list while the dialog fades in can miss.
    await settled(page);
    await pick(page, qualification, 'ຫົວຂໍ້', module);
    const earned = qualification.getByLabel('ວັນທີໄດ້ຮັບ');
    await earned.fill('2025-03-01');
    await earned.press('Enter');
    await qualification.getByRole('button', { name: 'ບັນທຶກ', exact: true }).click();
    await page.getByText(`ບັນທຶກຄຸນສົມບັດຫົວຂໍ້ ${module} ແລ້ວ.`).waitFor();
    await page.getByRole('button', { name: 'ເອົາອອກ' }).click();
    await page.getByRole('tooltip').getByRole('button', { name: 'ເອົາອອກ' }).click();
    await page.getByText('ຍັງບໍ່ມີຄຸນສົມບັດທີ່ບັນທຶກໄວ້.').waitFor();

    await page.getByRole('button', { name: 'ລຶບ' }).click();
    await page.getByRole('dialog').getByRole('region', { name: 'ຜົນກະທົບຂອງການລຶບນີ້' }).waitFor();
    await page.getByRole('dialog').getByRole('button', { name: 'ລຶບ' }).click();
    await page.getByText('ໄດ້ລຶບ ນາງ ວັນນະພອນ ສຸລິຍະວົງ ແລ້ວ.').waitFor();
    expect(await rosterCount(app)).toBe(0);
    await page.getByRole('button', { name: 'ເອົາຄືນ' }).click();
    await page.getByRole('heading', { name: 'ນາງ ວັນນະພອນ ສຸລິຍະວົງ' }).waitFor();
    expect(await rosterCount(app)).toBe(1);
    const saved = await app.backend.dispatch('roster.search', { query: 'Vannaphone' });
    expect(saved.ok && (saved.data as RosterRow[])[0]).toMatchObject({ birthYear: 1989, phone: '020 5678 1234', officeLevel: 'central' });
  });

  it('warns before adding by hand someone probably already in the roster, and adds her when asked to', async () => {
    app = await startApp();
    const { page } = app;
    const existing = await app.backend.dispatch('roster.create', { nameLo: 'ນາງ ບົວພັນ ສີສຸວັນ', nameEn: 'Bouaphanh Sisouvanh', sex: 'f', birthYear: 1985, officeLevel: 'central' });
    const existingId = existing.ok ? (existing.data as RosterRow).id : '';
    await page.getByRole('menuitem', { name: 'ວິທະຍາກອນ' }).click();
    await page.getByRole('button', { name: 'ເພີ່ມວິທະຍາກອນ' }).click();
    const drawer = page.getByRole('dialog');
    // Typed with other spacing and the romanised name in capitals: still the same woman, born the same year.
    await drawer.getByLabel('ຊື່ເປັນພາສາລາວ', { exact: true }).fill('ນາງ  ບົວພັນ ສີສຸວັນ');
    await drawer.getByLabel('ຊື່ເປັນອັກສອນລາຕິນ', { exact: true }).fill('BOUAPHANH SISOUVANH');
    await drawer.getByLabel('ປີເກີດ', { exact: true }).fill('1985');
    await drawer.locator('label', { hasText: 'ສູນກາງ' }).click();
    await drawer.getByRole('button', { name: 'ບັນທຶກ' }).click();
    await drawer.getByRole('alert').getByText('ອາດມີຢູ່ໃນລາຍຊື່ແລ້ວ:').waitFor();
    await page.screenshot({ path: path.join(artifactsDir, 'person-likely-same-lo.png') });
    expect(await rosterCount(app), 'nothing saved yet').toBe(1);
    expect(await drawer.getByRole('link', { name: 'ນາງ ບົວພັນ ສີສຸວັນ (Bouaphanh Sisouvanh) · ສູນກາງ, ເກີດ 1985' }).getAttribute('href'), 'named with what tells namesakes apart').toBe(`#/trainers/${existingId}`);

    // Another birth year: someone else, and the warning goes until the next save compares again.
    await drawer.getByLabel('ປີເກີດ', { exact: true }).fill('1994');
    expect(await drawer.getByRole('alert').count()).toBe(0);
    await drawer.getByLabel('ປີເກີດ', { exact: true }).fill('1985');
    await drawer.getByRole('button', { name: 'ບັນທຶກ' }).click();
    await drawer.getByRole('button', { name: 'ເພີ່ມເຖິງຢ່າງໃດ' }).click();
    await page.getByRole('heading', { name: 'ນາງ ບົວພັນ ສີສຸວັນ' }).waitFor();
    expect(await rosterCount(app), 'added when the person says it is someone else').toBe(2);
  });

  it('says inside the dialog why a qualification typed by hand is refused, and lists a renewed one under its renewal', async () => {
    app = await startApp();
    const { page } = app;
    const created = await app.backend.dispatch('roster.create', { nameLo: 'ນາງ ພອນສະຫວັນ ແກ້ວ', nameEn: 'Phonsavanh Keo', sex: 'f', birthYear: 1990, officeLevel: 'central' });
    const id = created.ok ? (created.data as RosterRow).id : '';
    await chooseLanguage(page, 'English');
    await page.goto(`${app.bridge.origin}/#/trainers/${id}`);
    await page.getByRole('button', { name: 'Record a qualification' }).click();
    const dialog = page.getByRole('dialog', { name: 'Record a qualification' });
    await settled(page);
    await pick(page, dialog, 'Module', 'Trafficking concepts and law');
    // 1921 typed for 2021.
    await dialog.getByRole('textbox', { name: 'Earned on' }).fill('1921-03-04');
    await dialog.getByRole('textbox', { name: 'Earned on' }).press('Enter');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.getByRole('alert').getByText('was born in 1990: a qualification earned before 2005 is surely a typing mistake.', { exact: false }).waitFor();
    const detail = await app.backend.dispatch('roster.get', { id });
    expect(detail.ok && (detail.data as { qualifications: unknown[] }).qualifications, 'nothing added').toEqual([]);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'hidden' });

    // Cancelled, it opens empty; Enter in the last box saves, as the Save button does.
    await page.getByRole('button', { name: 'Record a qualification' }).click();
    await settled(page);
    expect(await dialog.getByRole('textbox', { name: 'Earned on' }).inputValue(), 'the mistyped date is gone').toBe('');
    expect(await dialog.getByRole('alert').count(), 'and so is the refusal').toBe(0);
    await pick(page, dialog, 'Module', 'Safe migration');
    await dialog.getByRole('textbox', { name: 'Earned on' }).fill('2021-03-04');
    await dialog.getByRole('textbox', { name: 'Earned on' }).press('Enter');
    await dialog.getByLabel('Notes').fill('Certificate from central');
    await dialog.getByLabel('Notes').press('Enter');
    await dialog.waitFor({ state: 'hidden' });
    const saved = await app.backend.dispatch('roster.get', { id });
    expect(saved.ok && (saved.data as { qualifications: Array<{ earnedOn: string; notes: string | null }> }).qualifications).toEqual([
      expect.objectContaining({ earnedOn: '2021-03-04', notes: 'Certificate from central' }),
    ]);
    // Out of the way of the refresher check below.
    for (const q of saved.ok ? (saved.data as { qualifications: Array<{ id: string }> }).qualifications : []) {
      expect((await app.backend.dispatch('qualification.remove', { id: q.id })).ok).toBe(true);
    }

    // The same module earned again (a refresher) is listed beside the first, and the first says it was renewed,
    // though its own refresher date has not come.
    const earlier = addDays(todayIso(), -200);
    const geo = await app.backend.dispatch('reference.geography', {});
    const [law, migration] = (geo.ok ? (geo.data as { modules: Array<{ id: string }> }).modules : []).map((m) => m.id);
    for (const [moduleId, earnedOn] of [[law, earlier], [migration, '2022-05-06'], [law, todayIso()]] as const) {
      expect((await app.backend.dispatch('qualification.add', { personId: id, moduleId, earnedOn })).ok).toBe(true);
    }
    await page.reload();
    const rows = page.locator('.ant-card').filter({ has: page.locator('.ant-card-head-title', { hasText: /^Qualifications$/ }) }).locator('tbody tr.ant-table-row');
    await rows.nth(2).waitFor();
    expect(await rows.count()).toBe(3);
    const cells = async (i: number) => (await rows.nth(i).locator('td').allTextContents()).slice(0, 3);
    expect((await cells(0)).slice(0, 2)).toEqual(['Trafficking concepts and law', todayIso()]);
    expect(await cells(1)).toEqual(['Trafficking concepts and law', earlier, expect.stringMatching(/^\d{4}-\d{2}-\d{2} · renewed$/)]);
    expect((await cells(2))[0]).toBe('Safe migration');
  });

  it('imports a spreadsheet: bad rows, a district two provinces share and a duplicate are each reported before anything is written', async () => {
    app = await startApp();
    const { page } = app;
    await app.backend.dispatch('roster.create', { nameLo: 'ນາງ ບົວພັນ ສີສຸວັນ', nameEn: 'Bouaphanh Sisouvanh', sex: 'f', birthYear: 1985, officeLevel: 'central' });
    await openSpreadsheet(page, 'provincial-roster.xlsx', [
      ['Name in Lao', 'Romanised name', 'Sex', 'Birth year', 'Phone', 'Province', 'District'],
      ['ນາງ ມະນີວອນ ພົມມະຈັນ', 'Manivone Phommachanh', 'F', 1990, '020 5512 3456', 'Bolikhamxay', 'Pakkading'],
      ['', 'Nobody Lao', 'F', 1991, '', '', ''],
      ['ນາງ ແສງດາວ ວົງສາ', 'Saengdao Vongsa', 'F', 1987, '999', '', ''],
      ['ນາງ ບົວພັນ ສີສຸວັນ', 'Bouaphanh Sisouvanh', 'F', 1985, '', '', ''],
      // Vientiane Capital and Attapeu each have a Xaysetha: the row must say which.
      ['ນາງ ສີດາ ພົມມະວົງ', 'Sida Phommavong', 'F', 1989, '', '', 'Xaysetha'],
    ]);
    await page.getByText('5 rows: 1 ready, 3 with problems, 1 likely already in the roster.').waitFor();
    await page.getByText(/^District: "Xaysetha" could be any of these districts: Xaysetha \((Vientiane Capital|Attapeu)\), Xaysetha \((Vientiane Capital|Attapeu)\)\. Write the district's full name, and its province, on this row\.$/).waitFor();
    await page.getByText('Name in Lao: Enter the name in Lao.').waitFor();
    await page.getByText('Phone: This is not a Lao phone number', { exact: false }).waitFor();
    await page.getByText('Probably the same person as ນາງ ບົວພັນ ສີສຸວັນ (Bouaphanh Sisouvanh) already in the roster').waitFor();
    // Likely duplicates are skipped unless asked: the button counts what it will import. Importing all is not
    // offered while rows have problems.
    expect(await page.getByRole('button', { name: /^Import all rows/ }).count()).toBe(0);
    await page.screenshot({ path: path.join(artifactsDir, 'import-preview-en.png'), fullPage: true });
    expect(await rosterCount(app)).toBe(1);

    await page.getByRole('button', { name: 'Import the rows without problems only (1)' }).click();
    await page.getByText('Imported: 1. Not imported: 3 with problems, 1 likely duplicates.').waitFor();
    expect(await rosterCount(app)).toBe(2);
  });
  it('says why an empty or damaged CSV is refused, leaves out a total, and imports a corrected row', async () => {
    app = await startApp();
    const { page } = app;
    await openImport(page);
    // An empty file: the same words as a file with a header only, in both languages.
    await chooseFile(page, 'empty.csv', Buffer.alloc(0));
    await page.getByRole('alert').getByText('The file empty.csv has no rows below its header row.').waitFor();
    await chooseLanguage(page, 'ລາວ');
    await page.getByRole('alert').getByText('ໄຟລ໌ empty.csv ບໍ່ມີແຖວຂໍ້ມູນຢູ່ລຸ່ມແຖວຫົວ.').waitFor();

    // Saved by Excel as "CSV (Comma delimited)": every Lao letter is a "?". Refused, with how to save it again.
    await chooseFile(page, 'ansi.csv', Buffer.from('Name in Lao,Romanised name,Sex\n??? ?????? ???????,Manivone Phommachanh,F\n', 'latin1'));
    await page.getByRole('alert').getByText('ໄຟລ໌ ansi.csv ເສຍຕົວອັກສອນລາວໄປຕອນບັນທຶກ', { exact: false }).waitFor();
    await chooseLanguage(page, 'English');
    await page.getByRole('alert').getByText('The file ansi.csv lost its Lao letters when it was saved', { exact: false }).waitFor();
    await page.getByRole('alert').getByText('"CSV UTF-8 (Comma delimited)" or as an Excel Workbook (.xlsx)', { exact: false }).waitFor();
    await page.screenshot({ path: path.join(artifactsDir, 'import-lost-letters-en.png'), fullPage: true });
    expect(await rosterCount(app)).toBe(0);

    // A total below the people is no row with problems: left out, said, and the whole file can be imported.
    const totals = ['ລ/ດ,ຊື່ ແລະ ນາມສະກຸນ,ເພດ,ປີເກີດ', '1,ນາງ ຈັນທະວີ ແສງສີ,ຍິງ,1986', '2,ນາງ ມະນີ ແສງສີ,ຍິງ,1984', ',,ລວມ 2 ຄົນ,'];
    await chooseFile(page, 'totals.csv', Buffer.from(totals.join('\n')));
    await page.getByText('2 rows: 2 ready, 0 with problems, 0 likely already in the roster.').waitFor();
    await page.getByText('Rows left out, as they name no one (a total, a numbered line left empty): 1. Rows in the file: 4.').waitFor();
    await chooseLanguage(page, 'ລາວ');
    await page.getByText('ແຖວທີ່ບໍ່ໄດ້ເອົາເຂົ້າ ເພາະບໍ່ມີຊື່ຄົນ (ແຖວລວມ, ແຖວທີ່ມີແຕ່ເລກລຳດັບ): 1. ແຖວໃນໄຟລ໌: 4.').waitFor();
    await page.screenshot({ path: path.join(artifactsDir, 'import-left-out-lo.png'), fullPage: true });
    await chooseLanguage(page, 'English');
    await page.getByRole('button', { name: 'Import all rows (2)' }).click();
    await page.getByText('Imported: 2.', { exact: false }).waitFor();
    expect(await rosterCount(app)).toBe(2);

    // Row 3 corrects row 2, which has a bad phone: it is the only one of her to import, not a duplicate.
    await page.getByRole('button', { name: 'Import another file' }).click();
    const corrected = ['Name in Lao,Sex,Birth year,Phone', 'ນາງ ພອນປະເສີດ ສີລາ,F,1990,12345', 'ນາງ ພອນປະເສີດ ສີລາ,F,1990,020 5512 9876'];
    await chooseFile(page, 'corrected.csv', Buffer.from(corrected.join('\n')));
    await page.getByText('2 rows: 1 ready, 1 with problems, 0 likely already in the roster.').waitFor();
    expect(await page.getByText('Probably the same person as row 2', { exact: false }).count()).toBe(0);
    await page.getByRole('button', { name: 'Import the rows without problems only (1)' }).click();
    await page.getByText('Imported: 1. Not imported: 1 with problems, 0 likely duplicates.').waitFor();
    expect(await rosterCount(app)).toBe(3);
  });

  it("creates and fills a team: every missing field said at once, and only the team's own province's people offered", async () => {
    app = await startApp();
    const { page } = app;
    await app.backend.dispatch('demo.load', {});
    const data = <T,>(channel: string, input: unknown) => backendData<T>(app!, channel, input);
    const teams = await data<Array<{ id: string; level: string; provinceId: string | null; activeSize: number }>>('teams.list', {});
    const team = teams.find((t) => t.level === 'provincial')!;
    const elsewhere = teams.find((t) => t.provinceId && t.provinceId !== team.provinceId)!.provinceId;
    const local = await data<RosterRow>('roster.create', { nameLo: 'ນາງ ວັນນາ ສີສະຫວາດ', nameEn: 'Vanna Sisavath', sex: 'f', officeLevel: 'provincial', provinceId: team.provinceId });
    const vandy = await data<RosterRow>('roster.create', { nameLo: 'ນາງ ວັນດີ ສີສະຫວາດ', nameEn: 'Vandy Sisavath', sex: 'f', officeLevel: 'provincial', provinceId: elsewhere });
    const arrival = addDays(todayIso(), 20);

    await chooseLanguage(page, 'English');
    // A new team saved empty says everything it lacks at once, not one message per attempt.
    await page.getByRole('menuitem', { name: 'Teams' }).click();
    await page.getByRole('button', { name: 'New team' }).click();
    const modal = page.getByRole('dialog').filter({ hasText: 'New team' });
    // Saved only once the form has its defaults (set as it opens): a save before that would be reset with it.
    await expect.poll(() => modal.getByRole('radio', { name: 'District' }).isChecked(), { timeout: 15_000 }).toBe(true);
    await modal.getByRole('button', { name: 'Save' }).click();
    for (const text of ['Enter the name in Lao.', 'Choose the province.', 'Choose the district.']) await modal.getByText(text).waitFor();
    await modal.getByRole('button', { name: 'Cancel' }).click();
    await modal.waitFor({ state: 'hidden' });

    await page.goto(`${app.bridge.origin}/#/teams/${team.id}`);
    const drawer = page.getByRole('dialog');
    const picker = drawer.getByRole('combobox', { name: 'Person', exact: true });
    await picker.click();
    await picker.fill('Sisavath');
    // Only Vanna: Vandy works in another province, and would count in two provinces' reports.
    const options = page.locator('.ant-select-dropdown:visible .ant-select-item-option');
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option-active', { hasText: 'Vanna Sisavath' }).waitFor();
    expect(await options.allTextContents()).toEqual(['ນາງ ວັນນາ ສີສະຫວາດ (Vanna Sisavath)']);
    await picker.press('Escape');
    // Once her move here is recorded, ahead of its day, she is offered, to join from the day she arrives.
    await data('transfers.record', { personId: vandy.id, date: arrival, toOfficeLevel: 'provincial', toProvinceId: team.provinceId, keepsTrainingRole: true });
    await page.reload();
    await picker.click();
    await picker.fill('Vandy');
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option-active', { hasText: `Vandy Sisavath) · arrives ${arrival}` }).waitFor();
    await picker.press('Enter');
    expect(await drawer.getByRole('textbox', { name: 'From' }).inputValue()).toBe(arrival);
    await drawer.getByRole('button', { name: 'Add a member' }).click();
    await page.getByText('Vandy Sisavath added to the team.').waitFor();
    await picker.click();
    await picker.fill('Sisavath');
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option-active', { hasText: 'Vanna Sisavath' }).waitFor();
    await picker.press('Enter');
    await drawer.getByTitle('ນາງ ວັນນາ ສີສະຫວາດ (Vanna Sisavath)').waitFor();
    await drawer.getByRole('button', { name: 'Add a member' }).click();
    await page.getByText('Vanna Sisavath added to the team.').waitFor();
    const after = await data<{ team: { activeSize: number }; members: Array<{ personId: string }> }>('teams.get', { id: team.id });
    expect(after.members.map((m) => m.personId)).toContain(local.id);
    expect(after.team.activeSize).toBe(team.activeSize + 1);

    // Ending it says who leaves and after which day (today, none being chosen) before it is done.
    const today = todayIso();
    await drawer.getByRole('row', { name: /Vanna Sisavath/ }).getByRole('button', { name: 'End membership' }).click();
    const confirm = page.getByRole('tooltip');
    await confirm.getByText(`Vanna Sisavath leaves the team after ${today}, and still counts in it on that day.`).waitFor();
    await settled(page);
    await page.screenshot({ path: path.join(artifactsDir, 'team-end-confirm-en.png') });
    await confirm.getByRole('button', { name: 'End membership' }).click();
    await expect
      .poll(async () => (await data<{ members: Array<{ personId: string; toDate: string | null }> }>('teams.get', { id: team.id })).members.find((m) => m.personId === local.id)?.toDate, { timeout: 15_000 })
      .toBe(today);

    // Added by mistake, it can be taken away altogether: ending it left a day she was never in the team.
    await drawer.getByRole('button', { name: 'Remove a membership entered by mistake: Vanna Sisavath' }).click();
    await confirm.getByText("Vanna Sisavath's membership goes from the team's history", { exact: false }).waitFor();
    await settled(page);
    await page.screenshot({ path: path.join(artifactsDir, 'team-remove-confirm-en.png') });
    await confirm.getByRole('button', { name: 'Remove', exact: true }).click();
    await drawer.getByRole('row', { name: /Vanna Sisavath/ }).waitFor({ state: 'detached' });
    const members = await data<{ members: Array<{ personId: string }> }>('teams.get', { id: team.id });
    expect(members.members.map((m) => m.personId)).not.toContain(local.id);
  });

  it('lets the person point to the Lao-name column when the header is not one LWU Desk knows', async () => {
    app = await startApp();
    const { page } = app;
    await openSpreadsheet(page, 'district-trainers.xlsx', [
      ['ຄູຝຶກ', 'Sex', 'Birth year'],
      ['ນາງ ຄຳແພງ ໄຊຍະວົງ', 'F', 1988],
      ['ນາງ ອຳພອນ ແກ້ວມະນີ', 'F', 1992],
    ]);
    // Not a dead end: the rows and the columns are shown, with what is missing.
    await page.getByRole('alert').getByText('LWU Desk did not recognise the column with the name in Lao. Choose it under "Name in Lao" below', { exact: false }).waitFor();
    await page.getByText('2 rows: 0 ready, 2 with problems', { exact: false }).waitFor();
    await chooseLanguage(page, 'ລາວ');
    await page.getByRole('alert').getByText('LWU Desk ບໍ່ຮູ້ຈັກຖັນທີ່ມີຊື່ເປັນພາສາລາວ', { exact: false }).waitFor();
    await page.screenshot({ path: path.join(artifactsDir, 'import-name-column-lo.png'), fullPage: true });
    await chooseLanguage(page, 'English');

    await page.getByRole('combobox', { name: 'Name in Lao', exact: true }).click();
    await page.locator('.ant-select-dropdown:visible').getByTitle('ຄູຝຶກ').click();
    await page.getByText('2 rows: 2 ready, 0 with problems', { exact: false }).waitFor();
    expect(await page.getByRole('alert').count(), 'the warning goes once the column is chosen').toBe(0);
    await page.getByRole('button', { name: 'Import all rows (2)' }).click();
    await page.getByText('Imported: 2.', { exact: false }).waitFor();
    expect(await rosterCount(app)).toBe(2);
  });
});
