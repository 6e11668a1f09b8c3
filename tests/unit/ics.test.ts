import { describe, expect, it } from 'vitest';
import { buildIcs, escapeText, foldLine } from '../../electron/calendar/ics';

describe('the .ics export', () => {
  it('escapes commas, semicolons, backslashes and line breaks', () => {
    expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
  });

  it('folds long lines at 75 octets without cutting a Lao letter', () => {
    const line = `SUMMARY:${'ການຝຶກອົບຮົມ'.repeat(10)}`;
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) expect(new TextEncoder().encode(p).length).toBeLessThanOrEqual(75);
    expect(parts.slice(1).every((p) => p.startsWith(' '))).toBe(true);
    expect(parts.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe(line);
  });

  it('writes all-day events with an exclusive end date, the session id as UID, and its status', () => {
    const text = buildIcs(
      [{ uid: 'abc', startDate: '2026-03-30', endDate: '2026-03-31', summary: 'ຝຶກອົບຮົມ, ເມືອງ', location: 'Paklai', description: 'one\ntwo', status: 'cancelled' }],
      new Date('2026-03-01T08:09:10.123Z'),
    );
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(text).toContain('UID:abc@lwu-desk\r\n');
    expect(text).toContain('DTSTAMP:20260301T080910Z\r\n');
    expect(text).toContain('DTSTART;VALUE=DATE:20260330\r\nDTEND;VALUE=DATE:20260401\r\n');
    expect(text).toContain('SUMMARY:ຝຶກອົບຮົມ\\, ເມືອງ\r\n');
    expect(text).toContain('DESCRIPTION:one\\ntwo\r\n');
    expect(text).toContain('STATUS:CANCELLED\r\n');
    expect(text.endsWith('END:VEVENT\r\nEND:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
  });
});
