/**
 * Rules for people in the roster, shared by the form (instant feedback), the dispatcher (the truth) and the
 * spreadsheet import (the same checks on every row). Each failed rule is an i18n key under validation.*.
 */
import { z } from 'zod';

export const sexes = ['f', 'm'] as const;
export const officeLevels = ['central', 'provincial', 'district', 'village'] as const;
export const personStatuses = ['active', 'transferred', 'left'] as const;
export const teamLevels = ['central', 'provincial', 'district'] as const;
export const memberRoles = ['lead', 'member'] as const;

export const MIN_BIRTH_YEAR = 1940;
/** The youngest age at which someone works in an office, trains, or is trained as a trainer. */
export const WORKING_AGE = 15;
export function maxBirthYear(today: Date = new Date()): number {
  return today.getFullYear() - WORKING_AGE;
}

/**
 * The first year in which someone born in birthYear can have joined a team or earned a qualification, when a
 * date before it is given: a typing mistake (1925 for 2025), which must not be saved. Null when it is possible.
 */
export function tooYoungOn(birthYear: number | null | undefined, isoDate: string): number | null {
  if (birthYear == null) return null;
  const first = birthYear + WORKING_AGE;
  return Number(isoDate.slice(0, 4)) < first ? first : null;
}

/** Lao text is compared as NFC with runs of white space folded, so "ນາງ  ບົວພັນ" finds "ນາງ ບົວພັນ". */
export function cleanText(s: string): string {
  return laoNormal(s).replace(/\s+/g, ' ').trim();
}

/**
 * NFC, and Lao AM (ຳ) in one character: many Lao keyboards type it as NIGGAHITA and AA (ໍ + າ), which looks the
 * same and which NFC leaves apart, so ຄໍາ would never find ຄຳ.
 */
export function laoNormal(s: string): string {
  return s.normalize('NFC').replaceAll('\u0ECD\u0EB2', '\u0EB3');
}

