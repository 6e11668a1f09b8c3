import type { FileOut } from '../../shared/api';
import { todayIso } from '../../shared/roster-rules';

export interface SheetColumn<R> {
  header: string;
  width: number;
  value: (row: R) => string | number | null | undefined;
}

export interface Sheet<R> {
  name: string;
  columns: Array<SheetColumn<R>>;
  rows: R[];
}

/**
 * Bold frozen header row, one line per row: the shape every "export this view to Excel" takes, so each page
 * only says which columns it shows. The first sheet is the view; any after it explain it (a legend).
 */
// Each sheet has its own row type, checked where the sheet is written.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function xlsxFile(fileStem: string, sheets: Array<Sheet<any>>): Promise<FileOut> {
  // Loaded when first needed: it is the largest package the backend uses (bench: backendStart).
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  wb.creator = 'LWU Desk';
  for (const { name, columns, rows } of sheets) {
    const ws = wb.addWorksheet(name.slice(0, 31));
    ws.columns = columns.map((c, i) => ({ header: c.header, key: `c${i}`, width: c.width }));
    ws.getRow(1).font = { bold: true };
    ws.views = [{ state: 'frozen', ySplit: 1 }];
    for (const r of rows) ws.addRow(Object.fromEntries(columns.map((c, i) => [`c${i}`, c.value(r) ?? null])));
  }
  const base64 = Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
  return { fileName: `${fileStem}-${todayIso()}.xlsx`, base64 };
}

/** Id -> name in the chosen language, for the reference tables an export names things from. */
export async function namesById(db: import('knex').Knex | import('knex').Knex.Transaction, tables: string[], language: 'lo' | 'en'): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  for (const table of tables) {
    for (const r of await db(table).select('id', 'name_lo', 'name_en')) names.set(r.id, (language === 'lo' ? r.name_lo : r.name_en) || r.name_lo);
  }
  return names;
}
