import { describe, expect, it } from 'vitest';
import {
  type FacilitatorFacts,
  type PlanToCheck,
  availability,
  doubleBookings,
  holidayCode,
  holidayDateExists,
  holidayDays,
  holidayInput,
  holidaysBetween,
  laoFixedHolidays,
  localParams,
  missingQualifications,
  moveRange,
  overlaps,
  planWarnings,
  sessionInput,
} from '../../shared/calendar-rules';

const M1 = { id: 'm1', nameLo: 'ກົດໝາຍ', nameEn: 'Law' };
const M2 = { id: 'm2', nameLo: 'ວິທີການ', nameEn: 'Methods' };

function facilitator(over: Partial<FacilitatorFacts> = {}): FacilitatorFacts {
  return {
    id: 'p1',
    nameLo: 'ນາງ ບົວພັນ',
    nameEn: 'Bouaphan',
    status: 'active',
    deleted: false,
    memberships: [{ fromDate: '2024-01-01', toDate: null }],
    qualifications: [
      { moduleId: 'm1', earnedOn: '2024-05-01', refresherDue: null },
      { moduleId: 'm2', earnedOn: '2024-05-01', refresherDue: '2027-05-01' },
    ],
    otherSessions: [],
    ...over,
  };
}

const plan = (over: Partial<PlanToCheck> = {}): PlanToCheck => ({ id: 's1', startDate: '2026-03-10', endDate: '2026-03-12', modules: [M1, M2], facilitators: [facilitator()], ...over });
const codes = (w: Array<{ code: string }>) => w.map((x) => x.code);

describe('overlapping dates', () => {
  it('treats both ends as inclusive days', () => {
    expect(overlaps({ startDate: '2026-03-01', endDate: '2026-03-05' }, { startDate: '2026-03-05', endDate: '2026-03-06' })).toBe(true);
    expect(overlaps({ startDate: '2026-03-01', endDate: '2026-03-04' }, { startDate: '2026-03-05', endDate: '2026-03-06' })).toBe(false);
    expect(overlaps({ startDate: '2026-03-01', endDate: '2026-03-31' }, { startDate: '2026-03-10', endDate: '2026-03-10' })).toBe(true);
  });

  it('moves a session keeping its length, across a month and a leap day', () => {
    expect(moveRange({ startDate: '2026-03-10', endDate: '2026-03-12' }, '2026-03-30')).toEqual({ startDate: '2026-03-30', endDate: '2026-04-01' });
    expect(moveRange({ startDate: '2026-01-01', endDate: '2026-01-02' }, '2028-02-28')).toEqual({ startDate: '2028-02-28', endDate: '2028-02-29' });
  });
});

describe('double booking', () => {
  const other = { id: 's2', startDate: '2026-03-12', endDate: '2026-03-14', titleLo: 'ກອງ ກ', titleEn: 'Course A' };
  it('warns when another session of hers shares even one day', () => {
    const w = doubleBookings(plan(), facilitator({ otherSessions: [other] }));
    expect(codes(w)).toEqual(['doubleBooked']);
    expect(w[0].params).toMatchObject({ personEn: 'Bouaphan', sessionEn: 'Course A', start: '2026-03-12', end: '2026-03-14' });
  });
  it('does not warn for the day after, nor for the session itself', () => {
    expect(doubleBookings(plan(), facilitator({ otherSessions: [{ ...other, startDate: '2026-03-13' }] }))).toEqual([]);
    expect(doubleBookings(plan(), facilitator({ otherSessions: [{ ...other, id: 's1' }] }))).toEqual([]);
  });
});

describe('facilitator availability on the session date', () => {
  it('warns about someone transferred or gone, whatever her memberships say', () => {
    expect(codes(availability(plan(), facilitator({ status: 'transferred' })))).toEqual(['facilitatorTransferred']);
    expect(codes(availability(plan(), facilitator({ status: 'left' })))).toEqual(['facilitatorLeft']);
    expect(codes(availability(plan(), facilitator({ deleted: true })))).toEqual(['facilitatorLeft']);
  });
  it('warns when her last team membership ended before the first day, and names that day', () => {
    const w = availability(plan(), facilitator({ memberships: [{ fromDate: '2024-01-01', toDate: '2026-03-09' }] }));
    expect(w).toEqual([{ code: 'facilitatorNoTeam', params: { personLo: 'ນາງ ບົວພັນ', personEn: 'Bouaphan', date: '2026-03-09' } }]);
  });
  it('does not warn when the membership ends on the first day, nor for someone who joins later or has no team', () => {
    expect(availability(plan(), facilitator({ memberships: [{ fromDate: '2024-01-01', toDate: '2026-03-10' }] }))).toEqual([]);
    expect(availability(plan(), facilitator({ memberships: [{ fromDate: '2026-04-01', toDate: null }] }))).toEqual([]);
    expect(availability(plan(), facilitator({ memberships: [] }))).toEqual([]);
  });
});

