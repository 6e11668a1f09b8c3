import { type Language, defaultLanguage, languageSchema } from '../../shared/i18n-keys';
import type { Settings } from '../../shared/api';
import type { Db } from '../db/connection';
import { getLocal, setLocal } from '../db/local-settings';
import type { DomainHandlers } from '../handlers';
import { clockNode } from '../sync/clock';
import { schemaVersion } from '../db/migrate';
import { clockWarning } from './clock-check';

async function readSettings(db: Db): Promise<Settings> {
  const stored = languageSchema.safeParse(await getLocal(db, 'ui.language'));
  return { language: stored.success ? stored.data : defaultLanguage };
}

export const settingsHandlers: DomainHandlers = {
  'app.info': async (_input, ctx) => ({
    version: ctx.version,
    dataDir: ctx.dataDir,
    databaseFile: ctx.databaseFile,
    schemaVersion: schemaVersion(),
    clockNode: await clockNode(ctx.db),
    transport: ctx.transport,
    clockWarning: await clockWarning(ctx.db),
    nativeDialogs: ctx.desktop.nativeDialogs,
  }),
  'settings.get': async (_input, ctx) => readSettings(ctx.db),
  'settings.setLanguage': async ({ language }: { language: Language }, ctx) => {
    await setLocal(ctx.db, 'ui.language', language);
    return readSettings(ctx.db);
  },
};
