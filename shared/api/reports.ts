import { z } from 'zod';
import { type ReportDoc, periodPattern, reportKinds } from '../report-model';
import { todayIso } from '../roster-rules';
import { takes } from './channel';

export type { Block, ReportDoc, ReportKind } from '../report-model';

export const reportRequest = z
  .object({
    kind: z.enum(reportKinds),
    // A month that has not begun has nothing to report: a typed 2062 for 2026 is refused, not written up empty.
    period: z
      .string()
      .regex(periodPattern, 'validation.period')
      .refine((p) => p <= todayIso().slice(0, 7), 'validation.periodFuture'),
    /** ISO 3166-2:LA province code, or 'all' for the whole country. */
    scope: z.union([z.literal('all'), z.string().regex(/^LA-[A-Z]{2}$/, 'validation.scope')]),
    language: z.enum(['lo', 'en']),
  })
  .strict();
export type ReportRequest = z.infer<typeof reportRequest>;

export const NARRATIVE_MAX = 20_000;
const narrativeText = z.string().max(NARRATIVE_MAX, 'validation.tooLong');
export const narrativeInput = z
  .object({ achievements: narrativeText.default(''), challenges: narrativeText.default(''), lessons: narrativeText.default('') })
  .strict();
export type Narrative = z.infer<typeof narrativeInput>;

export interface ReportHistoryRow {
  id: number;
  kind: string;
  period: string;
  scope: string;
  language: string;
  fileName: string;
  sha256: string;
  bytes: number;
  createdBy: string;
  createdAt: string;
}

export interface GeneratedReport {
  fileName: string;
  base64: string;
  sha256: string;
  history: ReportHistoryRow;
}

export const reportsApi = {
  'reports.preview': takes(reportRequest).returns<ReportDoc>(),
  'reports.generate': takes(reportRequest.extend({ createdBy: z.string().trim().min(1, 'validation.createdBy').max(120) }).strict()).returns<GeneratedReport>(),
  'reports.history': takes(z.object({ limit: z.number().int().min(1).max(500).default(50) }).strict()).returns<ReportHistoryRow[]>(),
  'reports.getNarrative': takes(reportRequest).returns<Narrative>(),
  'reports.saveNarrative': takes(z.object({ request: reportRequest, narrative: narrativeInput }).strict()).returns<Narrative>(),
};
