import type { FileOut } from '../../../shared/api';

/** Hands a file made by the backend to the user: a download in the browser, a save dialog in Electron. */
export function downloadFile(file: FileOut, mime = 'application/octet-stream'): void {
  const bytes = Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = file.fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
