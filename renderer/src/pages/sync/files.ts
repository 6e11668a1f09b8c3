/**
 * Files in and out of the page. The browser has no file paths: a package or a reply comes back as base64 and
 * is saved through a download (hooks/download.ts); a chosen file goes up as base64. The desktop app takes the same road.
 */

export async function readAsBase64(file: File): Promise<{ fileName: string; base64: string }> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return { fileName: file.name, base64: btoa(binary) };
}

/** Hands a mailto: URL to the mail program the way a link does: in a browser, and in Electron (main.ts routes it). */
export function openMail(mailto: string): void {
  const a = document.createElement('a');
  a.href = mailto;
  document.body.appendChild(a);
  a.click();
  a.remove();
}
