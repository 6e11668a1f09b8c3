/** `npm run web`: the real backend and the built UI in the default browser, for machines without Electron. */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { startBackend } from './backend';
import { resolveDataDir } from './data-dir';
import { describeStartupError } from './startup-error';
import { startWebBridge } from './web-bridge';

const here = path.dirname(fileURLToPath(import.meta.url));

function openInBrowser(url: string): void {
  if (process.env.CI || process.env.BROWSER === 'none') return;
  const [cmd, args] =
    process.platform === 'win32' ? ['cmd', ['/c', 'start', '""', url]] : process.platform === 'darwin' ? ['open', [url]] : ['xdg-open', [url]];
  const child = spawn(cmd, args as string[], { stdio: 'ignore', detached: true });
  child.on('error', () => undefined); // no browser on this machine: the printed URL is enough
  child.unref();
}

async function main(): Promise<void> {
  const opts = new Command()
    .name('lwu-web')
    .option('--data-dir <dir>', 'data folder (default: LWU_DATA_DIR, then the desktop app’s folder)')
    .option('--port <port>', 'port on 127.0.0.1 (default: a free one)', (v) => Number.parseInt(v, 10))
    .parse()
    .opts<{ dataDir?: string; port?: number }>();
  const dataDir = resolveDataDir(opts.dataDir);
  const backend = await startBackend({ dataDir, transport: 'http' });
  const bridge = await startWebBridge({
    dispatch: backend.dispatch,
    staticDir: path.resolve(here, '..', 'dist', 'renderer'),
    port: opts.port,
  });
  console.log(`LWU Desk data folder: ${dataDir}`);
  console.log(`LWU Desk is running at ${bridge.url}`);
  openInBrowser(bridge.url);
  const stop = async () => {
    await bridge.close();
    await backend.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e) => {
  console.error(describeStartupError(e));
  process.exit(1);
});
