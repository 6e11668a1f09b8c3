import { AlignmentType, BorderStyle, Document, Footer, HeadingLevel, ImageRun, type IRunOptions, LineRuleType, Packer, PageBreak, PageNumber, Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, VerticalAlign, WidthType } from 'docx';
import type { Block, ReportDoc } from '../../shared/report-model';
import { renderChartPng } from './chart';
import { laoFont, laoFontFiles, latinFont } from './fonts';
import { laoWords, withLaoWordBreaks } from './lao-breaks';

/** A4 in twips, 2 cm margins. */
const page = { width: 11906, height: 16838, margin: 1134 };
const contentWidthTwips = page.width - 2 * page.margin;

/**
 * A font for each script slot: Latin text in Arial, Lao (a complex script) in the Lao font. Set once, as the
 * document's default run properties, which every run inherits: a report of thousands of table cells would
 * otherwise repeat it in each one, and writing that XML was most of the time a report takes.
 */
const fonts = { ascii: latinFont, hAnsi: latinFont, cs: laoFont, eastAsia: laoFont };

function run(text: string, opts: Partial<IRunOptions> = {}): TextRun {
  return new TextRun({ text: withLaoWordBreaks(text), ...opts } as IRunOptions);
}

const border = { style: BorderStyle.SINGLE, size: 4, color: '999999' };
/** Borders and cell margins belong to the table, for the same reason. */
const tableBorders = { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border };
const cellMargins = { top: 40, bottom: 40, left: 80, right: 80 };

function cell(text: string, header: boolean, right: boolean): TableCell {
  return new TableCell({
    shading: header ? { type: ShadingType.CLEAR, fill: 'E8EEF4', color: 'auto' } : undefined,
    // A Lao label wraps onto two lines more often than its number: the number sits level with it, not above.
    verticalAlign: VerticalAlign.CENTER,
    children: [new Paragraph({ alignment: right ? AlignmentType.RIGHT : AlignmentType.LEFT, children: [run(text, header ? { bold: true, boldComplexScript: true } : {})] })],
  });
}

/** Twips a bold header letter needs: a Lao letter is wide, though its vowel and tone marks count as letters too. */
const LETTER = 135;
/** The cell's margins and some slack, so that a word which just fits is not wrapped by rounding. */
const PADDING = cellMargins.left + cellMargins.right + 160;
/**
 * The longest run that must stay on one line. Latin words and dates break only at spaces, so up to 14 letters
 * count; Lao breaks between its words (run() marks them), so its longest word counts, up to 10 letters: a
 * longer one (ນະຄອນຫຼວງວຽງຈັນ is one) may break inside rather than starve the other columns.
 */
const letters = (w: string) => [...w].length;
const longestWord = (text: string) =>
  Math.max(0, ...text.split(/\s+/).map((w) => (/[\u0e80-\u0eff]/.test(w) ? Math.min(10, Math.max(...laoWords(w).map(letters))) : Math.min(14, letters(w)))));

/**
 * Column widths for what the columns hold, so that a team's name is not wrapped over five lines beside a wide
 * column of single digits. No column is narrower than its longest word, header or value ("provincial", a
 * date), where the page has room. A figure column gets room for its longest header word (at most 2.6 cm; all
 * of them together at most 60% of the page beside text, unless their longest words need more and the text
 * columns' still fit); the text columns share the rest in proportion to their longest value or header word,
 * within bounds.
 */
export function columnWidths(columns: string[] | null, rows: string[][], numeric: boolean[]): number[] {
  const count = columns?.length ?? rows[0]?.length ?? 0;
  const indexes = Array.from({ length: count }, (_, i) => i);
  const figure = indexes.map((i) => !!numeric[i]);
  const least = indexes.map((i) => Math.max(longestWord(columns?.[i] ?? ''), ...rows.map((r) => longestWord(r[i] ?? ''))) * LETTER + PADDING);
  const headerWord = (i: number) => Math.max(0, ...(columns?.[i] ?? '').split(/\s+/).map((w) => w.length));
  const wanted = indexes.map((i) => (figure[i] ? Math.max(least[i], Math.min(1500, headerWord(i) * LETTER + PADDING)) : 0));
  const onlyFigures = figure.every(Boolean);
  const leastText = indexes.reduce((s, i) => s + (figure[i] ? 0 : least[i]), 0);
  const leastFigures = indexes.reduce((s, i) => s + (figure[i] ? least[i] : 0), 0);
  // Figures alone fill the page; beside text they take what they want, up to 60% of it, or, where that would
  // break a header word ("Teams" over two lines) and the text columns still get their longest words, as much
  // as their own longest words need.
  const roomForAll = leastFigures + leastText <= contentWidthTwips;
  const cap = onlyFigures ? contentWidthTwips : Math.max(contentWidthTwips * 0.6, roomForAll ? leastFigures : 0);
  const wantedTotal = wanted.reduce((a, b) => a + b, 0);
  const scale = onlyFigures ? cap / Math.max(1, wantedTotal) : Math.min(1, cap / Math.max(1, wantedTotal));
  // Short of what they want, each keeps its longest word first where the cap allows, and shares the rest.
  const share = (cap - leastFigures) / Math.max(1, wantedTotal - leastFigures);
  const figures = wanted.map((w, i) => (!figure[i] ? 0 : Math.floor(!onlyFigures && scale < 1 && cap >= leastFigures ? least[i] + (w - least[i]) * share : w * scale)));
  const rest = contentWidthTwips - figures.reduce((a, b) => a + b, 0);
  // Each text column first gets its longest word, then a share of what is left by what it holds.
  const weights = indexes.map((i) => (figure[i] ? 0 : Math.min(40, Math.max(8, headerWord(i), ...rows.map((r) => (r[i] ?? '').length)))));
  const weightTotal = Math.max(1, weights.reduce((a, b) => a + b, 0));
  const surplus = Math.max(0, rest - leastText);
  const squeeze = Math.min(1, rest / Math.max(1, leastText));
  return indexes.map((i) => (figure[i] ? figures[i] : Math.floor(least[i] * squeeze + (surplus * weights[i]) / weightTotal)));
}

