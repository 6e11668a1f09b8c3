/**
 * The renderer's typed view of shared/api.ts. In Electron it calls window.lwu.invoke (the preload's one
 * function); in a browser it posts to the loopback web bridge with the launch token. Pages never know which.
 */
import type { Channel, ChannelInput, ChannelOutput } from '../../../shared/api';
import type { ApiError, ApiResult } from '../../../shared/errors';

declare global {
  interface Window {
    lwu?: { invoke(channel: string, input: unknown): Promise<ApiResult<unknown>> };
  }
}

export class ApiCallError extends Error {
  constructor(readonly error: ApiError) {
    super(error.code);
    this.name = 'ApiCallError';
  }
}

const TOKEN_KEY = 'lwu.token';

/** The bridge prints a URL with ?token=...; keep it for this tab and take it out of the address bar. */
function bridgeToken(): string {
  const params = new URLSearchParams(window.location.search);
  const fromUrl = params.get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    params.delete('token');
    const query = params.toString();
    window.history.replaceState(null, '', `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`);
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

const token = window.lwu ? '' : bridgeToken();

async function overHttp(channel: string, input: unknown): Promise<ApiResult<unknown>> {
  try {
    const res = await fetch(`./api/${encodeURIComponent(channel)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-lwu-token': token },
      body: JSON.stringify(input ?? {}),
    });
    return (await res.json()) as ApiResult<unknown>;
  } catch {
    return { ok: false, error: { code: 'network', params: {} } };
  }
}

export async function call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const result = window.lwu ? await window.lwu.invoke(channel, input) : await overHttp(channel, input);
  if (!result.ok) throw new ApiCallError(result.error);
  return result.data as ChannelOutput<C>;
}
