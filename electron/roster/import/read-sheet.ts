import type { CellValue } from 'exceljs';
import Papa from 'papaparse';
import { AppError } from '../../../shared/errors';
import { suggestMapping } from './suggest-mapping';

export interface Sheet {
  headers: string[];
  rows: string[][];
  /** each row's number in the file, blank and title rows counted, as the person sees it in Excel */
  rowNumbers: number[];
}

const MAX_ROWS = 50_000;
/** How far down the header is looked for: a title, a subtitle, an office's letterhead. */
const HEADER_SEARCH_ROWS = 10;

function cellText(v: CellValue): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((r) => r.text).join('');
    if ('text' in v) return String(v.text);
    if ('result' in v) return v.result === undefined ? '' : String(v.result);
    return '';
  }
  return String(v);
}

/**
 * Text as Excel writes it: UTF-8, or UTF-16 after its byte-order mark ("Unicode text", some CSV exports). A file
 * in a Windows code page (Excel's "CSV (Comma delimited)") is not UTF-8: its letters decode to U+FFFD, and
 * would be imported as such, so it is refused.
 */
function decodeText(bytes: Buffer, fileName: string): string {
  const encoding = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : 'utf-8';
  const text = new TextDecoder(encoding).decode(bytes);
  if (text.includes('\uFFFD')) throw new AppError('import.lostLetters', { file: fileName });
  return text;
}

/** A cell whose letters Excel wrote as "?", as its "CSV (Comma delimited)" does with every Lao one: "??? ????". */
const lostLetters = (cell: string) => /^\?[?\s]*\?$/.test(cell);

/**
 * Refuses a sheet whose headers or names are question marks, for its Lao letters were lost when it was saved:
 * valid UTF-8 though it is, its rows would be imported as people named "??? ????". One "?" alone may mean "not
 * known", and a "?" beside letters is the person's own.
 */
export function refuseLostLetters(sheet: Sheet, nameColumns: number[], fileName: string): void {
  const names = sheet.rows.flatMap((cells) => nameColumns.map((c) => cells[c] ?? ''));
  if ([...sheet.headers, ...names].some(lostLetters)) throw new AppError('import.lostLetters', { file: fileName });
}

/**
 * Which of the first rows is the header: the one that names the most known fields, at least two, so that a
 * subtitle such as "ແຂວງ ບໍລິຄຳໄຊ, ເມືອງ ປາກກະດິງ" loses to the header below it. Rows above the header may
 * only be titles (a cell or two, often merged across the table): a row with more is data or a header LWU Desk
 * does not know, and taking a row below it as the header would drop that row, so the search ends there and,
 * with nothing found, the first row is the header, as before.
 */
function headerIndex(rows: Array<{ cells: string[] }>): number {
  let best = 0;
  let bestFields = 1;
  for (const [i, { cells }] of rows.slice(0, HEADER_SEARCH_ROWS).entries()) {
    const fields = Object.values(suggestMapping(cells)).filter((c) => c != null).length;
    if (fields > bestFields) [best, bestFields] = [i, fields];
    if (new Set(cells.map((c) => c.trim()).filter((c) => c !== '')).size > 2) break;
  }
  return best;
}

/** The first worksheet of an .xlsx, or a .csv (comma, semicolon or tab), as text cells below their header row. */
export async function readSheet(fileName: string, base64: string): Promise<Sheet> {
  const bytes = Buffer.from(base64, 'base64');
  const lower = fileName.toLowerCase();
  let table: string[][];
  try {
    if (lower.endsWith('.xlsx')) {
      // Not a damaged workbook but an empty one (a 0-byte .csv reaches the same message below).
      if (bytes.length === 0) throw new AppError('import.emptyFile', { file: fileName });
      const { default: ExcelJS } = await import('exceljs');
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(bytes as unknown as ArrayBuffer);
      const ws = wb.worksheets[0];
      if (!ws) throw new AppError('import.emptyFile', { file: fileName });
      table = [];
      ws.eachRow({ includeEmpty: true }, (row, n) => {
        const values = row.values as CellValue[];
        table[n - 1] = values.slice(1).map(cellText);
      });
      for (let i = 0; i < table.length; i++) table[i] ??= [];
    } else if (lower.endsWith('.csv')) {
      const text = decodeText(bytes, fileName).replace(/^\uFEFF/, '');
      // Guessed without blank lines: the one Excel ends a file with has a single field, and papaparse would then
      // take a two-column file saved with semicolons for a one-column file with commas.
      const { delimiter } = Papa.parse<string[]>(text, { skipEmptyLines: 'greedy', delimitersToGuess: [',', ';', '\t'], preview: 50 }).meta;
      table = Papa.parse<string[]>(text, { skipEmptyLines: false, delimiter }).data;
    } else {
      throw new AppError('import.unsupportedType', { file: fileName });
    }
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw new AppError('import.unreadable', { file: fileName });
  }
  // Blank and title rows are skipped, but each row keeps its number in the file, so that a problem reported on
  // row 5 is on row 5 in Excel.
  const nonEmpty = table.map((cells, i) => ({ cells, row: i + 1 })).filter((r) => r.cells.some((c) => c.trim() !== ''));
  const [headers, ...rows] = nonEmpty.slice(headerIndex(nonEmpty));
  if (!headers || rows.length === 0) throw new AppError('import.emptyFile', { file: fileName });
  if (rows.length > MAX_ROWS) throw new AppError('import.tooManyRows', { max: MAX_ROWS });
  return { headers: headers.cells.map((h) => h.trim()), rows: rows.map((r) => r.cells.map((c) => c.trim())), rowNumbers: rows.map((r) => r.row) };
}