/** The search key of a name: NFC, lower case, no spaces or punctuation, so spelling of spacing never matters. */
export function searchKey(s: string): string {
  return laoNormal(s).toLowerCase().replace(/[\s.\-'’_]/g, '');
}

/**
 * Spellings that romanised Lao names vary by, each folded to one: ຊ is written x or s (Xayavong, Sayavong), ພ
 * ph or p (Khamphaeng, Khampaeng), and so on. Applied in this order, to a searchKey, by search alone.
 */
export const romanFolds: ReadonlyArray<readonly [string, string]> = [
  ['ph', 'p'],
  ['th', 't'],
  ['kh', 'k'],
  ['ch', 'j'],
  ['x', 's'],
  ['w', 'v'],
  ['ou', 'u'],
];

/** searchKey, with romanFolds applied: what a romanised name is searched by. */
export function romanKey(s: string): string {
  return romanFolds.reduce((key, [from, to]) => key.replaceAll(from, to), searchKey(s));
}

/**
 * A place's name as compared for duplicates and looked up by an import: without its leading ບ້ານ or ເມືອງ
 * (village, district), which some write and some leave out, so that "ບ້ານ ນາບົງ" and "ນາບົງ" are one village;
 * likewise "Ban" and "Muang" (Mueang, Meuang) before a romanised name, as a separate word only.
 */
export function placeKey(name: string): string {
  return searchKey(name.trim().replace(/^(ban|muang|mueang|meuang)\s+/i, '')).replace(/^(ບ້ານ|ເມືອງ)/u, '');
}

/**
 * Lao phone numbers, as people write them: mobiles 020 + 8 digits and 030 + 7 digits; landlines
 * 0 + two-digit area code + 6 digits (021 Vientiane Capital, 041 Savannakhet...). The country code
 * (+856 or 00856) may replace the leading 0. Returns the national form with spaces, or null if invalid.
 */
export function normalisePhone(input: string): string | null {
  let digits = input.replace(/[\s\-().]/g, '');
  if (digits.startsWith('+856')) digits = `0${digits.slice(4)}`;
  else if (digits.startsWith('00856')) digits = `0${digits.slice(5)}`;
  else if (digits.startsWith('856') && digits.length > 10) digits = `0${digits.slice(3)}`;
  if (!/^\d+$/.test(digits)) return null;
  let m = /^0(20)(\d{4})(\d{4})$/.exec(digits);
  if (m) return `0${m[1]} ${m[2]} ${m[3]}`;
  m = /^0(30)(\d{3})(\d{4})$/.exec(digits);
  if (m) return `0${m[1]} ${m[2]} ${m[3]}`;
  m = /^0([2-8]\d)(\d{6})$/.exec(digits);
  if (m && m[1] !== '20' && m[1] !== '30') return `0${m[1]} ${m[2]}`;
  return null;
}

const optionalText = z
  .string()
  .transform(cleanText)
  .nullish()
  .transform((v) => (v ? v : null));

const id = z.string().uuid();

/** A person as a form or an import row gives it. Messages are i18n keys. */
export const personInput = z.object({
  nameLo: z.string({ message: 'validation.nameLoRequired' }).transform(cleanText).pipe(z.string().min(1, 'validation.nameLoRequired').max(120, 'validation.tooLong')),
  nameEn: optionalText.pipe(z.string().max(120, 'validation.tooLong').nullable()),
  sex: z.enum(sexes, { message: 'validation.sexRequired' }),
  birthYear: z
    .number({ message: 'validation.birthYear' })
    .int('validation.birthYear')
    .nullish()
    .refine((y) => y == null || (y >= MIN_BIRTH_YEAR && y <= maxBirthYear()), 'validation.birthYear')
    .transform((v) => v ?? null),
  phone: z
    .string()
    .nullish()
    .transform((v, ctx) => {
      if (!v || !v.trim()) return null;
      const phone = normalisePhone(v);
      if (!phone) {
        ctx.addIssue({ code: 'custom', message: 'validation.phone' });
        return z.NEVER;
      }
      return phone;
    }),
  organisationId: id.nullish().transform((v) => v ?? null),
  position: optionalText,
  officeLevel: z.enum(officeLevels, { message: 'validation.officeLevelRequired' }),
  provinceId: id.nullish().transform((v) => v ?? null),
  districtId: id.nullish().transform((v) => v ?? null),
  villageId: id.nullish().transform((v) => v ?? null),
  status: z.enum(personStatuses).default('active'),
  notes: optionalText,
});
export type PersonInput = z.input<typeof personInput>;
export type PersonValues = z.output<typeof personInput>;

/** Which place fields a level needs: a district trainer has a province and a district, and so on. */
export function placeProblems(p: Pick<PersonValues, 'officeLevel' | 'provinceId' | 'districtId' | 'villageId'>): Array<{ field: string; message: string }> {
  const out: Array<{ field: string; message: string }> = [];
  const needs = { central: 0, provincial: 1, district: 2, village: 3 }[p.officeLevel];
  if (needs >= 1 && !p.provinceId) out.push({ field: 'provinceId', message: 'validation.provinceRequired' });
  if (needs >= 2 && !p.districtId) out.push({ field: 'districtId', message: 'validation.districtRequired' });
  if (needs >= 3 && !p.villageId) out.push({ field: 'villageId', message: 'validation.villageRequired' });
  return out;
}

/** An ISO date, YYYY-MM-DD, that is a real calendar day. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'validation.date')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), 'validation.date');

/** The refresher due date: the day a qualification was earned plus the module's refresher period. */
export function refresherDue(earnedOn: string, months: number): string {
  const d = new Date(`${earnedOn}T00:00:00Z`);
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + months);
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, last));
  return d.toISOString().slice(0, 10);
}

/** A membership counts on a day when it started on or before it and had not ended before it. */
export function membershipActiveOn(m: { fromDate: string; toDate: string | null }, day: string): boolean {
  return m.fromDate <= day && (m.toDate === null || m.toDate >= day);
}

export function todayIso(now: Date = new Date()): string {
  const local = new Date(now.getTime() - now.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 10);
}
