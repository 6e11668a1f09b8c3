import pkg from '../package.json';
import { calendarHandlers } from './calendar/handlers';
import type { AppContext } from './context';
import { connect, openDatabase } from './db/connection';
import { type Dispatch, createDispatcher } from './dispatcher';
import { desktopHandlers } from './desktop/handlers';
import { type DesktopPort, nodeDesktop } from './desktop/port';
import { combineHandlers } from './handlers';
import { ensureReferenceData } from './reference/reference';
import { referenceHandlers } from './reference/handlers';
import { reportsHandlers } from './reports/handlers';
import { rosterHandlers } from './roster/handlers';
import { settingsHandlers } from './settings/handlers';
import { transfersHandlers } from './transfers/handlers';
import { applyDueTransfers } from './transfers/transfers';
import { syncHandlers } from './sync/handlers';
import { type KeyProtector, fileKeyProtector } from './sync/key-protector';

export interface Backend {
  ctx: AppContext;
  dispatch: Dispatch;
  close(): Promise<void>;
}

export const appVersion: string = pkg.version;

export const allHandlers = () =>
  combineHandlers(settingsHandlers, desktopHandlers, referenceHandlers, rosterHandlers, transfersHandlers, calendarHandlers, syncHandlers, reportsHandlers);

/** Opens the data folder and wires every handler: the same backend for Electron, the web bridge and the CLI. */
/** keyProtector: Electron's safeStorage in the desktop app; elsewhere a key file only this user can read. */
/** desktop: Electron's dialogs and shell in the desktop app; elsewhere plain Node (no dialog, a spawned file manager). */
export async function startBackend(opts: {
  dataDir: string;
  transport: AppContext['transport'];
  keyProtector?: KeyProtector;
  desktop?: DesktopPort;
}): Promise<Backend> {
  const handlers = allHandlers();
  const { db, file } = await openDatabase(opts.dataDir);
  await ensureReferenceData(db);
  // Transfers recorded ahead of their date move people when the day comes; an office PC may stay on for days.
  await applyDueTransfers(db);
  const hourly = opts.transport === 'cli' ? undefined : setInterval(() => void applyDueTransfers(db).catch(console.error), 3_600_000);
  hourly?.unref();
  const reader = connect(file, { readOnly: true });
  const keyProtectors = [opts.keyProtector, fileKeyProtector(opts.dataDir)].filter((p): p is KeyProtector => p !== undefined);
  const ctx: AppContext = { db, reader, dataDir: opts.dataDir, databaseFile: file, version: appVersion, transport: opts.transport, keyProtectors, desktop: opts.desktop ?? nodeDesktop() };
  return {
    ctx,
    dispatch: createDispatcher(ctx, handlers),
    close: () => {
      clearInterval(hourly);
      return Promise.all([db.destroy(), reader.destroy()]).then(() => undefined);
    },
  };
}
