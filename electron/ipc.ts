/** The Electron transport: one ipcMain handler that hands every request to the dispatcher. */
import { ipcMain } from 'electron';
import type { Dispatch } from './dispatcher';

export const INVOKE_CHANNEL = 'lwu:invoke';

export function registerIpc(dispatch: Dispatch, isTrustedSender: (url: string) => boolean): void {
  ipcMain.handle(INVOKE_CHANNEL, async (event, channel: unknown, input: unknown) => {
    // Only our own page may call the backend, never a frame or a page navigated to by accident.
    const url = event.senderFrame?.url ?? '';
    if (!isTrustedSender(url)) return { ok: false, error: { code: 'bridge.badOrigin', params: {} } };
    return dispatch(String(channel), input);
  });
}
