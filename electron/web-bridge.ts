/**
 * The same handlers as the Electron IPC adapter, over HTTP on 127.0.0.1 only: for Playwright tests in a real
 * browser, and for `npm run web` where Electron cannot run. Every API request needs the random per-launch
 * token, and the Host and Origin headers must name this loopback server, so neither another program's web
 * page (CSRF) nor a DNS-rebinding attack can reach the database.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Dispatch } from './dispatcher';
import { contentSecurityPolicy } from './security';

export const TOKEN_HEADER = 'x-lwu-token';
/**
 * A request carries a spreadsheet or the sync packages of a stick, base64-encoded (a third larger): room for the
 * largest package the import accepts (64 MiB), so that a package too large is refused by the import itself,
 * with its own message, and anything larger still gets an answer rather than a dropped connection.
 */
const MAX_BODY_BYTES = 96 * 1024 * 1024;

class BodyTooLarge extends Error {}

export interface WebBridge {
  url: string;
  origin: string;
  token: string;
  port: number;
  close(): Promise<void>;
}

const mimeTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

function sameToken(given: string | undefined, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function send(res: http.ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(text);
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (c: Buffer) => {
      // Past the limit, read on without keeping anything, so that the answer reaches a browser still sending.
      if (tooLarge) return;
      size += c.length;
      if (size <= MAX_BODY_BYTES) return void chunks.push(c);
      tooLarge = true;
      chunks.length = 0;
      reject(new BodyTooLarge());
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function serveStatic(staticDir: string, urlPath: string, res: http.ServerResponse): void {
  const root = path.resolve(staticDir);
  let rel = decodeURIComponent(urlPath.split('?')[0]);
  if (rel === '/' || rel === '') rel = '/index.html';
  let file = path.resolve(root, `.${rel}`);
  if (!file.startsWith(root + path.sep)) {
    res.writeHead(403).end();
    return;
  }
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) file = path.join(root, 'index.html');
  if (!fs.existsSync(file)) {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('The UI is not built: run npm run build.');
    return;
  }
  const headers: Record<string, string> = {
    'content-type': mimeTypes[path.extname(file)] ?? 'application/octet-stream',
    'content-security-policy': contentSecurityPolicy,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'x-frame-options': 'DENY',
    'cache-control': file.endsWith('index.html') ? 'no-store' : 'max-age=3600',
  };
  res.writeHead(200, headers);
  fs.createReadStream(file).pipe(res);
}

export async function startWebBridge(opts: { dispatch: Dispatch; staticDir: string; port?: number; token?: string }): Promise<WebBridge> {
  const token = opts.token ?? randomBytes(24).toString('base64url');
  let port = 0;
  const allowedHosts = () => [`127.0.0.1:${port}`, `localhost:${port}`];

  const server = http.createServer(async (req, res) => {
    try {
      // DNS rebinding: a foreign name resolving to 127.0.0.1 still sends its own Host.
      if (!allowedHosts().includes(req.headers.host ?? '')) return send(res, 403, { ok: false, error: { code: 'bridge.badHost', params: {} } });
      const url = req.url ?? '/';
      if (!url.startsWith('/api/')) {
        if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, { ok: false, error: { code: 'bridge.method', params: {} } });
        return serveStatic(opts.staticDir, url, res);
      }
      const origin = req.headers.origin;
      if (origin !== undefined && !allowedHosts().map((h) => `http://${h}`).includes(origin)) {
        return send(res, 403, { ok: false, error: { code: 'bridge.badOrigin', params: {} } });
      }
      const given = req.headers[TOKEN_HEADER];
      if (!sameToken(Array.isArray(given) ? given[0] : given, token)) {
        return send(res, 401, { ok: false, error: { code: 'bridge.badToken', params: {} } });
      }
      if (req.method !== 'POST') return send(res, 405, { ok: false, error: { code: 'bridge.method', params: {} } });
      let input: unknown;
      try {
        const body = await readBody(req);
        input = body.length === 0 ? {} : JSON.parse(body);
      } catch (e) {
        if (e instanceof BodyTooLarge) return send(res, 413, { ok: false, error: { code: 'bridge.tooLarge', params: { limitMb: MAX_BODY_BYTES / 1024 / 1024 } } });
        return send(res, 400, { ok: false, error: { code: 'bridge.badBody', params: {} } });
      }
      const channel = decodeURIComponent(url.slice('/api/'.length).split('?')[0]);
      return send(res, 200, await opts.dispatch(channel, input));
    } catch (e) {
      console.error(e);
      if (!res.headersSent) send(res, 500, { ok: false, error: { code: 'internal', params: {} } });
    }
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}/?token=${token}`,
    origin,
    token,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
