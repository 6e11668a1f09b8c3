/**
 * Planning rules for the training calendar, pure so that the session form (live, as the coordinator types),
 * the backend (on save) and the tests all judge a plan the same way. A warning never blocks a save: a
 * coordinator may have good reasons (a facilitator coming back from a transfer, a session that must run on a
 * holiday), so each warning explains itself and leaves the decision to her.
 */
import { z } from 'zod';
import { modulesByPerson } from './capacity';
import { isoDate } from './roster-rules';

export const sessionKinds = ['tot', 'refresher', 'village', 'meeting', 'baseline', 'evaluation'] as const;
export const sessionLevels = ['central', 'provincial', 'district', 'village'] as const;
export const sessionStatuses = ['planned', 'confirmed', 'held', 'postponed', 'cancelled'] as const;
export type SessionKind = (typeof sessionKinds)[number];
export type SessionLevel = (typeof sessionLevels)[number];
export type SessionStatus = (typeof sessionStatuses)[number];

/** Trainer courses are the sessions whose named attendees become qualified in the session's modules. */
export const trainerCourseKinds: readonly SessionKind[] = ['tot', 'refresher'];
/** A session that may get new days: not one that happened, nor one called off (it goes back to planned first). */
export const movable = (status: string): boolean => status !== 'held' && status !== 'cancelled';

export const isTrainerCourse = (kind: string) => trainerCourseKinds.includes(kind as SessionKind);

/** Sessions that no longer take anyone's time: they neither double-book a facilitator nor count as planned work. */
export const inactiveStatuses: readonly SessionStatus[] = ['postponed', 'cancelled'];

/** How deep a level's place goes: a district session has a province and a district, a village session also a village. */
export const placeDepth: Record<SessionLevel, number> = { central: 0, provincial: 1, district: 2, village: 3 };

export interface DateRange {
  startDate: string; // YYYY-MM-DD
  endDate: string; // YYYY-MM-DD, inclusive
}

/** Both ends are inclusive days: a session ending on the 5th and another starting on the 5th overlap. */
export function overlaps(a: DateRange, b: DateRange): boolean {
  return a.startDate <= b.endDate && b.startDate <= a.endDate;
}

export function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Moving a session keeps its length: the new start date shifts the end date by as many days. */
export function moveRange(range: DateRange, newStart: string): DateRange {
  return { startDate: newStart, endDate: addDays(newStart, daysBetween(range.startDate, range.endDate)) };
}

// ---------------------------------------------------------------------------------------------------------
// Holidays

/**
 * A holiday as central keeps it: either fixed (month and day, every year, year null) or on one year only
 * (year set: lunar festivals such as Boun That Luang move every year, so central adds each year's date).
 * `days` covers festivals longer than one day: Pi Mai Lao is 14, 15 and 16 April.
 */
export interface Holiday {
  code: string;
  month: number;
  day: number;
  year: number | null;
  days: number;
  nameLo: string;
  nameEn: string;
}

/**
 * The fixed national holidays of the Lao PDR, shipped with every install and kept in the `holiday` table
 * from there, where central can correct or extend them (a change message like any other).
 */
export const laoFixedHolidays: Holiday[] = [
  { code: 'new-year', month: 1, day: 1, year: null, days: 1, nameLo: 'ວັນປີໃໝ່ສາກົນ', nameEn: "International New Year's Day" },
  { code: 'womens-day', month: 3, day: 8, year: null, days: 1, nameLo: 'ວັນແມ່ຍິງສາກົນ', nameEn: "International Women's Day" },
  { code: 'pi-mai-lao', month: 4, day: 14, year: null, days: 3, nameLo: 'ບຸນປີໃໝ່ລາວ', nameEn: 'Lao New Year (Pi Mai Lao)' },
  { code: 'labour-day', month: 5, day: 1, year: null, days: 1, nameLo: 'ວັນກຳມະກອນສາກົນ', nameEn: 'International Labour Day' },
  { code: 'national-day', month: 12, day: 2, year: null, days: 1, nameLo: 'ວັນຊາດ', nameEn: 'National Day' },
];

const pad = (n: number) => String(n).padStart(2, '0');

