import dayjs from 'dayjs';
import 'dayjs/locale/en-gb';
import 'dayjs/locale/lo';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { DashboardData, PersonDetail, SessionRow } from '../../shared/api';
import { addDays, holidaysBetween, laoFixedHolidays } from '../../shared/calendar-rules';
import { compareLao } from '../../shared/lao-order';
import { todayIso } from '../../shared/roster-rules';
import { referenceId } from '../../electron/reference/reference';
import { insertRows } from '../../electron/sync/write-path';
import { createSession } from '../../electron/calendar/sessions';
import { sessionInput } from '../../shared/calendar-rules';
import { artifactsDir, chooseLanguage, pick, type RunningApp, settled, startApp } from '../helpers/app';

let app: RunningApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const XA = referenceId('province', 'LA-XA');
const PAKLAI = referenceId('district', 'LA-XA-PKL');
const LAW = referenceId('module', 'trafficking-law');
const MIGRATION = referenceId('module', 'safe-migration');

/** Two working days in the recent past with no public holiday, so the only warning is the one we set up. */
function recentDays(): [string, string] {
  let start = addDays(todayIso(), -12);
  while (holidaysBetween(laoFixedHolidays, start, addDays(start, 1)).length > 0) start = addDays(start, -1);
  return [start, addDays(start, 1)];
}

/** A provincial trainer already booked on those days, and two district trainers to be trained. */
async function world(a: RunningApp, [start, end]: [string, string]) {
  const db = a.backend.ctx.db;
  const person = (name_lo: string, name_en: string, office_level: string, sex = 'f') => ({ name_lo, name_en, sex, office_level, province_id: XA, status: 'active' });
  const [anong, dao, ek] = await insertRows(db, 'person', [
    person('ນາງ ອານົງ ສີວົງ', 'Anong Sivong', 'provincial'),
    { ...person('ນາງ ດາວເຮືອງ ພົມມະ', 'Daoheuang Phomma', 'district'), district_id: PAKLAI },
    { ...person('ທ້າວ ເອກ ແສງສະຫວ່າງ', 'Ek Saengsavang', 'district', 'm'), district_id: PAKLAI },
  ]);
  const [team] = await insertRows(db, 'team', [{ name_lo: 'ທີມວິທະຍາກອນແຂວງໄຊຍະບູລີ', name_en: 'Xayaboury provincial team', level: 'provincial', province_id: XA, target_size: 6 }]);
  await insertRows(db, 'team_member', [{ team_id: team, person_id: anong, role: 'lead', from_date: '2024-01-01' }]);
  // Current on the session's days, whenever the test runs: a lapsed refresher would be a warning of its own.
  const [earned, due] = [addDays(start, -365), addDays(start, 365)];
  await insertRows(db, 'qualification', [
    { person_id: anong, module_id: LAW, earned_on: earned, refresher_due: due, source: 'manual' },
    { person_id: anong, module_id: MIGRATION, earned_on: earned, refresher_due: due, source: 'manual' },
  ]);
  await createSession(db, sessionInput.parse({ kind: 'meeting', level: 'provincial', provinceId: XA, title: 'ກອງປະຊຸມປະສານງານແຂວງ', startDate: end, endDate: end, facilitatorIds: [anong] }));
  return { anong, dao, ek };
}

async function kpi(page: Page, name: string): Promise<string> {
  return (await page.getByRole('region', { name, exact: true }).locator('.ant-statistic-content-value').textContent()) ?? '';
}

/**
 * Every month label under the three month charts, each with how it sits in its chart: a label reaching out of
 * the chart's box, or down into the legend, is cut off or hidden on the screen.
 */
async function monthLabels(page: Page) {
  // The sessions, participants and villages charts come first, in that order.
  return page.locator('figure').evaluateAll((figures) =>
    figures.slice(0, 3).map((figure) => {
      const box = figure.getBoundingClientRect();
      const legend = figure.querySelector('.recharts-legend-wrapper')?.getBoundingClientRect();
      const labels = Array.from(figure.querySelectorAll('.recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value')).map((el) => {
        const r = el.getBoundingClientRect();
        const whole = r.left >= box.left && r.right <= box.right && r.top >= box.top && r.bottom <= (legend ? legend.top : box.bottom);
        return { text: el.textContent ?? '', whole };
      });
      return { chart: figure.getAttribute('aria-label') ?? '', labels };
    }),
  );
}

