import { z } from 'zod';
import { languageSchema } from '../i18n-keys';
import { type Empty, channel, empty } from './channel';


export interface AppInfo {
  version: string;
  dataDir: string;
  databaseFile: string;
  schemaVersion: string;
  clockNode: string;
  transport: 'ipc' | 'http' | 'cli';
  clockWarning: null | { direction: 'behind'; lastSeen: string };
  /** the desktop app shows native dialogs (choose a folder); the browser shows fields instead */
  nativeDialogs: boolean;
}

export interface Settings {
  language: z.infer<typeof languageSchema>;
}

export interface Organisation {
  id: string;
  code: string;
  nameLo: string;
  nameEn: string;
  sortOrder: number;
}

export const appApi = {
  'app.info': channel<Empty, AppInfo>(empty),
  'settings.get': channel<Empty, Settings>(empty),
  'settings.setLanguage': channel<z.ZodObject<{ language: typeof languageSchema }>, Settings>(
    z.object({ language: languageSchema }).strict(),
  ),
  'reference.organisations': channel<Empty, Organisation[]>(empty),
};