/** Every day a holiday covers in one year (none if it is dated for another year, or the date does not exist). */
export function holidayDays(h: Holiday, year: number): string[] {
  if (h.year !== null && h.year !== year) return [];
  const first = `${year}-${pad(h.month)}-${pad(h.day)}`;
  // 29 February in a common year does not exist; such a holiday simply has no day that year.
  if (!new Date(`${first}T00:00:00Z`).toISOString().startsWith(first)) return [];
  return Array.from({ length: Math.max(1, h.days) }, (_, i) => addDays(first, i));
}

/** Each day from `from` to `to` (inclusive) that is a holiday, with the holiday it belongs to. */
export function holidaysBetween(holidays: Holiday[], from: string, to: string): Array<{ date: string; holiday: Holiday }> {
  const out: Array<{ date: string; holiday: Holiday }> = [];
  // A festival that starts on 31 December of the year before can still reach into the range.
  for (let year = Number(from.slice(0, 4)) - 1; year <= Number(to.slice(0, 4)); year++) {
    for (const h of holidays) for (const date of holidayDays(h, year)) if (date >= from && date <= to) out.push({ date, holiday: h });
  }
  return out.sort((a, b) => a.date.localeCompare(b.date));
}

/** Whether a holiday's first day exists: in its own year, or (every year) in at least a leap year. */
export function holidayDateExists(month: number, day: number, year: number | null): boolean {
  const y = year ?? 2024;
  const d = new Date(Date.UTC(y, month - 1, day));
  return d.getUTCFullYear() === y && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** What central types for a holiday. Lunar festivals are entered once per year, fixed ones with no year. */
export const holidayInput = z
  .object({
    nameLo: z.string().trim().min(1, 'validation.nameLoRequired').max(200, 'validation.tooLong'),
    nameEn: z.string().trim().min(1, 'validation.nameEnRequired').max(200, 'validation.tooLong'),
    month: z.number({ message: 'validation.holidayMonth' }).int('validation.holidayMonth').min(1, 'validation.holidayMonth').max(12, 'validation.holidayMonth'),
    day: z.number({ message: 'validation.holidayDay' }).int('validation.holidayDay').min(1, 'validation.holidayDay').max(31, 'validation.holidayDay'),
    year: z.number().int('validation.holidayYear').min(2000, 'validation.holidayYear').max(2100, 'validation.holidayYear').nullable(),
    days: z.number({ message: 'validation.holidayDays' }).int('validation.holidayDays').min(1, 'validation.holidayDays').max(15, 'validation.holidayDays'),
  })
  .strict()
  .refine((h) => holidayDateExists(h.month, h.day, h.year), { message: 'validation.holidayDay', path: ['day'] });
export type HolidayInput = z.infer<typeof holidayInput>;

/** A stable, readable code for a holiday central adds (the shipped ones have theirs). */
export function holidayCode(nameEn: string, year: number | null): string {
  const slug = nameEn.normalize('NFKD').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40) || 'holiday';
  return year === null ? slug : `${slug}-${year}`;
}

// ---------------------------------------------------------------------------------------------------------
// Warnings

export type WarningCode =
  | 'doubleBooked' | 'facilitatorTransferred' | 'facilitatorLeft' | 'facilitatorNoTeam' | 'notQualified' | 'refresherOverdue' | 'holiday'
  | 'longSession' | 'farFromToday';

/**
 * Parameters come in pairs (`personLo`/`personEn`...) where a name exists in both scripts, so that the UI
 * shows each name in the language of the screen; see localParams.
 */
export interface PlanWarning {
  code: WarningCode;
  params: Record<string, string>;
}

export interface FacilitatorFacts {
  id: string;
  nameLo: string;
  nameEn: string;
  status: 'active' | 'transferred' | 'left';
  deleted: boolean;
  /** Team memberships with their dates; a transfer ends them, so they show when she stopped training here. */
  memberships: Array<{ fromDate: string; toDate: string | null }>;
  /** Qualifications she holds: module, the day she earned it and when its refresher falls due. */
  qualifications: Array<{ moduleId: string; earnedOn: string; refresherDue: string | null }>;
  /** Her other sessions that still take her time (not postponed or cancelled). */
  otherSessions: Array<DateRange & { id: string; titleLo: string; titleEn: string }>;
}

