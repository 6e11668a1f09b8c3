/**
 * The one contract between the UI and the backend. Every channel the renderer may call is an entry here:
 * `domain.verb`, an input schema (validated by the dispatcher before any handler runs) and an output type.
 * The IPC adapter, the web bridge, the preload and the renderer client all derive from this map.
 */
import { z } from 'zod';
import { languageSchema } from './i18n-keys';

/** Declares a channel: the runtime input schema, and the output as a type only (it never crosses unchecked). */
function channel<I extends z.ZodType, O>(input: I) {
  return { input } as { input: I; output?: O };
}

const empty = z.object({}).strict();

export interface AppInfo {
  version: string;
  dataDir: string;
  databaseFile: string;
  schemaVersion: string;
  clockNode: string;
  transport: 'ipc' | 'http' | 'cli';
  clockWarning: null | { direction: 'behind'; lastSeen: string };
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

export const api = {
  'app.info': channel<typeof empty, AppInfo>(empty),
  'settings.get': channel<typeof empty, Settings>(empty),
  'settings.setLanguage': channel<z.ZodObject<{ language: typeof languageSchema }>, Settings>(
    z.object({ language: languageSchema }).strict(),
  ),
  'reference.organisations': channel<typeof empty, Organisation[]>(empty),
};

export type Api = typeof api;
export type Channel = keyof Api;
export type ChannelInput<C extends Channel> = z.input<Api[C]['input']>;
export type ParsedInput<C extends Channel> = z.output<Api[C]['input']>;
export type ChannelOutput<C extends Channel> = NonNullable<Api[C]['output']>;

export const channels = Object.keys(api) as Channel[];

export function isChannel(name: string): name is Channel {
  return Object.prototype.hasOwnProperty.call(api, name);
}
