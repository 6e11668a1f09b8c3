import type { Block } from '../../shared/report-model';
import type { BuildContext } from './build-context';

export interface PlaceFigures {
  name: string;
  figures: number[];
}

/**
 * A consolidated table of figures by province (and the central office), keeping the places with something to
 * show: eighteen rows of zeros hide the few that matter. The others are named in one line after it (emptyKey,
 * with {{places}}), so that a province with nothing recorded is still seen; without emptyKey they are left
 * out, and a table left empty says there is nothing to report.
 */
export function byPlaceTable(c: BuildContext, columns: string[], rows: PlaceFigures[], emptyKey?: string): { blocks: Block[]; kept: PlaceFigures[] } {
  const kept = rows.filter((r) => r.figures.some((n) => n !== 0));
  const empty = rows.filter((r) => !kept.includes(r)).map((r) => r.name);
  const blocks: Block[] = kept.length
    ? [{ type: 'table', columns, numeric: columns.map((_, i) => i > 0), rows: kept.map((r) => [r.name, ...r.figures.map(c.number)]) }]
    : [{ type: 'paragraph', text: c.t('reports.doc.noRows'), muted: true }];
  if (emptyKey && kept.length && empty.length) blocks.push({ type: 'paragraph', text: c.t(emptyKey, { places: empty.join(', ') }), muted: true });
  return { blocks, kept };
}
