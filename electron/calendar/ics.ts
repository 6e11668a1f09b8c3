/**
 * The calendar as an iCalendar file (RFC 5545) that Outlook, Thunderbird and Google Calendar import. Sessions
 * are all-day events; their UID is the session id, so importing a later export updates an event rather than
 * duplicating it, and a cancelled session arrives as STATUS:CANCELLED and disappears from the calendar.
 */
import type { FileOut, SessionFilter, SessionRow } from '../../shared/api';
import { addDays } from '../../shared/calendar-rules';
import type { Db } from '../db/connection';
import { placeNames, sessionTitle, translators } from './labels';
import { linkedPeople, listSessions } from './session-read';

/** TEXT values escape backslash, semicolon, comma and line breaks (RFC 5545 section 3.3.11). */
export function escapeText(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/**
 * Lines longer than 75 octets are folded with CRLF and a space (section 3.1). Octets, not characters: a
 * Lao letter is three bytes in UTF-8, and a fold must never cut one in half.
 */
export function foldLine(line: string): string {
  const enc = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const ch of line) {
    const n = enc.encode(ch).length;
    const limit = parts.length === 0 ? 75 : 74; // continuation lines start with one space
    if (size + n > limit) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += ch;
    size += n;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const icsDate = (iso: string) => iso.replace(/-/g, '');
const icsStatus: Record<string, string> = { planned: 'TENTATIVE', confirmed: 'CONFIRMED', held: 'CONFIRMED', postponed: 'TENTATIVE', cancelled: 'CANCELLED' };

export interface IcsEvent {
  uid: string;
  startDate: string;
  endDate: string; // inclusive
  summary: string;
  location: string;
  description: string;
  status: string;
}

export function buildIcs(events: IcsEvent[], stamp: Date): string {
  const dtstamp = stamp.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Lao Women\'s Union//LWU Desk//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  for (const e of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${e.uid}@lwu-desk`,
      `DTSTAMP:${dtstamp}`,
      `DTSTART;VALUE=DATE:${icsDate(e.startDate)}`,
      // DTEND of an all-day event is exclusive: the day after the last day.
      `DTEND;VALUE=DATE:${icsDate(addDays(e.endDate, 1))}`,
      `SUMMARY:${escapeText(e.summary)}`,
      ...(e.location ? [`LOCATION:${escapeText(e.location)}`] : []),
      ...(e.description ? [`DESCRIPTION:${escapeText(e.description)}`] : []),
      `STATUS:${icsStatus[e.status] ?? 'TENTATIVE'}`,
      'TRANSP:OPAQUE',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}

async function toEvent(db: Db, s: SessionRow, places: Awaited<ReturnType<typeof placeNames>>, lang: 'lo' | 'en'): Promise<IcsEvent> {
  const t = translators()[lang];
  const name = (x: { name_lo: string; name_en: string } | { nameLo: string; nameEn: string } | undefined) =>
    !x ? '' : 'name_lo' in x ? (lang === 'lo' ? x.name_lo : x.name_en || x.name_lo) : lang === 'lo' ? x.nameLo : x.nameEn || x.nameLo;
  const place = [places.get(s.villageId), places.get(s.districtId), places.get(s.provinceId)].map(name).filter(Boolean).join(', ');
  const facilitators = (await linkedPeople(db, 'session_facilitator', s.id)).map(name);
  const modules = s.moduleIds.length ? (await db('module').whereIn('id', s.moduleIds).orderBy('sort_order')).map((m) => name(m)) : [];
  const description = [
    `${t('calendar.field.status')}: ${t(`calendar.status.${s.status}`)}`,
    `${t('calendar.field.level')}: ${t(`calendar.level.${s.level}`)}`,
    modules.length ? `${t('calendar.field.modules')}: ${modules.join(', ')}` : '',
    facilitators.length ? `${t('calendar.field.facilitators')}: ${facilitators.join(', ')}` : '',
    s.notes ? `${t('calendar.field.notes')}: ${s.notes}` : '',
  ].filter(Boolean);
  return {
    uid: s.id,
    startDate: s.startDate,
    endDate: s.endDate,
    summary: sessionTitle(s, places, lang),
    location: [s.venue, place].filter(Boolean).join(', '),
    description: description.join('\n'),
    status: s.status,
  };
}

/**
 * The sessions the calendar shows for a filter (its period, levels, kinds, place), as one .ics file. Whatever
 * their status: a calendar that imported a session earlier learns of its cancellation only from the next file.
 */
export async function exportIcs(db: Db, filter: SessionFilter, lang: 'lo' | 'en', now = new Date()): Promise<FileOut> {
  const { from, to } = filter;
  const sessions = await listSessions(db, { ...filter, statuses: undefined });
  const places = await placeNames(db, sessions);
  const events = [];
  for (const s of sessions) events.push(await toEvent(db, s, places, lang));
  const text = buildIcs(events, now);
  return { fileName: `LWU_calendar_${from}_${to}.ics`, base64: Buffer.from(text, 'utf8').toString('base64') };
}
