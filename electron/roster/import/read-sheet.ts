import type { CellValue } from 'exceljs';
import Papa from 'papaparse';
import { AppError } from '../../../shared/errors';

export interface Sheet {
  headers: string[];
  rows: string[][];
  /** each row's number in the file (the header is row 1), blank rows counted, as the person sees it in Excel */
  rowNumbers: number[];
}

const MAX_ROWS = 50_000;

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

/** The first worksheet of an .xlsx, or a .csv (UTF-8, comma or semicolon), as text cells; the first row is the header. */
export async function readSheet(fileName: string, base64: string): Promise<Sheet> {
  const bytes = Buffer.from(base64, 'base64');
  const lower = fileName.toLowerCase();
  let table: string[][];
  try {
    if (lower.endsWith('.xlsx')) {
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
      const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
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
  // Blank rows are skipped, but each row keeps its number in the file, so that a problem reported on row 5 is
  // on row 5 in Excel.
  const nonEmpty = table.map((cells, i) => ({ cells, row: i + 1 })).filter((r) => r.cells.some((c) => c.trim() !== ''));
  if (nonEmpty.length < 2) throw new AppError('import.emptyFile', { file: fileName });
  if (nonEmpty.length - 1 > MAX_ROWS) throw new AppError('import.tooManyRows', { max: MAX_ROWS });
  const [headers, ...rows] = nonEmpty;
  return { headers: headers!.cells.map((h) => h.trim()), rows: rows.map((r) => r.cells.map((c) => c.trim())), rowNumbers: rows.map((r) => r.row) };
}
