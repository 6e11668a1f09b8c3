import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Backend, startBackend } from '../../electron/backend';
import { type WebBridge, startWebBridge } from '../../electron/web-bridge';
import { tempDir } from '../helpers/temp-dir';
import http from 'node:http';

let backend: Backend;
let bridge: WebBridge;
beforeAll(async () => {
  backend = await startBackend({ dataDir: tempDir(), transport: 'http' });
  bridge = await startWebBridge({ dispatch: backend.dispatch, staticDir: 'dist/renderer' });
});
afterAll(async () => {
  await bridge.close();
  await backend.close();
});

/** A raw request, so that Host and Origin can be set to what an attacker's page would send. */
function post(channel: string, headers: Record<string, string>, body = '{}'): Promise<{ status: number; json: any }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port: bridge.port, path: `/api/${channel}`, method: 'POST', headers: { 'content-type': 'application/json', ...headers } },
      (res) => {
        let text = '';
        res.on('data', (c) => (text += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, json: JSON.parse(text) }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

describe('the loopback web bridge', () => {
  it('answers a request with the launch token', async () => {
    const r = await post('settings.get', { 'x-lwu-token': bridge.token });
    expect(r).toEqual({ status: 200, json: { ok: true, data: { language: 'lo' } } });
  });

  it('answers a request too large to read with a message, rather than dropping the connection', async () => {
    const host = { host: `127.0.0.1:${bridge.port}`, 'x-lwu-token': bridge.token };
    // A package past the import's own limit (64 MiB) still arrives, base64-encoded, and the import answers for it
    // (here: no office is set up in this data folder).
    const pastLimit = JSON.stringify({ files: [{ fileName: 'big.lwusync', base64: Buffer.alloc(64 * 1024 * 1024 + 1).toString('base64') }], dryRun: false });
    const big = await post('sync.import', host, pastLimit);
    expect(big).toMatchObject({ status: 200, json: { ok: true, data: [{ ok: false, fileName: 'big.lwusync', error: { code: 'office.notInitialised' } }] } });
    const tooLarge = await post('sync.import', host, `{"files":[{"fileName":"x","base64":"${'A'.repeat(97 * 1024 * 1024)}"}],"dryRun":false}`);
    expect(tooLarge).toMatchObject({ status: 413, json: { ok: false, error: { code: 'bridge.tooLarge' } } });
  });

  it('refuses a request with no token', async () => {
    const r = await post('settings.get', {});
    expect(r.status).toBe(401);
    expect(r.json.error.code).toBe('bridge.badToken');
  });

  it('refuses a wrong token, even one of the right length', async () => {
    const wrong = bridge.token.replace(/./, (c) => (c === 'a' ? 'b' : 'a'));
    const r = await post('settings.setLanguage', { 'x-lwu-token': wrong }, '{"language":"en"}');
    expect(r.status).toBe(401);
    expect((await post('settings.get', { 'x-lwu-token': bridge.token })).json.data.language).toBe('lo');
  });

  it('refuses a foreign Origin even with the right token', async () => {
    const r = await post('settings.setLanguage', { 'x-lwu-token': bridge.token, origin: 'http://evil.example' }, '{"language":"en"}');
    expect(r.status).toBe(403);
    expect(r.json.error.code).toBe('bridge.badOrigin');
    expect((await post('settings.get', { 'x-lwu-token': bridge.token })).json.data.language).toBe('lo');
  });

  it('refuses a foreign Host name (DNS rebinding)', async () => {
    const r = await post('settings.get', { 'x-lwu-token': bridge.token, host: `evil.example:${bridge.port}` });
    expect(r.status).toBe(403);
    expect(r.json.error.code).toBe('bridge.badHost');
  });

  it('listens on 127.0.0.1 only', () => {
    expect(bridge.origin).toBe(`http://127.0.0.1:${bridge.port}`);
  });

  it('serves the UI with a strict Content Security Policy', async () => {
    const res = await fetch(`${bridge.origin}/`);
    expect(res.status).toBe(200);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).toContain("frame-ancestors 'none'");
  });
});