function table(columns: string[] | null, rows: string[][], numeric: boolean[] = []): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: columnWidths(columns, rows, numeric),
    borders: tableBorders,
    margins: cellMargins,
    rows: [
      // The header row repeats at the top of every page the table runs onto.
      ...(columns ? [new TableRow({ tableHeader: true, cantSplit: true, children: columns.map((c, i) => cell(c, true, !!numeric[i])) })] : []),
      ...rows.map((r) => new TableRow({ cantSplit: true, children: r.map((v, i) => cell(v, false, !!numeric[i])) })),
    ],
  });
}

/** Space after a paragraph of text, in twentieths of a point (10 pt): about a blank line of the body text. */
const PARAGRAPH_GAP = 200;

function blockToDocx(b: Block): Array<Paragraph | Table> {
  switch (b.type) {
    case 'heading':
      return [new Paragraph({ heading: b.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2, keepNext: true, children: [run(b.text)] })];
    case 'paragraph':
      // A line break typed inside a paragraph (a narrative's) stays a line break; paragraphs are separate blocks,
      // set apart by a gap that reads as the blank line typed between them (the document's 4 pt did not).
      return [
        new Paragraph({
          spacing: { after: PARAGRAPH_GAP },
          children: b.text.split('\n').map((line, i) => run(line, { ...(b.muted ? { color: '666666', italics: true, italicsComplexScript: true } : {}), ...(i > 0 ? { break: 1 } : {}) })),
        }),
      ];
    case 'figures':
      return [table(null, b.items.map((f) => [f.label, f.value]), [false, true]), new Paragraph({})];
    case 'table':
      return [...(b.caption ? [new Paragraph({ children: [run(b.caption, { bold: true })] })] : []), table(b.columns, b.rows, b.numeric), new Paragraph({})];
    case 'chart': {
      const png = renderChartPng(b);
      const widthPx = 620;
      return [
        new Paragraph({ keepNext: true, children: [run(b.title, { bold: true, boldComplexScript: true })] }),
        // Single auto spacing: a fixed line height would clip the picture to one line in LibreOffice.
        new Paragraph({ spacing: { line: 240, lineRule: LineRuleType.AUTO }, children: [new ImageRun({ type: 'png', data: png.data, transformation: { width: widthPx, height: Math.round((widthPx * png.height) / png.width) }, altText: { name: b.title, title: b.title, description: b.bars.map((x) => `${x.label}: ${x.value}${x.target !== undefined ? ` / ${x.target}` : ''}`).join('; ') } })] }),
      ];
    }
  }
}

function cover(doc: ReportDoc): Paragraph[] {
  return [
    new Paragraph({ spacing: { before: 2400 }, alignment: AlignmentType.CENTER, children: [run(doc.organisation, { size: 24, sizeComplexScript: 24 })] }),
    new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, spacing: { before: 600, after: 300 }, children: [run(doc.title)] }),
    new Paragraph({ alignment: AlignmentType.CENTER, children: [run(doc.subtitle, { size: 28, sizeComplexScript: 28 })] }),
    ...(doc.preparedBy ? [new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 1200 }, children: [run(doc.preparedBy.line)] })] : []),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: doc.preparedBy ? 120 : 1200 }, children: [run(doc.generatedLine, { color: '666666' }), new PageBreak()] }),
  ];
}

const headingRun = (size: number) => ({ font: fonts, size, sizeComplexScript: size, bold: true, boldComplexScript: true, color: '1F3864' });

/** Renders a report's content model as a Word document (A4, heading styles, page numbers, embedded Lao font). */
export async function renderDocx(doc: ReportDoc): Promise<Buffer> {
  const files = laoFontFiles();
  const language = doc.language === 'lo' ? { value: 'lo-LA', bidirectional: 'lo-LA' } : { value: 'en-GB', bidirectional: 'lo-LA' };
  const d = new Document({
    creator: doc.preparedBy?.name ?? 'LWU Desk',
    lastModifiedBy: doc.preparedBy?.name ?? 'LWU Desk',
    title: `${doc.title} · ${doc.subtitle}`,
    fonts: [{ name: laoFont, data: files.regular, bold: files.bold }],
    styles: {
      default: {
        document: { run: { font: fonts, size: 21, sizeComplexScript: 21, language }, paragraph: { spacing: { after: 80, line: 300, lineRule: LineRuleType.AUTO } } },
        title: { run: { ...headingRun(44) } },
        heading1: { run: headingRun(30), paragraph: { spacing: { before: 360, after: 160 } } },
        heading2: { run: headingRun(24), paragraph: { spacing: { before: 240, after: 120 } } },
      },
    },
    sections: [
      {
        properties: { page: { size: { width: page.width, height: page.height }, margin: { top: page.margin, bottom: page.margin, left: page.margin, right: page.margin } }, titlePage: true },
        footers: {
          default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [run(`${doc.footer} `, { size: 16, sizeComplexScript: 16, color: '666666' }), new TextRun({ children: [PageNumber.CURRENT], font: fonts, size: 16 })] })] }),
          first: new Footer({ children: [] }),
        },
        children: [...cover(doc), ...doc.blocks.flatMap(blockToDocx)],
      },
    ],
  });
  return Packer.toBuffer(d);
}

export { contentWidthTwips };
