import { z } from 'zod';
import { isoDate, memberRoles, officeLevels, personInput, personStatuses, placeKey, teamLevels, todayIso } from '../roster-rules';
import { empty, takes } from './channel';
import type { SessionRef, TransferPreview } from './transfers';

const id = z.string().uuid();
const withId = z.object({ id }).strict();
/** A district's or village's name: long enough for any real one, short enough to fit a picker. */
const placeName = z.string().trim().max(120, 'validation.tooLong');
/** A Lao place name with something after its ບ້ານ or ເມືອງ. */
const placeNameLo = placeName.min(1, 'validation.nameLoRequired').refine((s) => placeKey(s) !== '', 'validation.placeNameOnlyPrefix');

export interface Named {
  id: string;
  nameLo: string;
  nameEn: string;
}
export interface Province extends Named {
  code: string;
}
export interface District extends Named {
  provinceId: string;
  code: string | null;
}
export interface Village extends Named {
  districtId: string;
  provinceId: string;
}
export interface Module extends Named {
  code: string;
  refresherMonths: number;
}
export interface Geography {
  provinces: Province[];
  districts: District[];
  villages: Village[];
  modules: Module[];
}

export const rosterFilter = z
  .object({
    query: z.string().max(200).optional(),
    officeLevel: z.enum(officeLevels).optional(),
    provinceId: id.optional(),
    districtId: id.optional(),
    organisationId: id.optional(),
    status: z.enum(personStatuses).optional(),
    moduleId: id.optional(),
    refresherOverdue: z.boolean().optional(),
    includeDeleted: z.boolean().optional(),
  })
  .strict();
export type RosterFilter = z.infer<typeof rosterFilter>;

export interface RosterRow extends Named {
  sex: 'f' | 'm';
  birthYear: number | null;
  phone: string | null;
  organisationId: string | null;
  position: string | null;
  officeLevel: (typeof officeLevels)[number];
  provinceId: string | null;
  districtId: string | null;
  villageId: string | null;
  status: (typeof personStatuses)[number];
  notes: string | null;
  deletedAt: string | null;
  teams: string[];
  /** modules she can train today: a qualification earned, its refresher not overdue */
  moduleIds: string[];
  /** modules whose refresher is overdue, with no current qualification in them */
  overdueModuleIds: string[];
  overdueCount: number;
}

/** Someone already in the roster who is probably the person being added, with what tells namesakes apart. */
export type LikelyDuplicate = Pick<RosterRow, 'id' | 'nameLo' | 'nameEn' | 'officeLevel' | 'provinceId' | 'districtId' | 'phone' | 'birthYear'>;

export interface QualificationRow {
  id: string;
  moduleId: string;
  earnedOn: string;
  refresherDue: string | null;
  source: string;
  sessionId: string | null;
  notes: string | null;
}

export interface MembershipRow {
  id: string;
  teamId: string;
  teamNameLo: string;
  teamNameEn: string;
  personId: string;
  personNameLo: string;
  personNameEn: string;
  role: (typeof memberRoles)[number];
  fromDate: string;
  toDate: string | null;
}

export interface PersonDetail {
  person: RosterRow;
  qualifications: QualificationRow[];
  memberships: MembershipRow[];
}

export interface TeamRow extends Named {
  level: (typeof teamLevels)[number];
  provinceId: string | null;
  districtId: string | null;
  targetSize: number;
  notes: string | null;
  activeSize: number;
  leadCount: number;
  /** Modules a member can train today (a current qualification: earned, refresher not overdue). */
  moduleIds: string[];
  /** Modules members held whose refresher is overdue, and that no member can train today. */
  overdueModuleIds: string[];
}

export interface TeamDetail {
  team: TeamRow;
  members: MembershipRow[];
}

export const teamInput = z
  .object({
    nameLo: z.string().trim().min(1, 'validation.nameLoRequired').max(120, 'validation.tooLong'),
    nameEn: z.string().trim().max(120, 'validation.tooLong').default(''),
    level: z.enum(teamLevels, { message: 'validation.levelRequired' }),
    provinceId: id.nullish().transform((v) => v ?? null),
    districtId: id.nullish().transform((v) => v ?? null),
    targetSize: z.number().int('validation.targetSize').min(1, 'validation.targetSize').max(100, 'validation.targetSize'),
    notes: z.string().max(2000).nullish().transform((v) => v || null),
  })
  .strict();

