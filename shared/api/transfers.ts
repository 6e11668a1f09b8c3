import { z } from 'zod';
import type { Area, Coverage } from '../capacity';
import { isoDate, officeLevels } from '../roster-rules';
import type { FileOut } from './roster';
import { empty, takes } from './channel';

const id = z.string().uuid();
const optionalId = id.nullish().transform((v) => v ?? null);

export const transferInput = z
  .object({
    personId: id,
    date: isoDate,
    toOrganisationId: optionalId,
    toPosition: z.string().trim().max(200, 'validation.tooLong').nullish().transform((v) => v || null),
    toOfficeLevel: z.enum(officeLevels, { message: 'validation.officeLevelRequired' }),
    toProvinceId: optionalId,
    toDistrictId: optionalId,
    toVillageId: optionalId,
    reason: z.string().trim().max(2000, 'validation.tooLong').nullish().transform((v) => v || null),
    keepsTrainingRole: z.boolean({ message: 'validation.trainingRoleRequired' }),
  })
  .strict();
export type TransferInput = z.input<typeof transferInput>;

export const transferFilter = z
  .object({
    from: isoDate.optional(),
    to: isoDate.optional(),
    provinceId: id.optional(),
    organisationId: id.optional(),
    keepsTrainingRole: z.boolean().optional(),
    personId: id.optional(),
  })
  .strict();
export type TransferFilter = z.infer<typeof transferFilter>;

export interface SessionRef {
  id: string;
  titleLo: string;
  titleEn: string;
  startDate: string;
}

export interface TransferPreview {
  teamsBelowTarget: Array<{ teamId: string; nameLo: string; nameEn: string; activeBefore: number; activeAfter: number; target: number }>;
  teamModulesLost: Array<{ teamId: string; nameLo: string; nameEn: string; modules: Array<{ moduleId: string; before: number; after: number }> }>;
  modulesLost: Array<{ area: Area; moduleId: string; before: number; after: number }>;
  modulesGained: Array<{ area: Area; moduleId: string; before: number; after: number }>;
  sessions: SessionRef[];
  membershipsToEnd: number;
}

export interface TransferRow {
  id: string;
  personId: string;
  personNameLo: string;
  personNameEn: string;
  date: string;
  fromOrganisationId: string | null;
  fromPosition: string | null;
  fromProvinceId: string | null;
  fromDistrictId: string | null;
  toOrganisationId: string | null;
  toPosition: string | null;
  toOfficeLevel: string | null;
  toProvinceId: string | null;
  toDistrictId: string | null;
  reason: string | null;
  keepsTrainingRole: boolean;
  deletedAt: string | null;
  canUndo: boolean;
  /** recorded ahead of its date: she moves on that day */
  upcoming: boolean;
}

export interface Suggestion {
  kind: 'unassigned' | 'refresher' | 'training';
  personId?: string;
  nameLo?: string;
  nameEn?: string;
  detail?: string; // a date: refresher due, or the training's start
  sessionId?: string;
}

export interface CapacityOverview {
  day: string;
  teams: Array<{ teamId: string; nameLo: string; nameEn: string; level: string; provinceId: string | null; districtId: string | null; active: number; target: number; gap: number; suggestions: Suggestion[] }>;
  /**
   * Teams with a module fewer than two members can train (shared/capacity teamModuleGaps, as the reports count
   * them), worst first: each team once, with its modules.
   */
  moduleGaps: Array<{
    teamId: string;
    nameLo: string;
    nameEn: string;
    level: string;
    modules: Array<{ moduleId: string; coverage: Exclude<Coverage, 'ok'>; trainers: Array<{ personId: string; nameLo: string; nameEn: string }>; suggestions: Suggestion[] }>;
  }>;
  overdueRefreshers: number;
  knowledgeLost: Array<{ personId: string; nameLo: string; nameEn: string; date: string; moduleIds: string[] }>;
  /** teams that known departures take below target, or further below it, within UPCOMING_DAYS */
  upcoming: Array<{ teamId: string; nameLo: string; nameEn: string; date: string; active: number; target: number; leaving: Array<{ personId: string; nameLo: string; nameEn: string; lastDay: string; activeAfter: number }> }>;
}

/** How far ahead the Capacity view looks for gaps that departures already recorded will open. */
export const UPCOMING_DAYS = 90;

export const transfersApi = {
  'transfers.preview': takes(transferInput).returns<TransferPreview>(),
  'transfers.record': takes(transferInput).returns<TransferRow>(),
  'transfers.undo': takes(z.object({ id }).strict()).returns<{ id: string }>(),
  'transfers.list': takes(transferFilter).returns<TransferRow[]>(),
  'transfers.exportXlsx': takes(z.object({ filter: transferFilter, language: z.enum(['lo', 'en']) }).strict()).returns<FileOut>(),
  'capacity.overview': takes(empty).returns<CapacityOverview>(),
};
