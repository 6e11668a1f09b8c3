import { z } from 'zod';
import {
  type Holiday,
  type PlanWarning,
  type SessionKind,
  type SessionLevel,
  type SessionStatus,
  heldInput,
  holidayInput,
  sessionInput,
  sessionKinds,
  sessionLevels,
  sessionStatuses,
} from '../calendar-rules';
import { languageSchema } from '../i18n-keys';
import { isoDate } from '../roster-rules';
import { empty, takes } from './channel';
import type { FileOut } from './roster';

const id = z.string().uuid();
const withId = z.object({ id }).strict();

export interface SessionRow {
  id: string;
  kind: SessionKind;
  level: SessionLevel;
  title: string | null;
  provinceId: string | null;
  districtId: string | null;
  villageId: string | null;
  venue: string | null;
  startDate: string;
  endDate: string;
  status: SessionStatus;
  parentSessionId: string | null;
  teamId: string | null;
  notes: string | null;
  followUp: string | null;
  preTestAvg: number | null;
  postTestAvg: number | null;
  moduleIds: string[];
  facilitatorIds: string[];
  female: number;
  male: number;
}

export interface PersonRef {
  id: string;
  nameLo: string;
  nameEn: string;
}

export interface SessionDetail {
  session: SessionRow;
  facilitators: PersonRef[];
  attendees: PersonRef[];
  participants: Array<{ organisationId: string; female: number; male: number }>;
  villageIds: string[];
  parent: { id: string; titleLo: string; titleEn: string } | null;
  childCount: number;
  warnings: PlanWarning[];
}

export interface SavedSession {
  session: SessionRow;
  warnings: PlanWarning[];
}

/** A moved session; `replanned` when it was postponed and its new days made it planned again. */
export interface MovedSession extends SavedSession {
  replanned: boolean;
}

export interface CascadeNode {
  session: SessionRow;
  /** This session and everything below it: participants counted once per session, villages once each. */
  totals: { sessions: number; held: number; female: number; male: number; villages: number };
  children: CascadeNode[];
}

export interface VillageReach {
  villageId: string;
  nameLo: string;
  nameEn: string;
  first: string | null;
  last: string | null;
  sessions: number;
  people: number;
}

export interface DistrictCoverage {
  districtId: string;
  provinceId: string;
  nameLo: string;
  nameEn: string;
  reached: VillageReach[];
  neverReached: VillageReach[];
}

/** The dashboard's figures; `villagesReached` is a running total from the period's start, null for a month to come. */
export interface DashboardData {
  months: Array<{ month: string; planned: number; held: number; female: number; male: number; villagesReached: number | null; villagesTotal: number }>;
  participants: { female: number; male: number };
  trainersByLevel: Array<{ level: string; active: number }>;
  teams: Array<{ id: string; nameLo: string; nameEn: string; level: string; active: number; target: number }>;
  totals: { held: number; planned: number; villages: number; qualificationsGranted: number };
}

export const sessionFilter = z
  .object({
    from: isoDate,
    to: isoDate,
    levels: z.array(z.enum(sessionLevels)).optional(),
    kinds: z.array(z.enum(sessionKinds)).optional(),
    statuses: z.array(z.enum(sessionStatuses)).optional(),
    provinceId: id.optional(),
    districtId: id.optional(),
  })
  .strict();
export type SessionFilter = z.infer<typeof sessionFilter>;

export const planDraft = z
  .object({
    id: id.optional(),
    startDate: isoDate,
    endDate: isoDate,
    moduleIds: z.array(id).max(20).default([]),
    facilitatorIds: z.array(id).max(30).default([]),
  })
  .strict();

const range = { from: isoDate, to: isoDate };

export interface HolidayRow extends Holiday {
  id: string;
}

export const calendarApi = {
  'calendar.list': takes(sessionFilter).returns<SessionRow[]>(),
  'calendar.get': takes(withId).returns<SessionDetail>(),
  'calendar.create': takes(sessionInput).returns<SavedSession>(),
  'calendar.update': takes(z.object({ id, session: sessionInput }).strict()).returns<SavedSession>(),
  'calendar.move': takes(z.object({ id, startDate: isoDate }).strict()).returns<MovedSession>(),
  'calendar.setStatus': takes(z.object({ id, status: z.enum(['planned', 'confirmed', 'postponed', 'cancelled']) }).strict()).returns<SessionRow>(),
  'calendar.check': takes(planDraft).returns<PlanWarning[]>(),
  'calendar.recordHeld': takes(z.object({ id, held: heldInput }).strict()).returns<{ session: SessionRow; granted: number }>(),
  'calendar.cascade': takes(withId).returns<CascadeNode>(),
  'calendar.coverage': takes(z.object({ provinceId: id.optional() }).strict()).returns<DistrictCoverage[]>(),
  'calendar.holidays': takes(z.object(range).strict()).returns<Array<{ date: string; nameLo: string; nameEn: string }>>(),
  'holidays.list': takes(empty).returns<HolidayRow[]>(),
  'holidays.save': takes(z.object({ id: id.optional(), holiday: holidayInput }).strict()).returns<HolidayRow>(),
  'holidays.delete': takes(withId).returns<{ id: string }>(),
  'calendar.exportIcs': takes(sessionFilter.extend({ language: languageSchema }).strict()).returns<FileOut>(),
  'dashboard.summary': takes(z.object({ ...range, provinceId: id.optional() }).strict()).returns<DashboardData>(),
};