/** A file produced for the user: the browser downloads it, Electron offers to save it. */
export interface FileOut {
  fileName: string;
  base64: string;
}

export const rosterApi = {
  'reference.geography': takes(empty).returns<Geography>(),
  'reference.addVillage': takes(z.object({ districtId: id, nameLo: placeNameLo, nameEn: placeName.default('') }).strict()).returns<Village>(),
  'reference.renameVillage': takes(z.object({ id, nameLo: placeNameLo, nameEn: placeName.default('') }).strict()).returns<Village>(),
  'reference.deleteVillage': takes(withId).returns<{ id: string }>(),
  'reference.addDistrict': takes(z.object({ provinceId: id, nameLo: placeNameLo, nameEn: placeName.min(1, 'validation.nameEnRequired') }).strict()).returns<District>(),
  'reference.saveModule': takes(
    z
      .object({
        id: id.optional(),
        code: z.string().trim().regex(/^[a-z0-9-]{2,40}$/, 'validation.moduleCode'),
        nameLo: z.string().trim().min(1, 'validation.nameLoRequired').max(200, 'validation.tooLong'),
        nameEn: z.string().trim().min(1, 'validation.nameEnRequired').max(200, 'validation.tooLong'),
        refresherMonths: z.number().int('validation.refresherMonths').min(1, 'validation.refresherMonths').max(120, 'validation.refresherMonths'),
      })
      .strict(),
  ).returns<Module>(),
  'roster.search': takes(rosterFilter).returns<RosterRow[]>(),
  'roster.get': takes(withId).returns<PersonDetail>(),
  /** people already in the roster who are probably this one (same name, and same phone or birth year) */
  'roster.likelyDuplicates': takes(personInput).returns<LikelyDuplicate[]>(),
  'roster.create': takes(personInput).returns<RosterRow>(),
  'roster.update': takes(z.object({ id, person: personInput }).strict()).returns<RosterRow>(),
  'roster.sessions': takes(withId).returns<{
    facilitated: Array<SessionRef & { status: string; kind: string }>;
    attended: Array<SessionRef & { status: string; kind: string }>;
  }>(),
  /** what deleting the person would do to teams and modules, shown before the delete is confirmed */
  'roster.previewDelete': takes(withId).returns<TransferPreview>(),
  'roster.delete': takes(withId).returns<{ id: string }>(),
  'roster.restore': takes(withId).returns<{ id: string }>(),
  'roster.exportXlsx': takes(z.object({ filter: rosterFilter, language: z.enum(['lo', 'en']) }).strict()).returns<FileOut>(),
  'qualification.add': takes(z.object({ personId: id, moduleId: id, earnedOn: isoDate.refine((d) => d <= todayIso(), 'validation.earnedInFuture'), notes: z.string().max(2000).optional() }).strict()).returns<QualificationRow>(),
  'qualification.remove': takes(withId).returns<{ id: string }>(),
  'teams.list': takes(empty).returns<TeamRow[]>(),
  'teams.get': takes(withId).returns<TeamDetail>(),
  'teams.create': takes(teamInput).returns<TeamRow>(),
  'teams.update': takes(z.object({ id, team: teamInput }).strict()).returns<TeamRow>(),
  'teams.addMember': takes(z.object({ teamId: id, personId: id, role: z.enum(memberRoles), fromDate: isoDate }).strict()).returns<MembershipRow>(),
  'teams.endMembership': takes(z.object({ id, toDate: isoDate }).strict()).returns<MembershipRow>(),
  'teams.removeMembership': takes(withId).returns<{ id: string }>(),
  /** officeSetUp: the demo is not offered (loading it is refused) once this PC is set up as an office */
  /** demo: the demo's trainers are in this database (it sends no packages until they are removed) */
  'demo.status': takes(empty).returns<{ empty: boolean; officeSetUp: boolean; demo: boolean; people: number; teams: number }>(),
  'demo.load': takes(empty).returns<{ people: number; teams: number; villages: number }>(),
  'demo.remove': takes(empty).returns<{ people: number }>(),
};
