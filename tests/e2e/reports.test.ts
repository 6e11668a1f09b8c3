import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { afterEach, describe, expect, it } from 'vitest';
import { loadDemo } from '../../electron/roster/demo';
import { type RunningApp, artifactsDir, chooseLanguage, settled, startApp } from '../helpers/app';

let app: RunningApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

async function withDemo(a: RunningApp) {
  await loadDemo(a.backend.ctx.db);
}

describe('the Reports page in a real browser', () => {
  it('previews a monthly report, keeps the narrative, generates the Word file and lists it with its hash', async () => {
    app = await startApp({ viewport: { width: 1366, height: 1000 } });
    await withDemo(app);
    const { page } = app;
    await chooseLanguage(page, 'English');
    await page.getByRole('menuitem', { name: 'Reports' }).click();
    await page.getByLabel('Achievements', { exact: true }).fill('Three new villages reached in the north.');
    await page.getByRole('button', { name: 'Save narrative' }).click();
    await page.getByText('Narrative saved').waitFor();
    // Typed and never saved by hand: the preview and the Word file must still hold it.
    await page.getByLabel('Challenges', { exact: true }).fill('Roads closed by the rains in August.');
    await page.getByRole('button', { name: 'Preview' }).click();
    const preview = page.getByRole('article', { name: 'Monthly provincial report' });
    await preview.getByRole('heading', { name: 'Sessions held' }).waitFor();
    await preview.getByText('Three new villages reached in the north.').waitFor();
    await preview.getByText('Roads closed by the rains in August.').waitFor();
    await page.getByLabel('Lessons learned', { exact: true }).fill('Plan village sessions after the harvest.');
    await page.screenshot({ path: path.join(artifactsDir, 'reports-en.png'), fullPage: true });
    await page.getByLabel('Your name').fill('Ms Vanh');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Generate Word file' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^LWU_monthly_LA-[A-Z]{2}_\d{4}-\d{2}_en\.docx$/);
    const saved = path.join(app.dataDir, 'saved.docx');
    await file.saveAs(saved);
    expect(fs.readFileSync(saved).subarray(0, 2).toString(), 'a .docx is a zip file').toBe('PK');
    const xml = await (await JSZip.loadAsync(fs.readFileSync(saved))).file('word/document.xml')!.async('string');
    expect(xml, 'text typed just before generating is in the Word file').toContain('Plan village sessions after the harvest.');
    const history = page.getByRole('table').last();
    await history.getByText('Ms Vanh').waitFor();
    const r = await app.backend.dispatch('reports.history', {});
    const sha = r.ok ? (r.data as Array<{ sha256: string }>)[0]!.sha256 : '';
    await history.getByText(`${sha.slice(0, 12)}…`).waitFor();
    await history.scrollIntoViewIfNeeded();
    await settled(page);
    await page.screenshot({ path: path.join(artifactsDir, 'reports-history-en.png') });

    // The report follows the screen's language until one is chosen for it.
    await chooseLanguage(page, 'ລາວ');
    // Month names follow the switch at once, in the month picker and in the history (they kept English).
    const laoMonth = /^[\u0E80-\u0EFF]+ \d{4}$/;
    await page.getByRole('columnheader', { name: 'ເດືອນ' }).waitFor();
    const monthPicker = page.locator('.ant-select', { has: page.getByRole('combobox', { name: 'ເດືອນ', exact: true }) });
    expect((await monthPicker.locator('.ant-select-content').innerText()).trim()).toMatch(laoMonth);
    expect(await history.locator('tbody tr').first().locator('td').nth(2).textContent()).toMatch(laoMonth);
    const reportLanguage = page.locator('[aria-label="ພາສາຂອງບົດລາຍງານ"]');
    expect(await reportLanguage.getByRole('radio', { name: 'ລາວ' }).isChecked(), 'a Lao screen makes a Lao report').toBe(true);
    await reportLanguage.locator('label', { hasText: 'English' }).click();
    await chooseLanguage(page, 'English');
    await chooseLanguage(page, 'ລາວ');
    expect(await reportLanguage.getByRole('radio', { name: 'English' }).isChecked(), 'once chosen, it stays').toBe(true);
  });

  it('keeps what is typed in one narrative box while another box is being saved', async () => {
    app = await startApp({ viewport: { width: 1366, height: 1000 } });
    await withDemo(app);
    const { page } = app;
    // This PC is the Xayaboury office: its reports are about Xayaboury unless another province is chosen.
    await app.backend.dispatch('office.init', { code: 'LA-XA', level: 'provincial', provinceCode: 'LA-XA', name: 'LWU Xayaboury' });
    await chooseLanguage(page, 'English');
    await page.getByRole('menuitem', { name: 'Reports' }).click();
    await page.locator('.ant-select-content', { hasText: 'Xayaboury' }).or(page.getByTitle('Xayaboury', { exact: true })).first().waitFor();
    // A slow office PC: each save takes a while, and the user goes on typing meanwhile.
    await page.route('**/api/reports.saveNarrative', async (route) => {
      await new Promise((r) => setTimeout(r, 800));
      await route.continue();
    });
    await page.getByLabel('Achievements', { exact: true }).fill('Three new villages reached in the north.');
    const saved = page.waitForResponse('**/api/reports.saveNarrative');
    await page.getByLabel('Challenges', { exact: true }).click(); // leaving Achievements saves it
    await page.getByLabel('Challenges', { exact: true }).fill('Roads closed by the rains in August.');
    await saved;
    await page.waitForResponse('**/api/reports.getNarrative'); // the page reads the narrative again after a save
    expect(await page.getByLabel('Challenges', { exact: true }).inputValue(), 'the text typed during the save is still there').toBe('Roads closed by the rains in August.');
    expect(await page.getByLabel('Achievements', { exact: true }).inputValue()).toBe('Three new villages reached in the north.');
    // Save pressed straight after typing: pressing it takes the focus from the box, whose own save starts first;
    // the click must still save and say so.
    await page.getByLabel('Lessons learned', { exact: true }).fill('Start before the rains.');
    await page.getByRole('button', { name: 'Save narrative' }).click();
    await page.getByText('Narrative saved').waitFor();
  });

  it('saves the narrative as it is typed, says which box is too long while saving the others, and brings the preview into view', async () => {
    app = await startApp({ viewport: { width: 1366, height: 768 } });
    await withDemo(app);
    const { page } = app;
    const db = app.backend.ctx.db;
    const stored = async () => (await db('report_narrative').where({ kind: 'monthly', language: 'en' }).first()) ?? {};
    await chooseLanguage(page, 'English');
    await page.getByRole('menuitem', { name: 'Reports' }).click();
    // Typed, and the box never left: the window closing now (a power cut) must not lose it.
    await page.getByLabel('Challenges', { exact: true }).fill('Roads closed by the rains.');
    await expect.poll(async () => (await stored()).challenges, { timeout: 15_000 }).toBe('Roads closed by the rains.');
    await page.reload();
    await expect.poll(() => page.getByLabel('Challenges', { exact: true }).inputValue(), { timeout: 15_000 }).toBe('Roads closed by the rains.');

    // Over the limit: said once, beside its box, which keeps its text; the other boxes are saved all the same.
    const lessons = page.locator('.ant-form-item', { has: page.getByLabel('Lessons learned', { exact: true }) });
    await page.getByLabel('Lessons learned', { exact: true }).fill('x'.repeat(20_001));
    await page.getByLabel('Achievements', { exact: true }).fill('Two new villages.');
    await page.getByRole('button', { name: 'Preview' }).click();
    const tooLong = lessons.getByText('This is too long: at most 20000 characters.');
    await tooLong.waitFor();
    // Under a box twelve lines tall, the message and the count of what to cut are brought into view.
    await expect.poll(async () => { const b = await tooLong.boundingBox(); return b ? b.y + b.height : Infinity; }, { timeout: 5_000 }).toBeLessThanOrEqual(768);
    await lessons.getByText('20001 / 20000').waitFor();
    expect(await page.getByText('This is too long', { exact: false }).count(), 'one message, beside the box').toBe(1);
    expect(await page.getByRole('article').count(), 'no preview while a box is too long').toBe(0);
    await expect.poll(async () => (await stored()).achievements, { timeout: 15_000 }).toBe('Two new villages.');
    expect((await stored()).lessons, 'the box too long keeps what was stored').toBe('');
    expect((await page.getByLabel('Lessons learned', { exact: true }).inputValue()).length, 'and its text on the screen').toBe(20_001);

    // Cut short, the preview opens below the narrative and comes into view.
    await page.getByLabel('Lessons learned', { exact: true }).fill('Plan after the harvest.');
    await page.getByRole('button', { name: 'Preview' }).click();
    const preview = page.getByRole('article', { name: 'Monthly provincial report' });
    await preview.getByText('Plan after the harvest.').waitFor();
    await expect.poll(() => preview.evaluate((el) => el.getBoundingClientRect().top), { timeout: 15_000 }).toBeLessThan(400);
    expect(await preview.evaluate((el) => el.getBoundingClientRect().top)).toBeGreaterThanOrEqual(0);

    // Enter in the name writes the file; the next visit offers the same name.
    await page.getByLabel('Your name').fill('Ms Vanh');
    const download = page.waitForEvent('download');
    await page.getByLabel('Your name').press('Enter');
    await download;
    await page.reload();
    await expect.poll(() => page.getByLabel('Your name').inputValue(), { timeout: 15_000 }).toBe('Ms Vanh');
  });

  it('shows the roster report in Lao', async () => {
    app = await startApp({ viewport: { width: 1366, height: 1000 } });
    await withDemo(app);
    const { page } = app;
    await page.getByRole('menuitem', { name: 'ບົດລາຍງານ' }).click();
    await page.getByLabel('ປະເພດບົດລາຍງານ', { exact: true }).click();
    await page.getByTitle('ບົດລາຍງານລາຍຊື່ວິທະຍາກອນ').click();
    await page.getByRole('button', { name: 'ເບິ່ງຕົວຢ່າງ' }).click();
    const preview = page.getByRole('article', { name: 'ບົດລາຍງານລາຍຊື່ວິທະຍາກອນ' });
    await preview.getByRole('heading', { name: 'ວິທະຍາກອນຕາມທີມ' }).waitFor();
    await page.screenshot({ path: path.join(artifactsDir, 'reports-lo.png'), fullPage: false });
  });
});
