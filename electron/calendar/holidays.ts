import { type Holiday, holidaysBetween } from '../../shared/calendar-rules';
import type { Db } from '../db/connection';

/** The holidays central keeps (shipped with the fixed national ones, see migration 0005). */
export async function listHolidays(db: Db): Promise<Holiday[]> {
  const rows = await db('holiday').whereNull('deleted_at').orderBy(['month', 'day']);
  return rows.map((r) => ({ code: r.code, month: r.month, day: r.day, year: r.year, days: r.days, nameLo: r.name_lo, nameEn: r.name_en }));
}

export async function holidayDates(db: Db, from: string, to: string): Promise<Array<{ date: string; nameLo: string; nameEn: string }>> {
  return holidaysBetween(await listHolidays(db), from, to).map(({ date, holiday }) => ({ date, nameLo: holiday.nameLo, nameEn: holiday.nameEn }));
}
