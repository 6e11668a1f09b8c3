/**
 * Spreadsheet import of a provincial roster. Preview reads the file and reports every row's problems and
 * likely duplicates without writing anything; commit reads the same file again (the preview is never
 * trusted), refuses a file with problems unless the user chose to import the valid rows only, and writes
 * every imported person in one transaction.
 */
import type { ImportDuplicate, ImportMapping, ImportPreview, ImportPreviewRow, ImportResult } from '../../../shared/api/roster-import';
import { AppError } from '../../../shared/errors';
import type { Db } from '../../db/connection';
import { insertRows } from '../../sync/write-path';
import { listOrganisations } from '../../reference/reference';
import { listGeography } from '../geography';
import { toColumns } from '../people';
import { type ConvertedRow, convertRow } from './convert-row';
import { readSheet, refuseLostLetters } from './read-sheet';
import { suggestMapping } from './suggest-mapping';
import { type Identity, identityOf, knownPeople, likelySame } from '../likely-same';

/** A person the rows are compared with: in the roster (id), or an earlier row of the same file (row). */
interface Known extends Identity {
  id: string | null;
  row: number | null;
  nameLo: string;
  nameEn: string;
}

/**
 * A total ("ລວມ 7 ຄົນ") or a numbered line nobody filled in: no name, and at most one cell. Not a person, so
 * not a row with problems; left out, and the preview says so. Only once a name column is known: until then,
 * every row waits for the person to point to it.
 */
function notAPerson(cells: string[], nameColumns: number[]): boolean {
  return nameColumns.length > 0 && nameColumns.every((c) => !cells[c]) && cells.filter((c) => c !== '').length <= 1;
}

async function analyse(db: Db, fileName: string, base64: string, mapping?: ImportMapping) {
  const sheet = await readSheet(fileName, base64);
  const effective = mapping ?? suggestMapping(sheet.headers);
  const nameColumns = [effective.nameLo, effective.nameEn].filter((c): c is number => c != null);
  refuseLostLetters(sheet, nameColumns, fileName);
  const office = await db('sync_office as o').leftJoin('province as p', 'p.code', 'o.province_code').first('p.id as provinceId');
  const lookups = { geography: await listGeography(db), organisations: await listOrganisations(db), homeProvinceId: (office?.provinceId as string | null) ?? null };
  const existing: Known[] = (await knownPeople(db)).map((p) => ({ ...p, row: null }));
  const seen: Known[] = [];
  const leftOut: number[] = [];
  const rows: Array<ImportPreviewRow & { converted: ConvertedRow }> = [];
  for (const [i, cells] of sheet.rows.entries()) {
    const rowNumber = sheet.rowNumbers[i]!;
    if (notAPerson(cells, nameColumns)) {
      leftOut.push(rowNumber);
      continue;
    }
    const converted = convertRow(cells, effective, lookups);
    const v = converted.values;
    const probe = identityOf({ nameLo: converted.nameLo, nameEn: converted.nameEn, phone: v?.phone, birthYear: v?.birthYear });
    const duplicates: ImportDuplicate[] = [...existing, ...seen].filter((k) => likelySame(probe, k)).map(({ id, row, nameLo, nameEn }) => ({ id, row, nameLo, nameEn }));
    // A row with problems is never imported: a later row that corrects it is the only one of that person, not
    // her duplicate.
    if (converted.problems.length === 0) seen.push({ id: null, row: rowNumber, nameLo: converted.nameLo, nameEn: converted.nameEn, ...probe });
    rows.push({ row: rowNumber, nameLo: converted.nameLo, nameEn: converted.nameEn, problems: converted.problems, duplicates, converted });
  }
  return { sheet, mapping: effective, rows, leftOut };
}

export async function previewImport(db: Db, input: { fileName: string; base64: string; mapping?: ImportMapping }): Promise<ImportPreview> {
  const { sheet, mapping, rows, leftOut } = await analyse(db, input.fileName, input.base64, input.mapping);
  // Each row counted once, as the preview tags it: ready (valid and no likely duplicate, what importing the valid
  // rows imports when duplicates are skipped), with problems (never imported, duplicate or not), or a likely
  // duplicate (imported only if the person asks). The three add up to the rows.
  const withProblems = rows.filter((r) => r.problems.length > 0).length;
  const duplicates = rows.filter((r) => r.problems.length === 0 && r.duplicates.length > 0).length;
  return {
    headers: sheet.headers,
    mapping,
    rows: rows.map(({ converted: _c, ...r }) => r),
    counts: { rows: rows.length, valid: rows.length - withProblems - duplicates, withProblems, duplicates },
    leftOut,
  };
}

export async function commitImport(
  db: Db,
  input: { fileName: string; base64: string; mapping: ImportMapping; mode: 'all' | 'validOnly'; skipDuplicates: boolean },
): Promise<ImportResult> {
  // The preview goes on without it, so that the person can choose the column; an import cannot.
  if (input.mapping.nameLo == null) throw new AppError('import.nameColumnMissing', {});
  const { rows } = await analyse(db, input.fileName, input.base64, input.mapping);
  const withProblems = rows.filter((r) => r.problems.length > 0);
  if (input.mode === 'all' && withProblems.length > 0) throw new AppError('import.hasProblems', { count: withProblems.length });
  const valid = rows.filter((r) => r.problems.length === 0);
  const chosen = input.skipDuplicates ? valid.filter((r) => r.duplicates.length === 0) : valid;
  await insertRows(db, 'person', chosen.map((r) => toColumns(r.converted.values!)));
  return { imported: chosen.length, skippedProblems: withProblems.length, skippedDuplicates: valid.length - chosen.length };
}