export interface PlanToCheck extends DateRange {
  id?: string;
  modules: Array<{ id: string; nameLo: string; nameEn: string }>;
  facilitators: FacilitatorFacts[];
}

export function doubleBookings(plan: PlanToCheck, f: FacilitatorFacts): PlanWarning[] {
  return f.otherSessions
    .filter((s) => s.id !== plan.id && overlaps(plan, s))
    .map((s) => ({
      code: 'doubleBooked' as const,
      params: { personLo: f.nameLo, personEn: f.nameEn || f.nameLo, sessionLo: s.titleLo, sessionEn: s.titleEn, start: s.startDate, end: s.endDate },
    }));
}

/**
 * Her status says what is true today; her team memberships say what will be true on the session date. A
 * transfer recorded today with an end date next week still lets her facilitate this week.
 */
export function availability(plan: DateRange, f: FacilitatorFacts): PlanWarning[] {
  const person = { personLo: f.nameLo, personEn: f.nameEn || f.nameLo };
  if (f.deleted || f.status === 'left') return [{ code: 'facilitatorLeft', params: person }];
  if (f.status === 'transferred') return [{ code: 'facilitatorTransferred', params: person }];
  if (f.memberships.length === 0) return [];
  const onDay = f.memberships.some((m) => m.fromDate <= plan.startDate && (m.toDate === null || m.toDate >= plan.startDate));
  if (onDay) return [];
  const lastEnd = f.memberships.map((m) => m.toDate).filter((d): d is string => d !== null && d < plan.startDate).sort().at(-1);
  // Memberships that only start after the session are not a transfer: she joins later, nothing to warn about.
  if (!lastEnd) return [];
  return [{ code: 'facilitatorNoTeam', params: { ...person, date: lastEnd } }];
}

/**
 * A qualification counts when it is current on the first day of the session (shared/capacity currentOn):
 * earned by then, its refresher not overdue. A lapsed one is named as such, with the day it fell due.
 */
export function missingQualifications(plan: PlanToCheck, f: FacilitatorFacts): PlanWarning[] {
  const held = modulesByPerson(
    f.qualifications.map((q) => ({ ...q, personId: f.id })),
    plan.startDate,
  ).get(f.id);
  return plan.modules
    .filter((m) => !held?.current.has(m.id))
    .map((m) => {
      const params = { personLo: f.nameLo, personEn: f.nameEn || f.nameLo, moduleLo: m.nameLo, moduleEn: m.nameEn };
      // Dated by what she held on the first day: a renewal recorded later does not date the lapse.
      const due = held?.overdue.get(m.id);
      return due ? { code: 'refresherOverdue' as const, params: { ...params, date: due } } : { code: 'notQualified' as const, params };
    });
}

export function holidayWarnings(plan: DateRange, holidays: Holiday[]): PlanWarning[] {
  return holidaysBetween(holidays, plan.startDate, plan.endDate).map(({ date, holiday }) => ({
    code: 'holiday' as const,
    params: { date, holidayLo: holiday.nameLo, holidayEn: holiday.nameEn },
  }));
}

/** Longer than any training or campaign of the cascade: most likely a month or year typed wrong. */
const LONG_SESSION_DAYS = 31;

/**
 * Dates no plan of the cascade has: a session running over a month, or starting more than two years ahead
 * or ten years back (history is entered, plans are not made that far). Most likely a slip of the keyboard;
 * said, not refused. Without `today`, only the length is checked.
 */
function dateSlips(plan: PlanToCheck, today?: string): PlanWarning[] {
  const out: PlanWarning[] = [];
  const days = daysBetween(plan.startDate, plan.endDate) + 1;
  if (days > LONG_SESSION_DAYS) out.push({ code: 'longSession', params: { days: String(days) } });
  if (today) {
    const year = Number(today.slice(0, 4));
    if (plan.startDate > `${year + 2}${today.slice(4)}` || plan.startDate < `${year - 10}${today.slice(4)}`) out.push({ code: 'farFromToday', params: { date: plan.startDate } });
  }
  return out;
}

