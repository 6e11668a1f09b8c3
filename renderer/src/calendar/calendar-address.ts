/**
 * The calendar's place in the address (hooks/filter-params.ts): its view, the day it is at, the session a cascade
 * starts from, the session open in its drawer, and its filters. Back from a person's page, and a reload, then
 * show the same month, filtered the same way, with the same session open; the values are checked by the schema
 * the calendar's channel checks its filter with.
 */
import { z } from 'zod';
import { sessionFilter } from '../../../shared/api/calendar';
import { isoDate } from '../../../shared/roster-rules';
import { filterParams } from '../hooks/filter-params';

export const calendarViews = ['month', 'week', 'agenda', 'cascade', 'coverage'] as const;
export type CalendarView = (typeof calendarViews)[number];

const calendarAddress = sessionFilter.omit({ from: true, to: true }).extend({
  view: z.enum(calendarViews).optional(),
  at: isoDate.optional(),
  root: z.string().uuid().optional(),
  session: z.string().uuid().optional(),
});

export const calendarParams = filterParams(calendarAddress, {
  view: 'view',
  at: 'at',
  root: 'root',
  session: 'session',
  levels: 'level',
  kinds: 'kind',
  statuses: 'status',
  provinceId: 'province',
  districtId: 'district',
});
