import fs from 'node:fs';
import path from 'node:path';

/**
 * The Lao font of every report. Word picks the font of a Lao character from the run's complex-script slot
 * (w:cs), with no fallback chain, so a font named there that the PC lacks is silently substituted. Phetsarath OT
 * (the government standard) is not freely redistributable, so reports name Noto Sans Lao (SIL OFL 1.1, see
 * fonts/OFL.txt) and embed it in the file: the report reads the same on any PC, with or without Phetsarath.
 */
export const laoFont = 'Noto Sans Lao';
/** Latin text: present on every Windows PC; LibreOffice maps it to the metric-compatible Liberation Sans. */
export const latinFont = 'Arial';

function fontDir(): string {
  // Packaged app: electron-builder copies the folder to resources/fonts (extraResources). Source runs (tsx: CLI,
  // web bridge, tests) have import.meta.dirname; the bundled CommonJS main process of `npm start` does not, and
  // runs from the project folder.
  const packaged = (process as { resourcesPath?: string }).resourcesPath;
  const candidates = [packaged && path.join(packaged, 'fonts'), import.meta.dirname && path.join(import.meta.dirname, 'fonts'), path.join(process.cwd(), 'electron', 'reports', 'fonts')];
  const found = candidates.find((d): d is string => !!d && fs.existsSync(path.join(d, 'NotoSansLao-Regular.ttf')));
  if (!found) throw new Error('The bundled Lao font (NotoSansLao-Regular.ttf) is missing');
  return found;
}

/**
 * The bundled font files, for the chart rasteriser: Noto Sans Lao has no digits or Latin letters, so Noto Sans
 * (OFL too) draws those. Loading only these is fast and draws the same chart on every PC.
 */
export function fontFilePaths(): string[] {
  const dir = fontDir();
  return [path.join(dir, 'NotoSansLao-Regular.ttf'), path.join(dir, 'NotoSansLao-Bold.ttf'), path.join(dir, 'NotoSans-Regular.ttf')];
}

let cache: { regular: Buffer; bold: Buffer } | null = null;
export function laoFontFiles(): { regular: Buffer; bold: Buffer } {
  if (!cache) {
    const dir = fontDir();
    cache = { regular: fs.readFileSync(path.join(dir, 'NotoSansLao-Regular.ttf')), bold: fs.readFileSync(path.join(dir, 'NotoSansLao-Bold.ttf')) };
  }
  return cache;
}
