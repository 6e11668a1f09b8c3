import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors';
import { type Backend, allHandlers, startBackend } from '../../electron/backend';
import { createDispatcher } from '../../electron/dispatcher';
import { combineHandlers } from '../../electron/handlers';
import { settingsHandlers } from '../../electron/settings/handlers';
import { referenceHandlers } from '../../electron/reference/handlers';
import { tempDir } from '../helpers/temp-dir';

let backend: Backend;
beforeAll(async () => {
  backend = await startBackend({ dataDir: tempDir(), transport: 'cli' });
});
afterAll(() => backend.close());

describe('the dispatcher', () => {
  it('runs a channel and returns its data', async () => {
    const result = await backend.dispatch('reference.organisations', {});
    expect(result.ok).toBe(true);
    if (result.ok) expect((result.data as Array<{ code: string }>).map((o) => o.code)).toContain('lwu');
  });

  it('persists the language setting, Lao by default', async () => {
    expect(await backend.dispatch('settings.get', {})).toEqual({ ok: true, data: { language: 'lo' } });
    await backend.dispatch('settings.setLanguage', { language: 'en' });
    expect(await backend.dispatch('settings.get', {})).toEqual({ ok: true, data: { language: 'en' } });
  });

  it('refuses an unknown channel and invalid input as error codes, never exceptions', async () => {
    expect(await backend.dispatch('db.dropEverything', {})).toEqual({
      ok: false,
      error: { code: 'api.unknownChannel', params: { channel: 'db.dropEverything' } },
    });
    expect(await backend.dispatch('settings.setLanguage', { language: 'fr' })).toEqual({
      ok: false,
      error: { code: 'api.invalidInput', params: { channel: 'settings.setLanguage', fields: ['language'] } },
    });
    expect(await backend.dispatch('settings.get', { extra: 1 })).toMatchObject({ ok: false, error: { code: 'api.invalidInput' } });
    expect(await backend.dispatch('settings.get', { language: 'en' })).toMatchObject({ ok: false });
    expect(await backend.dispatch('settings.get', null)).toMatchObject({ ok: true });
  });

  it('passes an AppError through as its code and hides any other failure behind "internal"', async () => {
    const handlers = {
      ...allHandlers(),
      'settings.get': async () => {
        throw new AppError('write.notFound', { table: 'person', id: 'x' });
      },
      'reference.organisations': async () => {
        throw new Error('SQLITE_IOERR: secret path /home/x');
      },
    };
    const logged: unknown[] = [];
    const dispatch = createDispatcher(backend.ctx, handlers, (e) => logged.push(e));
    expect(await dispatch('settings.get', {})).toEqual({ ok: false, error: { code: 'write.notFound', params: { table: 'person', id: 'x' } } });
    const hidden = await dispatch('reference.organisations', {});
    expect(hidden).toEqual({ ok: false, error: { code: 'internal', params: { channel: 'reference.organisations' } } });
    expect(JSON.stringify(hidden)).not.toContain('secret');
    expect(logged).toHaveLength(1);
  });

  it('refuses at start a channel claimed twice or left without a handler', () => {
    expect(() => combineHandlers(settingsHandlers, settingsHandlers, referenceHandlers)).toThrow(/two handlers/);
    expect(() => combineHandlers(settingsHandlers)).toThrow(/without a handler: reference.organisations/);
  });
});