describe('the training calendar in a real browser', () => {
  it('plans a district training with a double-booked facilitator, records it held, and the roster and dashboard follow', async () => {
    app = await startApp();
    const { page } = app;
    const [start, end] = recentDays();
    const w = await world(app, [start, end]);
    await chooseLanguage(page, 'English');

    await page.getByRole('menuitem', { name: 'Dashboard' }).click();
    await page.getByRole('region', { name: 'Sessions held', exact: true }).waitFor();
    expect(await kpi(page, 'Sessions held')).toBe('0');
    expect(await kpi(page, 'Qualifications granted at sessions')).toBe('0');

    await page.getByRole('menuitem', { name: 'Calendar' }).click();
    await page.getByRole('button', { name: 'Plan a session' }).click();
    const form = page.getByRole('dialog').filter({ hasText: 'Plan a session' });
    // No facilitator chosen yet: once the days are checked, no "no warnings" is said of facilitators not there.
    await form.getByRole('textbox', { name: 'First day' }).waitFor();
    await page.waitForLoadState('networkidle');
    expect(await form.getByText('No warnings', { exact: false }).count()).toBe(0);
    await form.locator('label', { has: page.getByRole('radio', { name: 'District' }) }).click();
    await pick(page, form, 'Province', 'Xayaboury');
    await pick(page, form, 'District', 'Paklai');
    await form.getByRole('textbox', { name: 'First day' }).fill(start);
    await form.getByRole('textbox', { name: 'First day' }).press('Enter');
    await form.getByRole('textbox', { name: 'Last day' }).fill(end);
    await form.getByRole('textbox', { name: 'Last day' }).press('Enter');
    // A first day typed a week earlier keeps the session's length: its last day moves with it, both ways.
    const shift = (iso: string, days: number) => new Date(Date.parse(iso) + days * 86_400_000).toISOString().slice(0, 10);
    for (const [first, last] of [[shift(start, -7), shift(end, -7)], [start, end]]) {
      await form.getByRole('textbox', { name: 'First day' }).fill(first);
      await form.getByRole('textbox', { name: 'First day' }).press('Enter');
      await expect.poll(() => form.getByRole('textbox', { name: 'Last day' }).inputValue(), { timeout: 15_000 }).toBe(last);
    }
    await pick(page, form, 'Modules', 'Trafficking concepts and law');
    await pick(page, form, 'Modules', 'Safe migration');
    await pick(page, form, 'Facilitators', 'Anong');
    // The warning explains itself: who, which other session, which days.
    const warning = form.getByText(`Anong Sivong is also booked for "ກອງປະຊຸມປະສານງານແຂວງ" (${end} to ${end}), on overlapping days.`);
    await warning.waitFor();
    expect(await form.getByRole('alert').locator('li').count()).toBe(1);
    // A last day before the first is not a range to check: no stale warning, and no "no warnings" either.
    const dayBefore = new Date(Date.parse(start) - 86_400_000).toISOString().slice(0, 10);
    await form.getByRole('textbox', { name: 'Last day' }).fill(dayBefore);
    await form.getByRole('textbox', { name: 'Last day' }).press('Enter');
    await warning.waitFor({ state: 'detached' });
    expect(await form.getByText('No warnings', { exact: false }).count()).toBe(0);
    await form.getByRole('textbox', { name: 'Last day' }).fill(end);
    await form.getByRole('textbox', { name: 'Last day' }).press('Enter');
    await warning.waitFor();
    await settled(page);
    await page.screenshot({ path: path.join(artifactsDir, 'calendar-plan-warning-en.png') });
    await form.getByRole('button', { name: 'Save' }).click();
    await page.getByText('The session is saved. Warnings to look at: 1.').waitFor();

    const drawer = page.getByRole('dialog').filter({ hasText: 'Training of trainers · Paklai' });
    await drawer.getByRole('button', { name: 'Record as held' }).click();
    const record = page.getByRole('dialog').filter({ hasText: 'Record what happened' });
    // Typed with a Lao keyboard: ໑໔ is 14.
    await record.getByRole('spinbutton', { name: 'Women 1', exact: true }).fill('໑໔');
    // A count that is not a whole number is said to be wrong, beside its box, not rounded or cut to 0 unseen.
    await record.getByRole('spinbutton', { name: 'Men 1', exact: true }).fill('-3');
    await record.getByRole('button', { name: 'Record as held' }).click();
    await record.getByText('Enter a whole number, 0 or more.').waitFor();
    expect(await record.getByRole('spinbutton', { name: 'Men 1', exact: true }).inputValue(), 'left as typed').toBe('-3');
    await record.getByRole('spinbutton', { name: 'Men 1', exact: true }).fill('6');
    await pick(page, record, 'Named attendees (they become qualified in the session\'s modules)', 'Daoheuang');
    await pick(page, record, 'Named attendees (they become qualified in the session\'s modules)', 'Ek Saeng');
    await record.getByText(/^Modules each attendee will hold from .+: 2\.$/).waitFor();
    await record.getByRole('spinbutton', { name: 'Pre-test average (%)' }).fill('52');
    await record.getByRole('spinbutton', { name: 'Post-test average (%)' }).fill('84');
    // People counted without their organisation would vanish from every figure: refused, nothing saved.
    await record.getByRole('button', { name: 'Add an organisation' }).click();
    await record.getByRole('spinbutton', { name: 'Women 2', exact: true }).fill('5');
    await record.getByRole('button', { name: 'Record as held' }).click();
    await record.getByText('Choose the organisation these people came from, or take the row away.').waitFor();
    // The same organisation twice would keep only its second row: said beside it, nothing saved.
    await pick(page, record, 'Organisation 2', 'Lao Women');
    await record.getByRole('button', { name: 'Record as held' }).click();
    await record.getByText('This organisation is already on an earlier row: add these people to that row instead.').waitFor();
    // A number typed twice over is questioned, not refused.
    await record.getByRole('spinbutton', { name: 'Women 2', exact: true }).fill('5000');
    await record.getByText('5020 people at one session: check the numbers before you record them.').waitFor();
    await record.getByRole('button', { name: 'Remove 2', exact: true }).click();
    await settled(page);
    await page.screenshot({ path: path.join(artifactsDir, 'calendar-record-held-en.png') });
    await record.getByRole('button', { name: 'Record as held' }).click();
    await page.getByText('Recorded as held. Qualifications granted: 4.').waitFor();

    // The backend agrees: two qualifications each, from the session, with a refresher date.
    const sessions = await app.backend.dispatch('calendar.list', { from: start, to: end, kinds: ['tot'] });
    const held = sessions.ok ? (sessions.data as SessionRow[])[0] : undefined;
    expect(held).toMatchObject({ status: 'held', female: 14, male: 6, preTestAvg: 52, postTestAvg: 84, districtId: PAKLAI });
    const dao = await app.backend.dispatch('roster.get', { id: w.dao });
    const quals = dao.ok ? (dao.data as PersonDetail).qualifications : [];
    expect(quals.map((q) => [q.source, q.sessionId, q.earnedOn])).toEqual([
      ['session', held?.id, end],
      ['session', held?.id, end],
    ]);

    // ...and so does her page in the roster.
    await page.goto(`${app.bridge.origin}/#/trainers/${w.dao}`);
    await page.getByRole('heading', { name: 'ນາງ ດາວເຮືອງ ພົມມະ' }).waitFor();
    expect(await page.getByRole('cell', { name: 'Earned at a session' }).count()).toBe(2);
    expect(await page.getByRole('cell', { name: 'Safe migration' }).count()).toBe(1);
    await page.screenshot({ path: path.join(artifactsDir, 'calendar-person-qualified-en.png') });

    await page.getByRole('menuitem', { name: 'Dashboard' }).click();
    // The page shows the figures it had at once, and the new ones when they come back from the backend.
    await expect.poll(() => kpi(page, 'Sessions held'), { timeout: 15_000 }).toBe('1');
    expect(await kpi(page, 'Qualifications granted at sessions')).toBe('4');
    expect(await kpi(page, 'Participants in sessions held')).toBe('20');
    await page.waitForSelector('.recharts-surface');
    await page.screenshot({ path: path.join(artifactsDir, 'dashboard-en.png'), fullPage: true });
    // For one province, the page says what it counts, since the calendar also lists central trainings there.
    await pick(page, page.getByRole('main'), 'Province', 'Xayaboury');
    await page.getByText('Central trainings, which the calendar also lists for each province, are counted under All provinces.', { exact: false }).waitFor();
    expect(await kpi(page, 'Sessions held'), 'the training in Paklai is Xayaboury\'s').toBe('1');

    await chooseLanguage(page, 'ລາວ');
    await page.getByRole('region', { name: 'ກອງທີ່ຈັດແລ້ວ', exact: true }).waitFor();
    expect(await kpi(page, 'ກອງທີ່ຈັດແລ້ວ')).toBe('1');
    await page.screenshot({ path: path.join(artifactsDir, 'dashboard-lo.png'), fullPage: true });
    await page.getByRole('menuitem', { name: 'ປະຕິທິນ' }).click();
    await page.getByRole('radiogroup', { name: 'ມຸມມອງ' }).getByText('ລາຍການ', { exact: true }).click();
    await page.getByRole('columnheader', { name: 'ຜູ້ເຂົ້າຮ່ວມ' }).waitFor();
    // The agenda starts at this month: twelve days ago may be in the last one.
    const heldRow = page.getByRole('button', { name: 'ຝຶກອົບຮົມວິທະຍາກອນ · ປາກລາຍ' });
    if (dayjs(start).month() !== dayjs().month()) await page.getByRole('button', { name: 'ກ່ອນໜ້າ', exact: true }).click();
    await heldRow.click();
    await page.getByRole('dialog').getByText('ຍິງ 14 · ຊາຍ 6 · ລວມ 20').waitFor();
    // Held already: what it offers is to correct the record, not to record it again.
    await page.getByRole('dialog').getByRole('button', { name: 'ແກ້ໄຂສິ່ງທີ່ໄດ້ບັນທຶກ' }).waitFor();
    expect(await page.getByRole('dialog').getByRole('button', { name: 'ບັນທຶກວ່າຈັດແລ້ວ' }).count()).toBe(0);
    await settled(page);
    await page.screenshot({ path: path.join(artifactsDir, 'calendar-session-lo.png') });
    // A facilitator's name opens her page, whose Back returns to the calendar as it was shown.
    await page.getByRole('dialog').getByRole('link', { name: 'ນາງ ດາວເຮືອງ ພົມມະ' }).click();
    await page.getByRole('heading', { name: 'ນາງ ດາວເຮືອງ ພົມມະ' }).waitFor();
    await page.getByRole('button', { name: 'ກັບຄືນປະຕິທິນ' }).click();
    // The session she was opened from is open again, over the same months of the list.
    await page.getByRole('dialog').getByText('ຍິງ 14 · ຊາຍ 6 · ລວມ 20').waitFor();
    await page.keyboard.press('Escape');
    await heldRow.waitFor();
    // The view and its months are in the address: a reload shows them too.
    expect(page.url()).toContain('view=agenda');
    await page.reload();
    await heldRow.waitFor();
  });

  it('moves a session by dragging it to another day, warns about the holiday it lands on, and exports the month as .ics', async () => {
    app = await startApp();
    const { page } = app;
    const db = app.backend.ctx.db;
    // The month of National Day: a session planned for 1 December is dragged onto the 2nd.
    const year = Number(todayIso().slice(0, 4)) + 1;
    await createSession(db, sessionInput.parse({ kind: 'village', level: 'provincial', provinceId: XA, title: 'ໂຄສະນາທົດລອງ', startDate: `${year}-12-01`, endDate: `${year}-12-01` }));
    await chooseLanguage(page, 'English');
    await page.goto(`${app.bridge.origin}/#/calendar?view=month`);
    // One month at a time, each shown before the next click.
    const monthsAhead = dayjs(`${year}-12-01`).diff(dayjs().startOf('month'), 'month');
    for (let ahead = 1; ahead <= monthsAhead; ahead++) {
      await page.getByRole('button', { name: 'Next' }).click();
      await page.getByRole('heading', { name: dayjs().startOf('month').add(ahead, 'month').format('MMMM YYYY') }).waitFor();
    }
    await page.getByRole('heading', { name: `December ${year}` }).waitFor();
    const chip = page.getByRole('button', { name: 'ໂຄສະນາທົດລອງ, Planned' });
    await chip.waitFor();
    expect(await page.locator(`[data-date="${year}-12-02"] .holiday-name`).textContent()).toBe('Public holiday: National Day');
    await chip.dragTo(page.locator(`[data-date="${year}-12-02"]`));
    await page.getByText(`The session now starts on ${year}-12-02. Warnings: 1; open it to read them.`).waitFor();
    const moved = await app.backend.dispatch('calendar.list', { from: `${year}-12-01`, to: `${year}-12-31` });
    expect(moved.ok && (moved.data as SessionRow[]).map((s) => [s.startDate, s.endDate])).toEqual([[`${year}-12-02`, `${year}-12-02`]]);
    await page.screenshot({ path: path.join(artifactsDir, 'calendar-month-en.png') });

    // Filtering by level hides it (it is provincial); clearing the filters brings it back.
    const main = page.getByRole('main');
    await pick(page, main, 'Level', 'District');
    await pick(page, main, 'Province', 'Xayaboury');
    await chip.waitFor({ state: 'detached' });
    // The month and the filters are in the address: a reload keeps them.
    await page.reload();
    await page.getByRole('heading', { name: `December ${year}` }).waitFor();
    await main.locator('.ant-select', { has: page.getByRole('combobox', { name: 'Province', exact: true }) }).getByText('Xayaboury').waitFor();
    await main.locator('.ant-select', { has: page.getByRole('combobox', { name: 'Level', exact: true }) }).getByText('District').waitFor();
    expect(await chip.count(), 'still filtered out').toBe(0);
    // ...and from the exported file, which has what the calendar shows.
    await page.getByRole('button', { name: 'Export to calendar (.ics)' }).click();
    await page.getByText('Only the sessions the filters show.').waitFor();
    const filtered = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download the file' }).click();
    expect(fs.readFileSync(await (await filtered).path(), 'utf8')).not.toContain('ໂຄສະນາທົດລອງ');
    await page.getByText(/^LWU_calendar_.* is ready\./).first().waitFor();
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await chip.waitFor();
    const province = main.locator('.ant-select', { has: page.getByRole('combobox', { name: 'Province', exact: true }) });
    expect(await province.locator('.ant-select-content').innerText(), 'the cleared province is not shown as chosen').not.toContain('Xayaboury');

    await page.getByRole('button', { name: 'Export to calendar (.ics)' }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download the file' }).click();
    const file = await (await download).path();
    const text = fs.readFileSync(file, 'utf8');
    expect(text).toContain(`DTSTART;VALUE=DATE:${year}1202`);
    expect(text.replace(/\r\n /g, '')).toContain('SUMMARY:ໂຄສະນາທົດລອງ');
    // An empty day takes a drop as well, anywhere in it.
    await chip.dragTo(page.locator(`[data-date="${year}-12-09"]`));
    await page.getByText(`The session now starts on ${year}-12-09.`, { exact: true }).waitFor();

    // Cancelled, it offers only to go back to planned: no postponing or moving a session that will not happen.
    await chip.click();
    const drawer = page.getByRole('dialog');
    await drawer.getByRole('button', { name: 'Cancel the session' }).click();
    await page.getByRole('tooltip').getByRole('button', { name: 'Cancel the session' }).click();
    await drawer.getByRole('button', { name: 'Back to planned' }).waitFor();
    expect(await drawer.getByRole('button', { name: 'Postpone' }).count()).toBe(0);
    expect(await drawer.getByRole('button', { name: 'Move to another date' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'ໂຄສະນາທົດລອງ, Cancelled' }).getAttribute('draggable'), 'nor dragged').toBe('false');
    await drawer.getByRole('button', { name: 'Back to planned' }).click();
    // Postponed, then dragged onto the holiday: the message says both that it is planned again and warned.
    await drawer.getByRole('button', { name: 'Postpone' }).click();
    await drawer.getByRole('button', { name: 'Back to planned' }).waitFor();
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });
    await page.getByRole('button', { name: 'ໂຄສະນາທົດລອງ, Postponed' }).dragTo(page.locator(`[data-date="${year}-12-02"]`));
    await page.getByText(`The session now starts on ${year}-12-02, and is planned again. Warnings: 1; open it to read them.`).waitFor();

    await chooseLanguage(page, 'ລາວ');
    await page.getByRole('button', { name: 'ໂຄສະນາທົດລອງ, ວາງແຜນໄວ້' }).waitFor();
    await page.screenshot({ path: path.join(artifactsDir, 'calendar-month-lo.png') });
  });

  it('offers no "record as held" for a postponed session until it is moved to the days it was held', async () => {
    app = await startApp();
    const { page } = app;
    const [start, end] = recentDays();
    await world(app, [start, end]);
    const listed = await app.backend.dispatch('calendar.list', { from: end, to: end });
    const meeting = (listed.ok ? (listed.data as SessionRow[]) : [])[0];
    expect((await app.backend.dispatch('calendar.setStatus', { id: meeting.id, status: 'postponed' })).ok).toBe(true);
    await chooseLanguage(page, 'English');
    await page.getByRole('menuitem', { name: 'Calendar' }).click();
    const month = dayjs(end).format('MMMM YYYY');
    // One month at a time, each shown before the next click: the calendar's month is in the address.
    const monthsBack = dayjs().startOf('month').diff(dayjs(end).startOf('month'), 'month');
    for (let back = 1; back <= monthsBack; back++) {
      await page.getByRole('button', { name: 'Previous' }).click();
      await page.getByRole('heading', { name: dayjs().subtract(back, 'month').format('MMMM YYYY') }).waitFor();
    }
    await page.getByRole('heading', { name: month }).waitFor();
    const drawer = page.getByRole('dialog');
    await chooseLanguage(page, 'ລາວ');
    await page.getByRole('button', { name: 'ກອງປະຊຸມປະສານງານແຂວງ, ເລື່ອນອອກໄປ' }).first().click();
    await drawer.getByText('ເລື່ອນອອກໄປແລ້ວ. ຍ້າຍໄປວັນທີໃໝ່', { exact: false }).waitFor();
    expect(await drawer.getByRole('button', { name: 'ບັນທຶກວ່າຈັດແລ້ວ' }).count()).toBe(0);
    await settled(page);
    await page.screenshot({ path: path.join(artifactsDir, 'calendar-postponed-lo.png') });
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });
    await chooseLanguage(page, 'English');
    await page.getByRole('button', { name: 'ກອງປະຊຸມປະສານງານແຂວງ, Postponed' }).first().click();
    const hint = drawer.getByText('Postponed. Move it to its new days', { exact: false });
    await hint.waitFor();
    expect(await drawer.getByRole('button', { name: 'Record as held' }).count(), 'its days are not the ones it was held on').toBe(0);
    await settled(page);
    await page.screenshot({ path: path.join(artifactsDir, 'calendar-postponed-en.png') });
    // Editing its details, on the same days, keeps it postponed: the form offers no status to undo that.
    await drawer.getByRole('button', { name: 'Edit' }).click();
    const form = page.getByRole('dialog').filter({ hasText: 'Edit the session' });
    await form.getByText('Postponed. Give it new days here and it is planned again', { exact: false }).waitFor();
    expect(await form.getByRole('radio', { name: 'Planned' }).count()).toBe(0);
    await settled(page);
    await page.screenshot({ path: path.join(artifactsDir, 'calendar-edit-postponed-en.png') });
    // Too long, it says by how much it may be: "too long" alone left the user guessing what to cut.
    await form.getByRole('textbox', { name: 'Venue' }).fill('LWU hall '.repeat(25));
    await form.getByRole('button', { name: 'Save' }).click();
    await form.getByText('This is too long: at most 200 characters.').waitFor();
    await form.getByRole('textbox', { name: 'Venue' }).fill('LWU hall');
    await form.getByRole('button', { name: 'Save' }).click();
    await page.getByText(/^The session is saved\./).waitFor();
    await form.waitFor({ state: 'hidden' });
    const edited = await app.backend.dispatch('calendar.get', { id: meeting.id });
    expect(edited.ok && (edited.data as { session: SessionRow }).session).toMatchObject({ status: 'postponed', venue: 'LWU hall' });
    await hint.waitFor();
    await drawer.getByRole('textbox', { name: 'New first day' }).fill(start);
    await drawer.getByRole('textbox', { name: 'New first day' }).press('Enter');
    await drawer.getByRole('button', { name: 'Move to another date' }).click();
    await page.getByText(`The session now starts on ${start}, and is planned again.`).waitFor();
    await drawer.getByRole('button', { name: 'Record as held' }).waitFor();
    expect(await hint.count()).toBe(0);
    const after = await app.backend.dispatch('calendar.get', { id: meeting.id });
    expect(after.ok && (after.data as { session: SessionRow }).session).toMatchObject({ status: 'planned', startDate: start });
  });

  it('shows a busy day whole in the month view, and its "+N more" opens that week', async () => {
    app = await startApp();
    const { page } = app;
    await app.backend.dispatch('demo.load', {});
    await page.reload();
    await chooseLanguage(page, 'English');
    await page.getByRole('menuitem', { name: 'Calendar' }).click();
    // The demo's dates follow the day it is loaded: its busiest village day is in one of the last months.
    let more = page.locator('.more-sessions');
    let shown = dayjs();
    for (let back = 0; back < 12; back++) {
      shown = dayjs().subtract(back, 'month');
      const month = shown.format('YYYY-MM');
      await page.locator(`.calendar-cell[data-date^="${month}"] .session-chip`).first().waitFor();
      more = page.locator(`.calendar-cell[data-date^="${month}"] .more-sessions`).first();
      if (await more.count()) break;
      await page.getByRole('button', { name: 'Previous', exact: true }).click();
    }
    // A day of village sessions: each chip starts with its place, not its kind, so that cut short they differ.
    const busy = page.locator(`.calendar-cell[data-date^="${shown.format('YYYY-MM')}"]`, { has: page.locator('.more-sessions') }).first();
    const chips = await busy.locator('.chip-text').allTextContents();
    expect(chips.length).toBeGreaterThan(1);
    for (const chip of chips) expect(chip, chips.join(' | ')).not.toMatch(/^(Village awareness|Training of trainers|Refresher|Coordination meeting)/);
    const content = page.locator('.ant-picker-calendar-date-content', { has: more });
    expect(await content.evaluate((el) => el.scrollHeight <= el.clientHeight), 'nothing in the day is scrolled out of sight').toBe(true);
    const [cell, link] = [await content.boundingBox(), await more.boundingBox()];
    expect(link!.y + link!.height, 'the "+N more" link is whole inside its day').toBeLessThanOrEqual(cell!.y + cell!.height);
    await more.click();
    await page.locator('.week-grid').waitFor();
    expect(await page.getByText('No session in this period matches the filters.').count(), 'a busy week says nothing of none').toBe(0);
    // A week with nothing in it says so, rather than showing seven empty columns.
    await page.goto(`${app.bridge.origin}/#/calendar?view=week&at=2031-03-12`);
    await page.locator('.week-grid').waitFor();
    await page.getByText('No session in this period matches the filters.').waitFor();
    await page.goBack();
    await page.locator('.week-grid').waitFor();
    // The agenda lists three months, and its title names them.
    await page.getByText('Agenda', { exact: true }).click();
    await page.getByRole('heading', { level: 4, name: `${shown.format('MMMM YYYY')} – ${shown.add(2, 'month').format('MMMM YYYY')}` }).waitFor();

    // Village coverage lists its districts in the order of the names shown: Lao order in Lao, as the Teams page.
    await chooseLanguage(page, 'ລາວ');
    await page.goto(`${app.bridge.origin}/#/calendar?view=coverage`);
    const districts = page.getByRole('region');
    await districts.first().waitFor();
    const names = await districts.evaluateAll((els) => els.map((el) => el.getAttribute('aria-label') ?? ''));
    expect(names.length).toBeGreaterThan(3);
    expect(names).toEqual([...names].sort(compareLao));
  });

  it('says what each dashboard figure counts and over which period, and shows every month label whole, in English and Lao', async () => {
    app = await startApp({ viewport: { width: 1366, height: 768 } });
    const { page } = app;
    await app.backend.dispatch('demo.load', {});
    await page.reload();
    const [from, to] = [dayjs().subtract(11, 'month').startOf('month'), dayjs().add(3, 'month').endOf('month')];
    const summary = await app.backend.dispatch('dashboard.summary', { from: from.format('YYYY-MM-DD'), to: to.format('YYYY-MM-DD') });
    const data = summary.ok ? (summary.data as DashboardData) : undefined;
    const reached = (data?.months ?? []).map((m) => m.villagesReached);
    expect(reached.at(-1), 'months still to come have no villages figure').toBeNull();
    expect(reached.filter((n) => n !== null).at(-1), "the villages line ends on the period's figure").toBe(data?.totals.villages);

    const languages = [
      {
        lang: 'English',
        menu: 'Dashboard',
        locale: 'en-gb',
        period: (a: string, b: string) => `${a} to ${b}`,
        kpis: ['Sessions held', 'Sessions scheduled, held or not', 'Participants in sessions held', 'Villages reached, each counted once', 'Qualifications granted at sessions'],
        villagesChart: (a: string) => `Villages reached since ${a}, running total`,
        legends: ['Scheduled, held or not', 'Villages reached, running total'],
        held: 'Held',
      },
      {
        lang: 'ລາວ',
        menu: 'ພາບລວມ',
        locale: 'lo',
        period: (a: string, b: string) => `ແຕ່ ${a} ຫາ ${b}`,
        kpis: ['ກອງທີ່ຈັດແລ້ວ', 'ກອງທີ່ມີກຳນົດຈັດ (ທັງຈັດແລ້ວ ແລະ ຍັງບໍ່ທັນຈັດ)', 'ຜູ້ເຂົ້າຮ່ວມກອງທີ່ຈັດແລ້ວ', 'ບ້ານທີ່ໄດ້ລົງເຖິງ (ນັບບ້ານລະເທື່ອ)', 'ຄຸນວຸດທິທີ່ມອບໃຫ້ໃນກອງຝຶກອົບຮົມ'],
        villagesChart: (a: string) => `ບ້ານທີ່ໄດ້ລົງເຖິງ, ຍອດສະສົມແຕ່ ${a}`,
        legends: ['ມີກຳນົດຈັດ (ທັງຈັດແລ້ວ ແລະ ຍັງບໍ່ທັນຈັດ)', 'ບ້ານທີ່ໄດ້ລົງເຖິງ (ຍອດສະສົມ)'],
        held: 'ຈັດແລ້ວ',
      },
    ] as const;
    for (const l of languages) {
      await chooseLanguage(page, l.lang);
      await page.getByRole('menuitem', { name: l.menu }).click();
      const month = (d: dayjs.Dayjs) => d.locale(l.locale).format('MMM YYYY');
      // Each figure names what it counts, and says the period beneath it.
      for (const name of l.kpis) await expect.poll(() => page.getByRole('region', { name, exact: true }).textContent()).toContain(l.period(month(from), month(to)));
      expect(await kpi(page, l.kpis[3]), 'the villages figure is the one the backend counted').toBe(String(data?.totals.villages));
      // The chart says the same of the same villages: a running total from the period's first month.
      await page.getByRole('img', { name: l.villagesChart(month(from)) }).waitFor();
      for (const legend of l.legends) await page.locator('.recharts-legend-item-text', { hasText: legend }).first().waitFor();
      // Named in the order the bars stand, not sorted by their words.
      expect(await page.locator('.recharts-legend-wrapper').first().locator('.recharts-legend-item-text').allTextContents()).toEqual([l.legends[0], l.held]);
      await page.waitForSelector('.recharts-line-curve');
      await settled(page);
      const charts = await monthLabels(page);
      expect(charts, 'the sessions, participants and villages charts').toHaveLength(3);
      for (const chart of charts) {
        expect(chart.labels.map((x) => x.text), `${chart.chart}: a label for every month`).toHaveLength(15);
        expect(chart.labels.filter((x) => !x.whole).map((x) => x.text), `${chart.chart}: month labels cut off or under the legend`).toEqual([]);
      }
      await page.screenshot({ path: path.join(artifactsDir, `dashboard-demo-${l.locale}.png`), fullPage: true });
    }
  });
});
