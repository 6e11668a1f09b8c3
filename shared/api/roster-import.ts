import { z } from 'zod';
import { takes } from './channel';

/** The roster fields a spreadsheet column can fill, in the order the mapping step shows them. */
export const importFields = ['nameLo', 'nameEn', 'sex', 'birthYear', 'phone', 'organisation', 'position', 'officeLevel', 'province', 'district', 'village', 'status', 'notes'] as const;
export type ImportField = (typeof importFields)[number];

/** Field -> column index in the sheet (null: not in this file). */
export const importMapping = z.partialRecord(z.enum(importFields), z.number().int().min(0).max(200).nullable());
export type ImportMapping = Partial<Record<ImportField, number | null>>;

const MAX_FILE_BASE64 = 30 * 1024 * 1024;
const file = {
  fileName: z.string().min(1).max(260),
  // An empty file is allowed through, so that it is refused as a file with no rows, in words the person knows.
  base64: z.string().max(MAX_FILE_BASE64),
};

export interface ImportProblem {
  field: string;
  message: string; // i18n key
  value?: string;
  /** the places a cell could name, when it could name several, each with where it lies (its province or district) */
  places?: Array<{ nameLo: string; nameEn: string; within: { nameLo: string; nameEn: string } | null }>;
  /** how many more places it could name, beyond those listed */
  more?: number;
}
export interface ImportDuplicate {
  id: string | null; // a person already in the roster, or null for an earlier row of the same file
  row: number | null;
  nameLo: string;
  nameEn: string;
}
export interface ImportPreviewRow {
  row: number; // 1-based, as the spreadsheet shows it (header is row 1)
  nameLo: string;
  nameEn: string;
  problems: ImportProblem[];
  duplicates: ImportDuplicate[];
}
export interface ImportPreview {
  headers: string[];
  mapping: ImportMapping;
  rows: ImportPreviewRow[];
  counts: { rows: number; valid: number; withProblems: number; duplicates: number };
  /** rows that are no person (a total, an empty numbered line): not in rows, and not counted, but said */
  leftOut: number[];
}
export interface ImportResult {
  imported: number;
  skippedProblems: number;
  skippedDuplicates: number;
}

export const rosterImportApi = {
  'import.preview': takes(z.object({ ...file, mapping: importMapping.optional() }).strict()).returns<ImportPreview>(),
  'import.commit': takes(
    z.object({ ...file, mapping: importMapping, mode: z.enum(['all', 'validOnly']), skipDuplicates: z.boolean() }).strict(),
  ).returns<ImportResult>(),
};
