import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HolidayRow } from '../../shared/api';
import type { PlanWarning } from '../../shared/calendar-rules';
import { type Backend, startBackend } from '../../electron/backend';
import { referenceId } from '../../electron/reference/reference';
import { type Office, enroll, hash, openOffice, receive, send } from '../helpers/offices';
import { tempDir } from '../helpers/temp-dir';

type Dispatching = { dispatch: Backend['dispatch'] };

async function call<T>(b: Dispatching, channel: string, input: unknown): Promise<T> {
  const r = await b.dispatch(channel, input);
  if (!r.ok) throw new Error(`${channel} failed: ${JSON.stringify(r.error)}`);
  return r.data as T;
}
async function fails(b: Dispatching, channel: string, input: unknown) {
  const r = await b.dispatch(channel, input);
  expect(r.ok, `${channel} should have been refused`).toBe(false);
  return (r as { ok: false; error: { code: string; params: Record<string, unknown> } }).error;
}
const list = (b: Dispatching) => call<HolidayRow[]>(b, 'holidays.list', {});
const maintains = async (b: Dispatching) => (await call<{ maintainsReference: boolean }>(b, 'office.status', {})).maintainsReference;
const thatLuang = { nameLo: 'ບຸນທາດຫຼວງ', nameEn: 'Boun That Luang', month: 11, day: 23, year: 2027, days: 1 };

describe('holidays kept by an install with no office yet (central, or trying the app out)', () => {
  let b: Backend;
  beforeAll(async () => {
    b = await startBackend({ dataDir: tempDir('lwu-holidays'), transport: 'cli' });
  });
  afterAll(() => b.close());

  it('lists the shipped national holidays in calendar order, editable', async () => {
    const holidays = await list(b);
    expect(await maintains(b)).toBe(true);
    expect(holidays.map((h) => h.code)).toEqual(['new-year', 'womens-day', 'pi-mai-lao', 'labour-day', 'national-day']);
    expect(holidays.find((h) => h.code === 'pi-mai-lao')).toMatchObject({ month: 4, day: 14, days: 3, year: null });
  });

  it('adds a lunar festival for one year: the calendar marks it and planning warns about it, that year only', async () => {
    const plan = { startDate: '2027-11-22', endDate: '2027-11-24' };
    expect((await call<PlanWarning[]>(b, 'calendar.check', plan)).filter((w) => w.code === 'holiday')).toEqual([]);

    const added = await call<HolidayRow>(b, 'holidays.save', { holiday: thatLuang });
    expect(added).toMatchObject({ code: 'boun-that-luang-2027', nameLo: 'ບຸນທາດຫຼວງ', year: 2027 });

    const warnings = (await call<PlanWarning[]>(b, 'calendar.check', plan)).filter((w) => w.code === 'holiday');
    expect(warnings.map((w) => w.params)).toEqual([{ date: '2027-11-23', holidayLo: 'ບຸນທາດຫຼວງ', holidayEn: 'Boun That Luang' }]);
    expect(await call(b, 'calendar.holidays', { from: '2028-11-01', to: '2028-11-30' })).toEqual([]);

    // Central learns the festival runs two days: the warning follows the correction.
    await call(b, 'holidays.save', { id: added.id, holiday: { ...thatLuang, days: 2 } });
    const dates = await call<Array<{ date: string }>>(b, 'calendar.holidays', { from: '2027-11-01', to: '2027-11-30' });
    expect(dates.map((d) => d.date)).toEqual(['2027-11-23', '2027-11-24']);
  });

  it('refuses a date that does not exist, beside the field, and writes nothing', async () => {
    const before = (await list(b)).length;
    const bad = await fails(b, 'holidays.save', { holiday: { ...thatLuang, month: 2, day: 30 } });
    expect(bad).toMatchObject({ code: 'api.invalidInput', params: { fields: ['holiday.day'], messages: ['validation.holidayDay'] } });
    const leap = await fails(b, 'holidays.save', { holiday: { ...thatLuang, month: 2, day: 29, year: 2027 } });
    expect(leap.params.messages).toEqual(['validation.holidayDay']);
    expect((await fails(b, 'holidays.save', { holiday: { ...thatLuang, days: 0 } })).params.messages).toEqual(['validation.holidayDays']);
    // Every year: 29 February is allowed, it simply has no day in a common year.
    await call(b, 'holidays.save', { holiday: { ...thatLuang, nameEn: 'Leap day test', month: 2, day: 29, year: null } });
    expect(await call(b, 'calendar.holidays', { from: '2027-02-01', to: '2027-03-01' })).toEqual([]);
    expect((await list(b)).length).toBe(before + 1);
  });

  it('deletes a holiday as a tombstone: no more warnings, and a second delete says it is gone', async () => {
    const nationalDay = referenceId('holiday', 'national-day');
    await call(b, 'holidays.delete', { id: nationalDay });
    expect((await list(b)).some((h) => h.id === nationalDay)).toBe(false);
    expect(await call(b, 'calendar.holidays', { from: '2026-12-01', to: '2026-12-31' })).toEqual([]);
    expect((await fails(b, 'holidays.delete', { id: nationalDay })).code).toBe('calendar.holidayNotFound');
    expect((await fails(b, 'holidays.save', { id: nationalDay, holiday: thatLuang })).code).toBe('calendar.holidayNotFound');
  });
});

