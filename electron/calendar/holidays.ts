import type { HolidayRow } from '../../shared/api/calendar';
import { type HolidayInput, holidayCode, holidaysBetween } from '../../shared/calendar-rules';
import { AppError } from '../../shared/errors';
import type { Db } from '../db/connection';
import { cleanText } from '../../shared/roster-rules';
import { assertMaintainsReference } from '../reference/maintainer';
import { insertRow, softDelete, updateRow } from '../sync/write-path';

type Row = Record<string, unknown>;

const toHoliday = (r: Row): HolidayRow => ({
  id: r.id as string,
  code: r.code as string,
  month: r.month as number,
  day: r.day as number,
  year: (r.year as number | null) ?? null,
  days: r.days as number,
  nameLo: r.name_lo as string,
  nameEn: r.name_en as string,
});

/** The holidays central keeps (shipped with the fixed national ones, see migration 0005), in calendar order. */
export async function listHolidays(db: Db): Promise<HolidayRow[]> {
  const rows = await db('holiday').whereNull('deleted_at').orderBy([{ column: 'month' }, { column: 'day' }, { column: 'year' }]);
  return rows.map(toHoliday);
}

export async function holidayDates(db: Db, from: string, to: string): Promise<Array<{ date: string; nameLo: string; nameEn: string }>> {
  return holidaysBetween(await listHolidays(db), from, to).map(({ date, holiday }) => ({ date, nameLo: holiday.nameLo, nameEn: holiday.nameEn }));
}

async function requireHoliday(db: Db, id: string): Promise<Row> {
  const row = await db('holiday').where({ id }).whereNull('deleted_at').first();
  if (!row) throw new AppError('calendar.holidayNotFound');
  return row;
}

/** Adds or corrects a holiday; the change travels to every office with the next sync packages. */
export async function saveHoliday(db: Db, id: string | undefined, input: HolidayInput): Promise<HolidayRow> {
  await assertMaintainsReference(db);
  const columns = { month: input.month, day: input.day, year: input.year, days: input.days, name_lo: cleanText(input.nameLo), name_en: cleanText(input.nameEn) };
  if (id) {
    await requireHoliday(db, id);
    await updateRow(db, 'holiday', id, columns);
  } else {
    id = await insertRow(db, 'holiday', { ...columns, code: holidayCode(columns.name_en, columns.year) });
  }
  return toHoliday(await requireHoliday(db, id));
}

/** A tombstone, like every replicated delete, so the other offices drop the holiday too. */
export async function deleteHoliday(db: Db, id: string): Promise<{ id: string }> {
  await assertMaintainsReference(db);
  await requireHoliday(db, id);
  await softDelete(db, 'holiday', id);
  return { id };
}
