import dayjs from 'dayjs';

/** The last `count` months, newest first, as YYYY-MM: the periods a report can be made for. */
export function recentMonths(count: number, now = new Date()): string[] {
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - i, 1));
    out.push(`${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`);
  }
  return out;
}

/** A period as people name it, in the app's language (dayjs follows it): "ຕຸລາ 2026", "October 2026". */
export const monthLabel = (period: string) => dayjs(`${period}-01`).format('MMMM YYYY');
