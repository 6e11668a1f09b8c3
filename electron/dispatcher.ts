/**
 * The one door into the backend. Both transports (Electron IPC, the loopback web bridge) and the CLI call
 * dispatch(): the channel must exist, its input must pass the channel's zod schema, and whatever goes wrong
 * comes back as { code, params } for the renderer to translate, never as a stack trace.
 */
import { issueMessage } from '../shared/validation-message';
import { type ApiResult, isAppError } from '../shared/errors';
import { api, isChannel } from '../shared/api';
import type { AppContext } from './context';
import type { Handlers } from './handlers';

export type Dispatch = (channel: string, input: unknown) => Promise<ApiResult<unknown>>;

export function createDispatcher(ctx: AppContext, handlers: Handlers, log: (e: unknown) => void = console.error): Dispatch {
  return async (channel, input) => {
    if (typeof channel !== 'string' || !isChannel(channel)) {
      return { ok: false, error: { code: 'api.unknownChannel', params: { channel: String(channel) } } };
    }
    const parsed = api[channel].input.safeParse(input ?? {});
    if (!parsed.success) {
      const fields = parsed.error.issues.map((i) => i.path.join('.') || '(input)');
      // Rules in shared/ name their message as an i18n key, so a form can show it beside the field.
      const messages = parsed.error.issues.map((i) => (i.message.startsWith('validation.') ? issueMessage(i) : ''));
      return { ok: false, error: { code: 'api.invalidInput', params: { channel, fields, messages } } };
    }
    try {
      const handler = handlers[channel] as (i: unknown, c: AppContext) => Promise<unknown>;
      return { ok: true, data: await handler(parsed.data, ctx) };
    } catch (e) {
      if (isAppError(e)) return { ok: false, error: { code: e.code, params: e.params } };
      log(e);
      return { ok: false, error: { code: 'internal', params: { channel } } };
    }
  };
}