describe('qualification for the modules', () => {
  it('warns for each module she does not hold', () => {
    const w = missingQualifications(plan(), facilitator({ qualifications: [{ moduleId: 'm1', earnedOn: '2024-01-01', refresherDue: null }] }));
    expect(w).toEqual([{ code: 'notQualified', params: { personLo: 'ນາງ ບົວພັນ', personEn: 'Bouaphan', moduleLo: 'ວິທີການ', moduleEn: 'Methods' } }]);
  });
  it('counts a qualification earned on the first day but not one earned the day after', () => {
    const onDay = [
      { moduleId: 'm1', earnedOn: '2026-03-10', refresherDue: null },
      { moduleId: 'm2', earnedOn: '2026-03-11', refresherDue: null },
    ];
    expect(missingQualifications(plan(), facilitator({ qualifications: onDay })).map((w) => w.params.moduleEn)).toEqual(['Methods']);
  });
  it('names a lapsed qualification as a refresher overdue, with the day it fell due, unless a renewal is current', () => {
    const lapsed = { moduleId: 'm2', earnedOn: '2023-03-01', refresherDue: '2026-03-09' };
    const w = missingQualifications(plan(), facilitator({ qualifications: [{ moduleId: 'm1', earnedOn: '2024-01-01', refresherDue: null }, lapsed] }));
    expect(w).toEqual([{ code: 'refresherOverdue', params: { personLo: 'ນາງ ບົວພັນ', personEn: 'Bouaphan', moduleLo: 'ວິທີການ', moduleEn: 'Methods', date: '2026-03-09' } }]);
    // Due on the first day itself still counts, as on the Capacity view.
    const dueOnDay = { ...lapsed, refresherDue: '2026-03-10' };
    expect(missingQualifications(plan({ modules: [M2] }), facilitator({ qualifications: [dueOnDay] }))).toEqual([]);
    const renewed = { moduleId: 'm2', earnedOn: '2026-03-01', refresherDue: '2029-03-01' };
    expect(missingQualifications(plan({ modules: [M2] }), facilitator({ qualifications: [lapsed, renewed] }))).toEqual([]);
    // Renewed only after the session (recorded after the fact): the lapse is dated by what she held then.
    const renewedLater = { moduleId: 'm2', earnedOn: '2026-11-20', refresherDue: '2028-11-20' };
    expect(missingQualifications(plan({ modules: [M2] }), facilitator({ qualifications: [lapsed, renewedLater] }))[0].params.date).toBe('2026-03-09');
  });
});

describe('Lao public holidays', () => {
  it('ships the fixed national holidays, Pi Mai Lao over three days in April and National Day on 2 December', () => {
    const days = holidaysBetween(laoFixedHolidays, '2027-01-01', '2027-12-31');
    expect(days.map((d) => d.date)).toEqual(['2027-01-01', '2027-03-08', '2027-04-14', '2027-04-15', '2027-04-16', '2027-05-01', '2027-12-02']);
    expect(days.find((d) => d.date === '2027-12-02')?.holiday.nameLo).toBe('ວັນຊາດ');
    expect(days.find((d) => d.date === '2027-04-15')?.holiday.code).toBe('pi-mai-lao');
  });
  it('keeps a one-year holiday to its year, and reaches across new year', () => {
    const thatLuang = { code: 'that-luang-2026', month: 11, day: 24, year: 2026, days: 1, nameLo: 'ບຸນທາດຫຼວງ', nameEn: 'That Luang festival' };
    expect(holidayDays(thatLuang, 2026)).toEqual(['2026-11-24']);
    expect(holidayDays(thatLuang, 2027)).toEqual([]);
    const span = { code: 'x', month: 12, day: 31, year: null, days: 2, nameLo: 'ທົດລອງ', nameEn: 'Test' };
    expect(holidaysBetween([span], '2027-01-01', '2027-01-05').map((d) => d.date)).toEqual(['2027-01-01']);
  });
  it('gives 29 February only in leap years', () => {
    const leap = { code: 'leap', month: 2, day: 29, year: null, days: 1, nameLo: 'ທົດລອງ', nameEn: 'Test' };
    expect(holidayDays(leap, 2028)).toEqual(['2028-02-29']);
    expect(holidayDays(leap, 2027)).toEqual([]);
  });
  it('accepts a holiday date only where it exists: 29 February every year, but not in a common year', () => {
    expect(holidayDateExists(2, 29, null)).toBe(true);
    expect(holidayDateExists(2, 29, 2028)).toBe(true);
    expect(holidayDateExists(2, 29, 2027)).toBe(false);
    expect(holidayDateExists(4, 31, null)).toBe(false);
    expect(holidayDateExists(12, 31, 2027)).toBe(true);
    const base = { nameLo: 'ບຸນ', nameEn: 'Festival', month: 4, day: 31, year: null, days: 1 };
    const r = holidayInput.safeParse(base);
    expect(r.success ? [] : r.error.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['day', 'validation.holidayDay']]);
    expect(holidayInput.safeParse({ ...base, day: 30, days: 16 }).success).toBe(false);
    expect(holidayInput.safeParse({ ...base, day: 30, nameLo: '  ' }).success).toBe(false);
  });
  it('codes a new holiday from its English name, with the year for a one-year festival', () => {
    expect(holidayCode('Boun That Luang', 2027)).toBe('boun-that-luang-2027');
    expect(holidayCode("Teachers' Day", null)).toBe('teachers-day');
    expect(holidayCode('ວັນຄູ', null)).toBe('holiday');
  });
  it('warns for a session on Pi Mai, once per holiday day it covers, and not the day after', () => {
    const p = plan({ startDate: '2026-04-13', endDate: '2026-04-15', facilitators: [] });
    expect(planWarnings(p, laoFixedHolidays).map((w) => w.params.date)).toEqual(['2026-04-14', '2026-04-15']);
    expect(planWarnings(plan({ startDate: '2026-12-03', endDate: '2026-12-03', facilitators: [] }), laoFixedHolidays)).toEqual([]);
    expect(codes(planWarnings(plan({ startDate: '2026-12-02', endDate: '2026-12-02', facilitators: [] }), laoFixedHolidays))).toEqual(['holiday']);
  });
});

