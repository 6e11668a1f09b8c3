/**
 * The one contract between the UI and the backend. Every channel the renderer may call is an entry here:
 * `domain.verb`, an input schema (validated by the dispatcher before any handler runs) and an output type.
 * The IPC adapter, the web bridge, the preload and the renderer client all derive from this map.
 */
import type { z } from 'zod';
import { appApi } from './api/app';
import { desktopApi } from './api/desktop';
import { calendarApi } from './api/calendar';
import { rosterApi } from './api/roster';
import { rosterImportApi } from './api/roster-import';
import { transfersApi } from './api/transfers';
import { syncApi } from './api/sync';
import { reportsApi } from './api/reports';

export type * from './api/app';
export type * from './api/desktop';
export type * from './api/calendar';
export type * from './api/roster';
export type * from './api/roster-import';
export type * from './api/transfers';
export type * from './api/sync';
export type * from './api/reports';

/** Each domain declares its channels in shared/api/<domain>.ts; this is the whole list. */
export const api = {
  ...appApi,
  ...desktopApi,
  ...calendarApi,
  ...rosterApi,
  ...rosterImportApi,
  ...transfersApi,
  ...syncApi,
  ...reportsApi,
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