describe('central maintains holidays for every office', () => {
  let central: Office;
  let bl: Office;
  const stick = tempDir('lwu-holiday-stick');
  beforeAll(async () => {
    [central, bl] = await Promise.all([openOffice('LA-CENTRAL'), openOffice('LA-BL')]);
    await enroll(central, bl);
  });
  afterAll(async () => {
    for (const o of [central, bl]) await o.backend.close();
  });

  it('a province receives central’s additions and deletions, and can only read them', async () => {
    const added = await call<HolidayRow>(central.backend, 'holidays.save', { holiday: thatLuang });
    await call(central.backend, 'holidays.delete', { id: referenceId('holiday', 'womens-day') });
    await receive(bl, await send(central, bl, stick));

    const seen = await list(bl.backend);
    expect(await maintains(bl.backend)).toBe(false);
    expect(seen.map((h) => h.id)).toContain(added.id);
    expect(seen.some((h) => h.code === 'womens-day')).toBe(false);
    const warned = await call<PlanWarning[]>(bl.backend, 'calendar.check', { startDate: '2027-11-23', endDate: '2027-11-23' });
    expect(warned.some((w) => w.code === 'holiday' && w.params.holidayEn === 'Boun That Luang')).toBe(true);
  });

  it('refuses a province’s edits of holidays, curriculum and districts, and changes nothing', async () => {
    const before = await hash(bl);
    const refusals = [
      await fails(bl.backend, 'holidays.save', { holiday: { ...thatLuang, year: 2028 } }),
      await fails(bl.backend, 'holidays.delete', { id: referenceId('holiday', 'national-day') }),
      await fails(bl.backend, 'reference.saveModule', { code: 'digital-safety', nameLo: 'ຄວາມປອດໄພ', nameEn: 'Online safety', refresherMonths: 12 }),
      await fails(bl.backend, 'reference.addDistrict', { provinceId: referenceId('province', 'LA-BL'), nameLo: 'ເມືອງໃໝ່', nameEn: 'New district' }),
    ];
    expect(refusals.map((e) => e.code)).toEqual(Array(4).fill('reference.centralOnly'));
    expect(await hash(bl)).toBe(before);
    // Villages stay every office's to add.
    const districtId = referenceId('district', 'LA-BL-PKD');
    const village = await bl.backend.dispatch('reference.addVillage', { districtId, nameLo: 'ບ້ານທົດລອງ', nameEn: 'Test village' });
    expect(village.ok, JSON.stringify(village)).toBe(true);
  });
});