/** Every warning of a plan, in the order a coordinator fixes them: dates (slips, then holidays) first, then each facilitator. */
export function planWarnings(plan: PlanToCheck, holidays: Holiday[], today?: string): PlanWarning[] {
  if (plan.endDate < plan.startDate) return [];
  return [
    ...dateSlips(plan, today),
    ...holidayWarnings(plan, holidays),
    ...plan.facilitators.flatMap((f) => [...doubleBookings(plan, f), ...availability(plan, f), ...missingQualifications(plan, f)]),
  ];
}

/** Picks each `xLo`/`xEn` pair's member for the screen's language, as the plain `x` a translation expects. */
export function localParams(params: Record<string, string>, language: string): Record<string, string> {
  const [mine, other] = language === 'lo' ? ['Lo', 'En'] : ['En', 'Lo'];
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(params)) {
    const pair = /^(.*)(Lo|En)$/.exec(k);
    // A name missing in the screen's language is shown in the other rather than left blank.
    if (pair) out[pair[1]] = params[pair[1] + mine] || params[pair[1] + other] || '';
    else out[k] = v;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// Input rules


const uuid = z.string().uuid();
const text = (max: number) => z.string().max(max, 'validation.tooLong').nullish().transform((v) => (v && v.trim() ? v.trim().normalize('NFC') : null));

export const sessionInput = z
  .object({
    kind: z.enum(sessionKinds, { message: 'validation.kindRequired' }),
    level: z.enum(sessionLevels, { message: 'validation.levelRequired' }),
    title: text(200),
    provinceId: uuid.nullish().transform((v) => v ?? null),
    districtId: uuid.nullish().transform((v) => v ?? null),
    villageId: uuid.nullish().transform((v) => v ?? null),
    venue: text(200),
    startDate: isoDate,
    endDate: isoDate,
    status: z.enum(['planned', 'confirmed']).default('planned'),
    parentSessionId: uuid.nullish().transform((v) => v ?? null),
    teamId: uuid.nullish().transform((v) => v ?? null),
    moduleIds: z.array(uuid).max(20).default([]),
    facilitatorIds: z.array(uuid).max(30).default([]),
    notes: text(4000),
    followUp: text(4000),
  })
  .strict()
  .superRefine((s, ctx) => {
    if (s.endDate < s.startDate) ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'validation.endBeforeStart' });
    const depth = placeDepth[s.level];
    if (depth >= 1 && !s.provinceId) ctx.addIssue({ code: 'custom', path: ['provinceId'], message: 'validation.provinceRequired' });
    if (depth >= 2 && !s.districtId) ctx.addIssue({ code: 'custom', path: ['districtId'], message: 'validation.districtRequired' });
    if (depth >= 3 && !s.villageId) ctx.addIssue({ code: 'custom', path: ['villageId'], message: 'validation.villageRequired' });
  });
export type SessionInput = z.input<typeof sessionInput>;
export type SessionValues = z.output<typeof sessionInput>;

const count = z.number().int('validation.count').min(0, 'validation.count').max(100_000, 'validation.countTooLarge');
const average = z.number().min(0, 'validation.average').max(100, 'validation.average').nullish().transform((v) => v ?? null);

export const heldInput = z
  .object({
    participants: z.array(z.object({ organisationId: uuid, female: count, male: count }).strict()).max(50).default([]),
    attendeeIds: z.array(uuid).max(500).default([]),
    villageIds: z.array(uuid).max(200).default([]),
    preTestAvg: average,
    postTestAvg: average,
    followUp: text(4000),
  })
  .strict()
  // Two rows of one organisation would be stored as one (the last): its people are counted on one row.
  .superRefine((h, ctx) => {
    const seen = new Set<string>();
    h.participants.forEach((p, i) => {
      if (seen.has(p.organisationId)) ctx.addIssue({ code: 'custom', path: ['participants', i, 'organisationId'], message: 'validation.organisationTwice' });
      seen.add(p.organisationId);
    });
  });
export type HeldInput = z.input<typeof heldInput>;
export type HeldValues = z.output<typeof heldInput>;
