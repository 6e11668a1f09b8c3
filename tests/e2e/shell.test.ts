import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { pack } from '../../shared/hlc';
import { setLocal } from '../../electron/db/local-settings';
import { type RunningApp, artifactsDir, chooseLanguage, startApp } from '../helpers/app';

let app: RunningApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

describe('the app shell in a real browser', () => {
  it('starts in Lao, switches to English and back, and remembers the choice', async () => {
    app = await startApp();
    const { page } = app;
    const nav = page.getByRole('navigation', { name: 'ເມນູຫຼັກ' });
    await expect(nav.getByText('ວິທະຍາກອນ')).toBeTruthy();
    await nav.getByText('ວິທະຍາກອນ').waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('lo');
    await page.screenshot({ path: path.join(artifactsDir, 'shell-lo.png') });

    await chooseLanguage(page, 'English');
    const enNav = page.getByRole('navigation', { name: 'Main navigation' });
    await enNav.getByText('Trainers').waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.screenshot({ path: path.join(artifactsDir, 'shell-en.png') });

    // The choice is in the database, not only in this tab: a new browser profile sees English too.
    expect((await app.backend.dispatch('settings.get', {})).ok && (await app.backend.dispatch('settings.get', {}))).toMatchObject({
      data: { language: 'en' },
    });
    const fresh = await app.browser.newContext();
    const second = await fresh.newPage();
    await second.goto(app.bridge.url);
    await second.getByRole('navigation', { name: 'Main navigation' }).getByText('Trainers').waitFor();

    await chooseLanguage(page, 'ລາວ');
    await page.getByRole('navigation', { name: 'ເມນູຫຼັກ' }).getByText('ການຍົກຍ້າຍ').waitFor();
  });

  it('navigates the sections by mouse and by keyboard', async () => {
    app = await startApp();
    const { page } = app;
    await chooseLanguage(page, 'English');
    await page.getByRole('menuitem', { name: 'Calendar' }).click();
    await expect.poll(() => page.url()).toContain('#/calendar');
    // Keyboard only: Tab from the top of the page reaches the skip link, then the menu; arrows move, Enter opens.
    await page.reload();
    await page.getByRole('menuitem', { name: 'Calendar' }).waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to main content');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('menu');
    const focused = () => page.evaluate(() => document.activeElement?.textContent);
    await page.keyboard.press('ArrowDown');
    await expect.poll(focused).toBe('Dashboard');
    await page.keyboard.press('ArrowDown');
    await expect.poll(focused).toBe('Trainers');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Trainers' }).waitFor();
    expect(page.url()).toContain('#/trainers');
  });

  it('shows the settings page with real data from the backend', async () => {
    app = await startApp({ viewport: { width: 1093, height: 614 }, deviceScaleFactor: 1.25 }); // 1366x768 at 125%
    const { page } = app;
    await page.getByRole('menuitem', { name: 'ການຕັ້ງຄ່າ' }).click();
    await page.getByText('ສະຫະພັນແມ່ຍິງລາວ').waitFor();
    expect(await page.getByText(app.dataDir, { exact: true }).count()).toBe(1);
    await page.screenshot({ path: path.join(artifactsDir, 'settings-lo-125.png'), fullPage: true });
  });

  it('shows a page without the token as unauthorised, in words', async () => {
    app = await startApp();
    const page = await app.browser.newPage();
    await page.goto(app.bridge.origin + '/#/settings');
    await page.getByText('ບໍ່ໄດ້ຮັບອະນຸຍາດ', { exact: false }).first().waitFor();
  });
  it('warns while the clock is behind the last change saved here, and stops once it is corrected', async () => {
    app = await startApp();
    const { page } = app;
    const db = app.backend.ctx.db;
    // A change stamped tomorrow, as if the PC's date had since been reset to today.
    await setLocal(db, 'hlc.last', pack({ millis: Date.now() + 86_400_000, counter: 0, node: 'test' }));
    await page.reload();
    await chooseLanguage(page, 'English');
    const warning = page.getByText("This computer's date looks wrong", { exact: false });
    await warning.waitFor();
    // The date corrected (here: the stamp is no longer ahead), the user comes back to the window.
    await setLocal(db, 'hlc.last', pack({ millis: Date.now(), counter: 0, node: 'test' }));
    await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange', { bubbles: true })));
    await warning.waitFor({ state: 'detached' });
  });
});
