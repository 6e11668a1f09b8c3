import dayjs from 'dayjs';

/**
 * The last `count` months, newest first, as YYYY-MM: the periods a report can be made for. The office's own
 * months: in Laos the UTC month is still the last one until 7 in the morning of the 1st.
 */
export function recentMonths(count: number, now = dayjs()): string[] {
  return Array.from({ length: count }, (_, i) => now.subtract(i, 'month').format('YYYY-MM'));
}

/** A period as people name it, in the app's language (dayjs follows it): "ຕຸລາ 2026", "October 2026". */
export const monthLabel = (period: string) => dayjs(`${period}-01`).format('MMMM YYYY');
