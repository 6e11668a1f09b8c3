/**
 * Lao is written without spaces between words, and neither LibreOffice nor Word finds its word boundaries:
 * both break a line wherever it fills, inside a word and even inside a syllable (ນະຄອນຫຼວງວ|ຽງຈັນ in a
 * table cell). A zero-width space between two Lao words, the mark Lao typists insert by hand for the same
 * reason, gives them a place to break instead; it is invisible and takes no room. ICU's Lao dictionary, behind
 * Intl.Segmenter in Node and in Electron, finds the words.
 */
const ZERO_WIDTH_SPACE = '\u200B';
const LAO = /[\u0E80-\u0EFF]/;
const LAO_AT_END = /[\u0E80-\u0EFF]$/;

let segmenter: Intl.Segmenter | undefined;

/** The Lao words of a run of text, as ICU's dictionary divides it (other text comes through as its own segments). */
export function laoWords(text: string): string[] {
  segmenter ??= new Intl.Segmenter('lo', { granularity: 'word' });
  return Array.from(segmenter.segment(text), (s) => s.segment);
}

/** The text with a zero-width space between each two Lao words that touch; anything else is left as it is. */
export function withLaoWordBreaks(text: string): string {
  if (!LAO.test(text)) return text;
  let out = '';
  for (const word of laoWords(text)) {
    if (LAO_AT_END.test(out) && LAO.test(word[0] ?? '')) out += ZERO_WIDTH_SPACE;
    out += word;
  }
  return out;
}
