import JSZip from 'jszip';

/**
 * A part of a .docx (word/document.xml by default) as a reader sees its words: without the zero-width spaces
 * that mark where Lao may break (electron/reports/lao-breaks.ts), which are invisible on the page.
 */
export async function docxPart(bytes: Buffer, name = 'word/document.xml'): Promise<string> {
  return (await docxPartAsWritten(bytes, name)).replaceAll('\u200B', '');
}

/** A part of a .docx exactly as written, zero-width spaces included. */
export async function docxPartAsWritten(bytes: Buffer, name = 'word/document.xml'): Promise<string> {
  return (await JSZip.loadAsync(bytes)).file(name)!.async('string');
}
