import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { todayIso } from '../../shared/roster-rules';
import { initOffice } from '../../electron/sync/identity';
import { type RunningApp, artifactsDir, chooseLanguage, pick, startApp } from '../helpers/app';

let app: RunningApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const holidaysCard = (page: Page) => page.locator('.ant-card', { has: page.getByText('Public holidays', { exact: true }) });

describe('public holidays, maintained by central', () => {
  it('central adds this year’s festival, the calendar marks it; a bad date is refused beside the field; a holiday is deleted', async () => {
    app = await startApp();
    const { page } = app;
    await chooseLanguage(page, 'English');
    await page.goto(`${app.bridge.origin}/#/settings`);
    const card = holidaysCard(page);
    await card.getByRole('row', { name: /National Day/ }).waitFor();
    expect(await card.getByRole('row', { name: /Lao New Year/ }).textContent()).toContain('14 April, 3 days');

    // A date that does not exist is refused beside the field, and nothing is saved.
    const today = todayIso();
    const [year, month] = [Number(today.slice(0, 4)), Number(today.slice(5, 7))];
    await card.getByRole('button', { name: 'Add a holiday' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add a holiday' });
    await dialog.getByLabel('Name in Lao').fill('ບຸນທົດລອງ');
    await dialog.getByLabel('Name in English').fill('Test festival');
    await dialog.getByLabel('Day', { exact: true }).fill('31');
    await pick(page, dialog, 'Month', 'February');
    // A length out of range is said to be wrong, not quietly cut to 15 when the box is left.
    await dialog.getByLabel('Number of days', { exact: true }).fill('40');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.getByText('Enter a day that exists in this month (29 February only in a leap year).').waitFor();
    await dialog.getByText('Enter a number of days from 1 to 15.').waitFor();
    expect(await dialog.getByLabel('Number of days', { exact: true }).inputValue(), 'as typed').toBe('40');
    await dialog.getByLabel('Number of days', { exact: true }).fill('1');
    const stored = await app.backend.dispatch('holidays.list', {});
    expect(stored.ok && (stored.data as unknown[])).toHaveLength(5);

    // This month's 20th, this year only: a lunar festival as central enters it.
    await dialog.getByLabel('Day', { exact: true }).fill('20');
    await dialog.getByText('Enter a day that exists', { exact: false }).waitFor({ state: 'detached' });
    const monthName = new Date(Date.UTC(year, month - 1, 1)).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' });
    await pick(page, dialog, 'Month', monthName);
    await dialog.getByRole('checkbox', { name: 'Every year' }).uncheck();
    await dialog.getByLabel('Year', { exact: true }).fill(String(year));
    await page.screenshot({ path: path.join(artifactsDir, 'holidays-add-en.png') });
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const row = card.getByRole('row', { name: /Test festival/ });
    await row.waitFor();
    expect(await row.textContent()).toContain(String(year));
    await page.screenshot({ path: path.join(artifactsDir, 'holidays-en.png') });

    const day = `${today.slice(0, 7)}-20`;
    await page.goto(`${app.bridge.origin}/#/calendar?view=month`);
    await page.locator(`[data-date="${day}"] .holiday-name`).waitFor();
    expect(await page.locator(`[data-date="${day}"] .holiday-name`).textContent()).toBe('Public holiday: Test festival');

    // Deleting asks first, then the row goes.
    await page.goto(`${app.bridge.origin}/#/settings`);
    await card.getByRole('button', { name: 'Delete: Test festival' }).click();
    await page.getByRole('tooltip').getByRole('button', { name: 'Delete' }).click();
    await page.getByText('Test festival is no longer a holiday.').waitFor();
    await row.waitFor({ state: 'detached' });
    const dates = await app.backend.dispatch('calendar.holidays', { from: day, to: day });
    expect(dates.ok && dates.data).toEqual([]);

    await chooseLanguage(page, 'ລາວ');
    const national = page.locator('.ant-card', { has: page.getByText('ວັນພັກລັດຖະການ', { exact: true }) }).getByRole('row', { name: /ວັນຊາດ/ });
    await national.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(artifactsDir, 'holidays-lo.png') });
  });

  it('a provincial office sees the holidays and curriculum read-only, with the reason, and corrects and deletes its own village', async () => {
    app = await startApp();
    const { page } = app;
    await initOffice(app.backend.ctx.db, app.backend.ctx.keyProtectors[0], { code: 'LA-BL', level: 'provincial', name: 'Bolikhamxay LWU' });
    await chooseLanguage(page, 'English');
    await page.goto(`${app.bridge.origin}/#/settings`);
    const card = holidaysCard(page);
    await card.getByRole('row', { name: /National Day/ }).waitFor();
    await card.getByText('Central maintains these for every office.', { exact: false }).waitFor();
    expect(await card.getByRole('button', { name: 'Add a holiday' }).count()).toBe(0);
    expect(await card.getByRole('button', { name: /Delete/ }).count()).toBe(0);
    // Its own province's districts first, all of them (Pakxan, the capital district, included).
    const places = page.locator('.ant-card', { has: page.getByText('Districts and villages', { exact: true }) });
    await places.getByTitle('Bolikhamxay', { exact: true }).waitFor();
    await places.getByRole('cell', { name: 'Pakxan', exact: true }).waitFor();
    expect(await page.getByRole('button', { name: 'Add a module' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Add a district' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Add a village' }).waitFor();

    // A village added with a typo is corrected, then deleted, since nothing names it yet.
    const villageForm = page.getByRole('form', { name: 'Add a village' });
    await pick(page, villageForm, 'District', 'Pakxan');
    await villageForm.getByRole('textbox', { name: 'Name in Lao' }).fill('ບ້ານ ນາເຟືອງ');
    await villageForm.getByRole('button', { name: 'Add a village' }).click();
    await places.getByRole('row', { name: /Pakxan/ }).getByText('Villages: 1').waitFor();
    await places.getByRole('row', { name: /Pakxan/ }).locator('.ant-table-row-expand-icon').click();
    await places.getByRole('button', { name: 'Correct the village\'s name: ບ້ານ ນາເຟືອງ' }).click();
    const rename = page.getByRole('dialog', { name: "Correct the village's name" });
    await rename.getByRole('textbox', { name: 'Name in Lao' }).fill('ບ້ານ ນາເຟືອງໃຕ້');
    await rename.getByRole('button', { name: 'Save' }).click();
    await places.getByRole('cell', { name: 'ບ້ານ ນາເຟືອງໃຕ້', exact: true }).waitFor();
    await places.getByRole('button', { name: 'Delete: ບ້ານ ນາເຟືອງໃຕ້' }).click();
    await page.getByRole('tooltip').getByRole('button', { name: 'Delete' }).click();
    await page.getByText('The village ບ້ານ ນາເຟືອງໃຕ້ was deleted.').waitFor();
    await places.getByRole('row', { name: /Pakxan/ }).getByText('Villages: 0').waitFor();
    await chooseLanguage(page, 'ລາວ');
    await page.locator('.ant-card', { has: page.getByText('ວັນພັກລັດຖະການ', { exact: true }) }).getByText('ສູນກາງເປັນຜູ້ຄຸ້ມຄອງ', { exact: false }).waitFor();
    await page.locator('.ant-card', { has: page.getByText('ວັນພັກລັດຖະການ', { exact: true }) }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(artifactsDir, 'holidays-province-lo.png') });
  });
});
