/**
 * The content of a report, independent of how it is shown. The main process builds one ReportDoc from the
 * data; the .docx renderer and the in-app React preview both render that same object, so the preview and the
 * file can never disagree.
 */
export const reportKinds = ['monthly', 'central', 'roster', 'capacity'] as const;
export type ReportKind = (typeof reportKinds)[number];

export interface KeyFigure {
  label: string;
  value: string;
}

export interface ChartBar {
  label: string;
  value: number;
  target?: number;
}

export type Block =
  | { type: 'heading'; level: 1 | 2; text: string }
  | { type: 'paragraph'; text: string; muted?: boolean }
  | { type: 'figures'; items: KeyFigure[] }
  /** numeric[i] right-aligns column i; the header row repeats on every page of the .docx. */
  | { type: 'table'; caption?: string; columns: string[]; rows: string[][]; numeric?: boolean[] }
  | { type: 'chart'; title: string; valueLabel: string; targetLabel?: string; /** the legend of a bar below its target */ belowLabel?: string; bars: ChartBar[] };

export interface ReportDoc {
  language: 'lo' | 'en';
  /** Cover page lines. */
  title: string;
  subtitle: string;
  organisation: string;
  generatedLine: string;
  /** Who made the Word file (absent from a preview): on the cover, and as the file's author. */
  preparedBy?: { name: string; line: string };
  /** Running footer text next to the page number. */
  footer: string;
  blocks: Block[];
}

export const periodPattern = /^\d{4}-(0[1-9]|1[0-2])$/;

/** First and last day (inclusive) of a YYYY-MM period, as ISO dates. */
export function periodRange(period: string): { from: string; to: string } {
  const [y, m] = period.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { from: `${period}-01`, to: `${period}-${String(last).padStart(2, '0')}` };
}

/** The month after a YYYY-MM period. */
export function nextPeriod(period: string): string {
  const [y, m] = period.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}