describe('all warnings of a plan', () => {
  it('asks about dates that look like slips of the keyboard: over a month long, years away', () => {
    const today = '2026-12-07';
    const check = (startDate: string, endDate: string) => planWarnings(plan({ startDate, endDate, facilitators: [] }), [], today);
    expect(check('2026-12-08', '2027-12-09')).toEqual([{ code: 'longSession', params: { days: '367' } }]);
    expect(check('2026-12-08', '2027-01-07'), 'a month is a campaign, not a slip').toEqual([]);
    expect(check('2062-12-08', '2062-12-08')).toEqual([{ code: 'farFromToday', params: { date: '2062-12-08' } }]);
    expect(check('2028-12-07', '2028-12-07'), 'two years ahead is still a plan').toEqual([]);
    expect(check('2017-01-05', '2017-01-05'), 'within ten years back is history being entered').toEqual([]);
    expect(codes(check('1900-01-01', '1900-01-01'))).toEqual(['farFromToday']);
  });
  it('lists the holiday first, then each facilitator, and none for a clean plan', () => {
    expect(planWarnings(plan(), laoFixedHolidays)).toEqual([]);
    const busy = facilitator({ status: 'transferred', otherSessions: [{ id: 's9', startDate: '2026-05-01', endDate: '2026-05-01', titleLo: 'ກ', titleEn: 'A' }] });
    const p = plan({ startDate: '2026-05-01', endDate: '2026-05-01', facilitators: [busy], modules: [M1, { id: 'm3', nameLo: 'ສື່', nameEn: 'Media' }] });
    expect(codes(planWarnings(p, laoFixedHolidays))).toEqual(['holiday', 'doubleBooked', 'facilitatorTransferred', 'notQualified']);
  });
  it('picks each name in the language of the screen', () => {
    const params = { personLo: 'ນາງ ບົວພັນ', personEn: 'Bouaphan', date: '2026-03-09' };
    expect(localParams(params, 'lo')).toEqual({ person: 'ນາງ ບົວພັນ', date: '2026-03-09' });
    expect(localParams(params, 'en')).toEqual({ person: 'Bouaphan', date: '2026-03-09' });
    expect(localParams({ personLo: 'ນາງ ບົວພັນ', personEn: '' }, 'en')).toEqual({ person: 'ນາງ ບົວພັນ' });
  });
});

describe('the session form rules', () => {
  const base = { kind: 'tot', level: 'district', provinceId: '0190a5b8-0000-7000-8000-000000000001', districtId: '0190a5b8-0000-7000-8000-000000000002', startDate: '2026-03-10', endDate: '2026-03-12' };
  it('accepts a district training with its place', () => {
    expect(sessionInput.safeParse(base).success).toBe(true);
  });
  it('refuses an end before the start, a missing district and an impossible date, each with its message', () => {
    const messages = (v: object) => (sessionInput.safeParse(v).error?.issues ?? []).map((i) => i.message);
    expect(messages({ ...base, endDate: '2026-03-09' })).toEqual(['validation.endBeforeStart']);
    expect(messages({ ...base, districtId: null })).toEqual(['validation.districtRequired']);
    expect(messages({ ...base, startDate: '2026-02-30' })).toContain('validation.date');
  });
});
