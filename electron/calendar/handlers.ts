import type { DomainHandlers } from '../handlers';
import { cascadeOf } from './cascade';
import { villageCoverage } from './coverage';
import { dashboardSummary } from './dashboard';
import { getSessionDetail } from './detail';
import { recordHeld } from './held';
import { deleteHoliday, holidayDates, listHolidays, saveHoliday } from './holidays';
import { exportIcs } from './ics';
import { listSessions } from './session-read';
import { createSession, moveSession, setSessionStatus, updateSession } from './sessions';
import { checkPlan } from './warnings';

export const calendarHandlers: DomainHandlers = {
  'calendar.list': (filter, { db }) => listSessions(db, filter),
  'calendar.get': ({ id }, { db }) => getSessionDetail(db, id),
  'calendar.create': (session, { db }) => createSession(db, session),
  'calendar.update': ({ id, session }, { db }) => updateSession(db, id, session),
  'calendar.move': ({ id, startDate }, { db }) => moveSession(db, id, startDate),
  'calendar.setStatus': ({ id, status }, { db }) => setSessionStatus(db, id, status),
  'calendar.check': (draft, { db }) => checkPlan(db, draft),
  'calendar.recordHeld': ({ id, held }, { db }) => recordHeld(db, id, held),
  'calendar.cascade': ({ id }, { db }) => cascadeOf(db, id),
  'calendar.coverage': ({ provinceId }, { db }) => villageCoverage(db, provinceId),
  'calendar.holidays': ({ from, to }, { db }) => holidayDates(db, from, to),
  'holidays.list': (_input, { db }) => listHolidays(db),
  'holidays.save': ({ id, holiday }, { db }) => saveHoliday(db, id, holiday),
  'holidays.delete': ({ id }, { db }) => deleteHoliday(db, id),
  'calendar.exportIcs': ({ language, ...filter }, { db }) => exportIcs(db, filter, language),
  'dashboard.summary': ({ from, to, provinceId }, { db }) => dashboardSummary(db, from, to, provinceId),
};
