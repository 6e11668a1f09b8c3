/**
 * Files in and out of the page. The browser has no file paths: a package or a reply comes back as base64 and
 * is saved through a download (hooks/download.ts); a chosen file goes up as base64. The desktop app takes the same road.
 */
import { useTranslation } from 'react-i18next';
import { useMessage } from '../../components/use-message';

/** A chosen file that can no longer be read: the USB stick it was on was taken out, or the file was moved. */
export class UnreadableFile extends Error {
  constructor(readonly fileName: string) {
    super(fileName);
  }
}

export async function readAsBase64(file: File): Promise<{ fileName: string; base64: string }> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    throw new UnreadableFile(file.name);
  }
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return { fileName: file.name, base64: btoa(binary) };
}

/**
 * readAsBase64 for a single chosen file (a reply, a key backup): one that can no longer be read is said so,
 * and null returned, rather than the button doing nothing.
 */
export function useReadChosen(): (file: File) => Promise<{ fileName: string; base64: string } | null> {
  const { t } = useTranslation();
  const message = useMessage();
  return async (file) => {
    try {
      return await readAsBase64(file);
    } catch (e) {
      if (!(e instanceof UnreadableFile)) throw e;
      message.error(t('syncPage.fileUnreadable', { file: e.fileName }));
      return null;
    }
  };
}

/** Hands a mailto: URL to the mail program the way a link does: in a browser, and in Electron (main.ts routes it). */
export function openMail(mailto: string): void {
  const a = document.createElement('a');
  a.href = mailto;
  document.body.appendChild(a);
  a.click();
  a.remove();
}
