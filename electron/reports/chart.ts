import { Resvg } from '@resvg/resvg-js';
import type { Block } from '../../shared/report-model';
import { fontFilePaths, laoFont } from './fonts';

type Chart = Extract<Block, { type: 'chart' }>;

/** A bar short of its target: drawn red, and then the legend says what red means. */
const below = (b: Chart['bars'][number]) => b.target !== undefined && b.value < b.target;

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The capacity chart as SVG: one horizontal bar per team (active trainers) with its target marked. Drawn by hand
 * because it must be made in the main process without a browser; the dashboard shows the same figures.
 */
export function chartSvg(chart: Chart): { svg: string; width: number; height: number } {
  const width = 900;
  const labelW = 330;
  // Many teams: thinner rows, so a province's chart stays within a page.
  const rowH = chart.bars.length > 20 ? 18 : 30;
  const fontSize = chart.bars.length > 20 ? 12 : 15;
  const top = 40;
  const max = Math.max(1, ...chart.bars.map((b) => Math.max(b.value, b.target ?? 0)));
  const scale = (width - labelW - 60) / max;
  const height = top + chart.bars.length * rowH + 20;
  const family = `'${laoFont}', 'Noto Sans'`;
  const rows = chart.bars.map((b, i) => {
    const y = top + i * rowH;
    const label = b.label.length > 38 ? `${b.label.slice(0, 37)}…` : b.label;
    return [
      `<text x="${labelW - 10}" y="${y + rowH * 0.65}" text-anchor="end" font-size="${fontSize}">${esc(label)}</text>`,
      `<rect x="${labelW}" y="${y + 3}" width="${Math.max(1, b.value * scale)}" height="${rowH - 6}" fill="${below(b) ? '#C0504D' : '#4F81BD'}"/>`,
      // After the bar and its target mark, whichever ends later, so that the mark never strikes the figures.
      `<text x="${labelW + Math.max(b.value, b.target ?? 0) * scale + 8}" y="${y + rowH * 0.65}" font-size="${fontSize}">${b.value}${b.target !== undefined ? ` / ${b.target}` : ''}</text>`,
      b.target !== undefined ? `<line x1="${labelW + b.target * scale}" x2="${labelW + b.target * scale}" y1="${y + 2}" y2="${y + rowH - 2}" stroke="#222" stroke-width="2"/>` : '',
    ].join('');
  });
  const legend = `<rect x="${labelW}" y="10" width="14" height="14" fill="#4F81BD"/><text x="${labelW + 20}" y="22" font-size="14">${esc(chart.valueLabel)}</text>${
    chart.targetLabel ? `<line x1="${labelW + 160}" x2="${labelW + 160}" y1="8" y2="26" stroke="#222" stroke-width="2"/><text x="${labelW + 168}" y="22" font-size="14">${esc(chart.targetLabel)}</text>` : ''
  }${
    chart.belowLabel && chart.bars.some(below)
      ? `<rect x="${labelW + 300}" y="10" width="14" height="14" fill="#C0504D"/><text x="${labelW + 320}" y="22" font-size="14">${esc(chart.belowLabel)}</text>`
      : ''
  }`;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${esc(family)}"><rect width="100%" height="100%" fill="#fff"/>${legend}${rows.join('')}</svg>`;
  return { svg, width, height };
}

/** Rasterises the chart at 1.5 times its size: sharp enough in print, and quick to encode. */
export function renderChartPng(chart: Chart): { data: Buffer; width: number; height: number } {
  const { svg, width, height } = chartSvg(chart);
  const png = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: 1.5 },
    font: { fontFiles: fontFilePaths(), loadSystemFonts: false, defaultFontFamily: 'Noto Sans' },
  }).render();
  return { data: png.asPng(), width, height };
}
