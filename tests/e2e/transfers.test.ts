import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { CapacityOverview, RosterRow, TeamRow, TransferRow } from '../../shared/api';
import { createI18n } from '../../shared/i18n';
import { addDays } from '../../shared/calendar-rules';
import { todayIso } from '../../shared/roster-rules';
import { type RunningApp, artifactsDir, chooseLanguage, pick, returnToList, settled, startApp } from '../helpers/app';

let app: RunningApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

async function call<T>(a: RunningApp, channel: string, input: unknown): Promise<T> {
  const r = await a.backend.dispatch(channel, input);
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.data as T;
}

describe('transfers and capacity in a real browser', () => {
  it('transfers a demo district trainer: the cost is shown before saving, then the gap appears with a suggestion', async () => {
    app = await startApp();
    const { page } = app;
    await call(app, 'demo.load', {});
    const geo = await call<{ provinces: Array<{ id: string; code: string }>; districts: Array<{ id: string; code: string }>; modules: Array<{ id: string }> }>(app, 'reference.geography', {});
    const bl = geo.provinces.find((p) => p.code === 'LA-BL')!.id;
    const pkd = geo.districts.find((d) => d.code === 'LA-BL-PKD')!.id;
    // A trained LWU officer in the same province who is in no team yet: the person who could close the gap.
    const reserve = await call<RosterRow>(app, 'roster.create', { nameLo: 'ນາງ ອຳພອນ ພິລາວົງ', nameEn: 'Amphone Philavong', sex: 'f', officeLevel: 'provincial', provinceId: bl });
    const trainer = (await call<RosterRow[]>(app, 'roster.search', { districtId: pkd }))[0];
    const module = trainer.moduleIds[0];
    await call(app, 'qualification.add', { personId: reserve.id, moduleId: module, earnedOn: '2025-09-01' });

    await chooseLanguage(page, 'English');
    await page.getByRole('menuitem', { name: 'Trainers' }).click();
    await page.getByLabel('Search by name (Lao or romanised) or phone').fill(trainer.nameEn);
    await page.getByRole('link', { name: trainer.nameLo }).click();
    const transfersBefore = (await call<unknown[]>(app, 'transfers.list', {})).length;
    await page.getByRole('button', { name: 'Record a transfer' }).click();
    const drawer = page.getByRole('dialog');
    await drawer.locator('label', { hasText: 'Provincial' }).click();
    // Saved before its province is chosen: the message stands beside the field, and nothing is saved.
    await drawer.getByRole('button', { name: 'Save the transfer' }).click();
    await drawer.getByText('Choose the province.').waitFor();
    // Whether she still trains is never assumed: it is asked.
    await drawer.getByText('Say whether this person still trains in the new post.').waitFor();
    expect(await call<unknown[]>(app, 'transfers.list', {}), 'nothing was saved').toHaveLength(transfersBefore);
    await drawer.getByRole('combobox', { name: 'Province' }).click();
    await page.keyboard.type('Vientiane Capital');
    await page.keyboard.press('Enter');
    await drawer.getByLabel('New position').fill('Deputy head of division');
    // The message goes once the province is chosen (antd lets it fade out first).
    await drawer.getByText('Choose the province.').waitFor({ state: 'detached' });
    // The impact in plain words, before anything is saved.
    await drawer.getByText('Pakkading district team falls to 5 of 6 members.').waitFor();
    // Still training in Vientiane Capital, she is capacity there.
    await drawer.locator('label', { hasText: 'Still trains in the new post' }).click();
    await drawer.getByText('Capacity gained at the destination').waitFor();
    await drawer.getByText('Say whether this person still trains in the new post.').waitFor({ state: 'detached' });
    await drawer.getByRole('region', { name: 'What this transfer does' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(artifactsDir, 'transfer-preview-en.png') });
    const teamBefore = (await call<TeamRow[]>(app, 'teams.list', {})).find((t) => t.districtId === pkd)!;
    expect(teamBefore.activeSize).toBe(6);

    await drawer.getByRole('button', { name: 'Save the transfer' }).click();
    await page.getByText(`Transfer recorded for ${trainer.nameEn}.`).waitFor();
    expect((await call<TeamRow[]>(app, 'teams.list', {})).find((t) => t.districtId === pkd)!.activeSize).toBe(5);
    expect((await call<Array<{ personId: string; keepsTrainingRole: boolean }>>(app, 'transfers.list', {})).find((t) => t.personId === trainer.id)?.keepsTrainingRole).toBe(true);

    await page.getByRole('menuitem', { name: 'Capacity' }).click();
    const teamGap = page.locator('.ant-list-item', { hasText: 'Pakkading district team' });
    await teamGap.getByText('5 of 6 members').waitFor();
    await teamGap.getByRole('link', { name: 'Amphone Philavong' }).waitFor();
    expect(await teamGap.textContent()).toContain('is qualified and in no team');
    await page.screenshot({ path: path.join(artifactsDir, 'capacity-en.png'), fullPage: true });
    await chooseLanguage(page, 'ລາວ');
    await page.locator('.ant-list-item', { hasText: 'ທີມວິທະຍາກອນເມືອງປາກກະດິງ' }).getByText('ສະມາຊິກ 5 ໃນ 6 ຄົນ').waitFor();
    await page.screenshot({ path: path.join(artifactsDir, 'capacity-lo.png'), fullPage: true });

    // The Transfers page lists it, and undo puts her back.
    await page.getByRole('menuitem', { name: 'ການຍົກຍ້າຍ' }).click();
    await page.getByRole('link', { name: trainer.nameLo }).waitFor();
    // Hers, among the demo's own two.
    expect(await page.getByRole('button', { name: 'ເອົາຄືນ' }).count()).toBe(3);
    // The demo's upcoming move stays in Sikhottabong: the organisation she goes to says what changes.
    await page.locator('tr', { hasText: 'ກຳລັງຈະມາເຖິງ' }).getByText('ນະຄອນຫຼວງວຽງຈັນ, ສີໂຄດຕະບອງ · ສຶກສາທິການ').waitFor();
    await page.screenshot({ path: path.join(artifactsDir, 'transfers-lo.png'), fullPage: true });
    await page.locator('tr', { hasText: trainer.nameLo }).getByRole('button', { name: 'ເອົາຄືນ' }).click();
    await page.getByRole('tooltip').getByRole('button', { name: /^(Undo|ເອົາຄືນ)$/ }).click();
    await page.getByText('ໄດ້ຍົກເລີກການຍົກຍ້າຍແລ້ວ', { exact: false }).waitFor();
    expect((await call<TeamRow[]>(app, 'teams.list', {})).find((t) => t.districtId === pkd)!.activeSize).toBe(6);
  });

  it('records a transfer ahead of its date: said so before saving, marked upcoming, and she still counts in her team', async () => {
    app = await startApp();
    const { page } = app;
    await call(app, 'demo.load', {});
    const geo = await call<{ districts: Array<{ id: string; code: string }> }>(app, 'reference.geography', {});
    const pkd = geo.districts.find((d) => d.code === 'LA-BL-PKD')!.id;
    const trainer = (await call<RosterRow[]>(app, 'roster.search', { districtId: pkd }))[0];
    const day = new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10);

    await chooseLanguage(page, 'English');
    await page.goto(`${app.bridge.origin}/#/trainers/${trainer.id}`);
    await page.getByRole('button', { name: 'Record a transfer' }).click();
    const drawer = page.getByRole('dialog');
    const date = drawer.getByLabel('Date of transfer', { exact: true });
    await date.click();
    await date.fill(day);
    await date.press('Enter');
    await drawer.locator('label', { hasText: 'Provincial' }).click();
    await drawer.getByRole('combobox', { name: 'Province' }).click();
    await page.keyboard.type('Vientiane Capital');
    await page.keyboard.press('Enter');
    await drawer.getByText(`the move (place and status) takes effect on ${day}`, { exact: false }).waitFor();
    await drawer.locator('label', { hasText: 'No longer trains' }).click();
    await page.screenshot({ path: path.join(artifactsDir, 'transfer-ahead-en.png') });
    await drawer.getByRole('button', { name: 'Save the transfer' }).click();
    await page.getByText(`Transfer recorded for ${trainer.nameEn}.`).waitFor();
    expect((await call<TeamRow[]>(app, 'teams.list', {})).find((t) => t.districtId === pkd)!.activeSize, 'she trains in her team until then').toBe(6);

    await page.getByRole('menuitem', { name: 'Transfers' }).click();
    const row = page.getByRole('row', { name: new RegExp(trainer.nameEn) });
    await row.getByText('Upcoming').waitFor();
    expect(await row.textContent()).toContain(day);
    await page.screenshot({ path: path.join(artifactsDir, 'transfers-upcoming-en.png') });
    await chooseLanguage(page, 'ລາວ');
    await page.getByRole('row', { name: new RegExp(trainer.nameLo) }).getByText('ກຳລັງຈະມາເຖິງ').waitFor();
  });
  it("keeps the Transfers page's filters through a person's page, Back and a reload", async () => {
    app = await startApp();
    const { page } = app;
    await call(app, 'demo.load', {});
    const geo = await call<{ provinces: Array<{ id: string; code: string; nameEn: string; nameLo: string }> }>(app, 'reference.geography', {});
    const vientiane = geo.provinces.find((p) => p.code === 'LA-VT')!;
    const today = todayIso();
    // Beside the demo's two: moves to Vientiane Capital that one filter or another leaves out.
    const [keeps, longAgo] = (await call<RosterRow[]>(app, 'roster.search', { status: 'active', officeLevel: 'district' })).filter((r) => r.provinceId !== vientiane.id);
    const toVientiane = { toOfficeLevel: 'provincial', toProvinceId: vientiane.id };
    await call(app, 'transfers.record', { ...toVientiane, personId: keeps!.id, date: addDays(today, -10), keepsTrainingRole: true });
    await call(app, 'transfers.record', { ...toVientiane, personId: longAgo!.id, date: addDays(today, -200), keepsTrainingRole: false });
    const [from, to] = [addDays(today, -60), addDays(today, 60)];
    const expected = await call<TransferRow[]>(app, 'transfers.list', { from, to, provinceId: vientiane.id, keepsTrainingRole: false });
    const all = await call<TransferRow[]>(app, 'transfers.list', {});
    expect(expected.length, 'the filters leave a shorter list').toBeGreaterThan(0);
    expect(expected.length, 'the filters leave a shorter list').toBeLessThan(all.length);
    const her = expected[0]!;

    await chooseLanguage(page, 'English');
    await page.getByRole('menuitem', { name: 'Transfers' }).click();
    const rows = page.locator('.ant-table-tbody tr.ant-table-row');
    await page.getByRole('link', { name: keeps!.nameEn }).waitFor();
    const period = page.locator('.ant-picker-range input');
    await period.first().click();
    await period.first().fill(from);
    await period.first().press('Enter');
    await period.nth(1).fill(to);
    await period.nth(1).press('Enter');
    await page.getByRole('link', { name: longAgo!.nameEn }).waitFor({ state: 'detached' });
    const filters = page.locator('body');
    await pick(page, filters, 'Province', 'Vientiane Capital');
    await page.getByRole('combobox', { name: 'Kept training role', exact: true }).click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: 'Kept training role: No' }).click();

    /** The list as it was left: every filter shown, and the same transfers listed. */
    const sameList = async (when: string) => {
      // Gone first, then hers shown: the list is the new one, not the last one still on screen.
      await page.getByRole('link', { name: keeps!.nameEn }).waitFor({ state: 'detached' });
      await page.getByRole('link', { name: her.personNameEn }).waitFor();
      await expect.poll(() => rows.count(), { message: `the transfers listed ${when}` }).toBe(expected.length);
      expect(await period.first().inputValue(), `the period's start ${when}`).toBe(from);
      expect(await period.nth(1).inputValue(), `the period's end ${when}`).toBe(to);
      const shown = (label: string) => page.locator('.ant-select', { has: page.getByRole('combobox', { name: label, exact: true }) }).locator('.ant-select-content').getAttribute('title');
      expect(await shown('Province'), `the province ${when}`).toBe('Vientiane Capital');
      expect(await shown('Kept training role'), `the training role ${when}`).toBe('Kept training role: No');
    };
    await sameList('once chosen');
    expect(page.url(), 'the filters are in the address').toContain('keeps=0');
    await settled(page);
    await page.screenshot({ path: path.join(artifactsDir, 'transfers-filtered-en.png') });
    await chooseLanguage(page, 'ລາວ');
    await page.getByRole('combobox', { name: 'ແຂວງ', exact: true }).waitFor();
    await settled(page);
    await page.screenshot({ path: path.join(artifactsDir, 'transfers-filtered-lo.png') });
    await chooseLanguage(page, 'English');

    // Her page's Back button, the browser's Back, and a reload: the same filtered list each time.
    await returnToList(page, { link: her.personNameEn, heading: her.personNameLo, back: 'Back to transfers' }, sameList);
    // Each filter chosen was a step: Back takes away the last one, the training role.
    await page.goBack();
    const anyRole = await call<TransferRow[]>(app, 'transfers.list', { from, to, provinceId: vientiane.id });
    await page.getByRole('link', { name: keeps!.nameEn }).waitFor();
    expect(await rows.count(), 'the transfers listed after Back from choosing the training role').toBe(anyRole.length);
    // An address typed by hand with a filter the list would refuse shows the list without it, not an error.
    await page.goto(`${app.bridge.origin}/#/transfers?province=not-a-place&keeps=0`);
    await page.getByRole('link', { name: longAgo!.nameEn }).waitFor();
    expect(await rows.count()).toBe((await call<TransferRow[]>(app, 'transfers.list', { keepsTrainingRole: false })).length);
  });
  it('tells namesakes apart in the person picker: by place and birth year, then by phone', async () => {
    app = await startApp();
    const { page } = app;
    const geo = await call<{ districts: Array<{ id: string; code: string; provinceId: string }> }>(app, 'reference.geography', {});
    const [pkd, plai] = ['LA-BL-PKD', 'LA-XA-PKL'].map((code) => geo.districts.find((d) => d.code === code)!);
    const kham = { nameLo: 'ນາງ ຄຳ ພົມມະຈັນ', nameEn: 'Kham Phommachanh', sex: 'f', officeLevel: 'district' };
    await call(app, 'roster.create', { ...kham, provinceId: pkd.provinceId, districtId: pkd.id, birthYear: 1980, phone: '020 5555 0001' });
    await call(app, 'roster.create', { ...kham, provinceId: pkd.provinceId, districtId: pkd.id, birthYear: 1980, phone: '020 5555 0002' });
    await call(app, 'roster.create', { ...kham, provinceId: plai.provinceId, districtId: plai.id, birthYear: 1990 });
    await call(app, 'roster.create', { nameLo: 'ນາງ ດາວ ສີສຸວັນ', nameEn: 'Dao Sisouvanh', sex: 'f', officeLevel: 'central' });
    // Moved before to a post without training, she may move again; who left the organisation may not.
    await call(app, 'roster.create', { nameLo: 'ນາງ ນ້ອຍ ແສງດາວ', nameEn: 'Noy Sengdao', sex: 'f', officeLevel: 'central', status: 'transferred' });
    await call(app, 'roster.create', { nameLo: 'ນາງ ບົວ ໄຊຍະວົງ', nameEn: 'Boua Xayavong', sex: 'f', officeLevel: 'central', status: 'left' });

    await chooseLanguage(page, 'English');
    await page.getByRole('menuitem', { name: 'Transfers' }).click();
    await page.getByRole('button', { name: 'Record a transfer' }).click();
    // Saved with nothing chosen: every missing answer is said at once, not one Save at a time.
    const empty = page.getByRole('dialog');
    await empty.getByRole('button', { name: 'Save the transfer' }).click();
    for (const said of ['This is required.', 'Choose the province.', 'Choose the district.', 'Say whether this person still trains in the new post.']) {
      await empty.getByText(said).first().waitFor();
    }
    await page.getByRole('dialog').getByRole('combobox', { name: 'Person', exact: true }).click();
    const options = page.locator('.ant-select-dropdown:visible .ant-select-item-option');
    await options.first().waitFor();
    expect((await options.allTextContents()).sort()).toEqual([
      'ນາງ ຄຳ ພົມມະຈັນ (Kham Phommachanh) · Pakkading, born 1980, 020 5555 0001',
      'ນາງ ຄຳ ພົມມະຈັນ (Kham Phommachanh) · Pakkading, born 1980, 020 5555 0002',
      'ນາງ ຄຳ ພົມມະຈັນ (Kham Phommachanh) · Paklai, born 1990',
      'ນາງ ດາວ ສີສຸວັນ (Dao Sisouvanh)',
      'ນາງ ນ້ອຍ ແສງດາວ (Noy Sengdao)',
    ]);
  });
  it('shows, on the Capacity page, the gap a transfer recorded ahead of its date will open', async () => {
    app = await startApp();
    const { page } = app;
    await call(app, 'demo.load', {});
    const full = (await call<TeamRow[]>(app, 'teams.list', {})).find((t) => t.level === 'district' && t.activeSize === t.targetSize)!;
    const team = await call<{ members: Array<{ personId: string; personNameEn: string; personNameLo: string; toDate: string | null }> }>(app, 'teams.get', { id: full.id });
    const leaving = team.members.find((m) => m.toDate === null)!;
    const geo = await call<{ provinces: Array<{ id: string; code: string }> }>(app, 'reference.geography', {});
    const day = new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10);
    const lastDay = new Date(Date.now() + 19 * 86_400_000).toISOString().slice(0, 10);
    await call(app, 'transfers.record', { personId: leaving.personId, date: day, toOfficeLevel: 'provincial', toProvinceId: geo.provinces.find((p) => p.code === 'LA-VT')!.id, keepsTrainingRole: false });
    expect((await call<TeamRow[]>(app, 'teams.list', {})).find((t) => t.id === full.id)!.activeSize, 'she still trains there until the day').toBe(full.targetSize);

    await chooseLanguage(page, 'English');
    await page.getByRole('menuitem', { name: 'Capacity' }).click();
    const card = page.locator('.ant-card', { hasText: 'Gaps coming in the next 90 days' });
    const row = card.locator('.ant-list-item', { hasText: full.nameEn });
    await row.getByText(`from ${day}: ${full.targetSize - 1} of ${full.targetSize} members`).waitFor();
    await row.getByText(`leaves the team after ${lastDay}: ${full.targetSize - 1} of ${full.targetSize} members then`).waitFor();
    await row.getByRole('link', { name: leaving.personNameEn, exact: false }).waitFor();
    await page.screenshot({ path: path.join(artifactsDir, 'capacity-upcoming-en.png'), fullPage: true });
    await chooseLanguage(page, 'ລາວ');
    await page.getByText('ຊ່ອງຫວ່າງທີ່ຈະເກີດຂຶ້ນໃນ 90 ວັນຂ້າງໜ້າ').waitFor();
    await chooseLanguage(page, 'English');
    // Her name opens her page, whose Back returns to this page, not to the roster.
    await row.getByRole('link', { name: leaving.personNameEn, exact: false }).click();
    await page.getByRole('heading', { name: leaving.personNameLo }).waitFor();
    await page.getByRole('button', { name: 'Back to capacity' }).click();
    await row.getByRole('link', { name: leaving.personNameEn, exact: false }).waitFor();
    expect(page.url()).toMatch(/#\/capacity$/);
    // The team's name opens the team.
    await row.getByRole('link', { name: full.nameEn }).click();
    await page.getByRole('dialog').getByText(full.nameEn, { exact: false }).first().waitFor();
    expect(page.url()).toContain(`#/teams/${full.id}`);
    // A member's page steps back to the team, in Lao as in English.
    await page.getByRole('dialog').getByRole('link', { name: leaving.personNameEn, exact: false }).click();
    await page.getByRole('heading', { name: leaving.personNameLo }).waitFor();
    await chooseLanguage(page, 'ລາວ');
    await page.getByRole('button', { name: 'ກັບຄືນລາຍການທີມງານ' }).click();
    const member = page.getByRole('dialog').getByRole('link', { name: leaving.personNameLo });
    await member.waitFor();
    expect(page.url()).toContain(`#/teams/${full.id}`);
  });

  it('counts, on the Capacity page, the teams short of trainers for a module that it lists, the teams the capacity report names', async () => {
    app = await startApp();
    const { page } = app;
    await call(app, 'demo.load', {});
    const overview = await call<CapacityOverview>(app, 'capacity.overview', {});
    type Block = { type: string; columns?: string[]; rows?: string[][]; items?: Array<{ label: string; value: string }> };
    const report = async (language: 'en' | 'lo') => {
      const { t } = createI18n(language);
      const { blocks } = await call<{ blocks: Block[] }>(app!, 'reports.preview', { kind: 'capacity', period: todayIso().slice(0, 7), scope: 'all', language });
      const figure = blocks.find((b) => b.type === 'figures')!.items!.find((i) => i.label === t('reports.doc.figTeamsModuleGaps'))!.value;
      const table = blocks.find((b) => b.type === 'table' && b.columns?.includes(t('reports.doc.colShortModules')))!;
      const short = table.columns!.indexOf(t('reports.doc.colShortModules'));
      return { figure, teams: table.rows!.filter((r) => r[short] !== '0').map((r) => r[0]!) };
    };
    const sikhottabong = overview.moduleGaps.find((g) => g.nameEn === 'Sikhottabong district team')!;
    expect(sikhottabong.modules.every((m) => m.coverage === 'atRisk'), 'the demo leaves Sikhottabong one trainer in some modules').toBe(true);

    for (const [language, label] of [['en', 'English'], ['lo', 'ລາວ']] as const) {
      await chooseLanguage(page, label);
      await page.goto(`${app.bridge.origin}/#/capacity`);
      const title = createI18n(language).t('capacity.modules');
      const headline = page.locator('.ant-statistic', { has: page.getByText(title, { exact: true }) });
      const card = page.locator('.ant-card', { has: page.locator('.ant-card-head-title', { hasText: title }) });
      const panels = card.locator('.ant-collapse-header');
      await panels.first().waitFor();
      const shown = await headline.locator('.ant-statistic-content-value').textContent();
      const listed = (await panels.allTextContents()).map((text) => text.split(/(No trainer|One trainer left|ບໍ່ມີວິທະຍາກອນ|ເຫຼືອວິທະຍາກອນຄົນດຽວ)/)[0]!.trim());
      expect(Number(shown), `${language}: the headline counts the teams listed under it`).toBe(listed.length);
      const fromReport = await report(language);
      expect(fromReport.figure, `${language}: the capacity report's key figure is the page's headline`).toBe(shown);
      expect([...listed].sort(), `${language}: the report's table names the teams the page lists`).toEqual([...fromReport.teams].sort());
    }
    // A team's panel names the one member who alone can train a module.
    await chooseLanguage(page, 'English');
    const card = page.locator('.ant-card', { has: page.locator('.ant-card-head-title', { hasText: 'Teams with too few trainers for a module' }) });
    await card.locator('.ant-collapse-header', { hasText: 'Sikhottabong district team' }).click();
    const only = sikhottabong.modules[0]!.trainers[0]!;
    await card.getByText('only', { exact: false }).filter({ has: page.getByRole('link', { name: only.nameEn }) }).first().waitFor();
    await page.screenshot({ path: path.join(artifactsDir, 'capacity-module-gaps-en.png'), fullPage: true });

    // Her transfer's preview names, by the same rule, the modules the team would be left without.
    const modules = (await call<{ modules: Array<{ id: string; nameEn: string }> }>(app, 'reference.geography', {})).modules;
    const hers = sikhottabong.modules.filter((m) => m.trainers.length === 1 && m.trainers[0]!.personId === only.personId);
    await card.getByRole('link', { name: only.nameEn }).first().click();
    await page.getByRole('button', { name: 'Record a transfer' }).click();
    const drawer = page.getByRole('dialog');
    await drawer.locator('label', { hasText: 'Provincial' }).click();
    await drawer.getByRole('combobox', { name: 'Province' }).click();
    await page.keyboard.type('Vientiane Capital');
    await page.keyboard.press('Enter');
    await drawer.locator('label', { hasText: 'No longer trains' }).click();
    for (const m of hers) {
      await drawer.getByText(`${modules.find((x) => x.id === m.moduleId)!.nameEn} in Sikhottabong district team: 1 → 0 members who can train it.`).waitFor();
    }
    await drawer.getByRole('region', { name: 'What this transfer does' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(artifactsDir, 'transfer-preview-module-gaps-en.png') });
  });
});
