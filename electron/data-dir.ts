import os from 'node:os';
import path from 'node:path';

export const productName = 'LWU Desk';

/**
 * The folder Electron's app.getPath('userData') gives for this product, computed without Electron so the
 * CLI and the web bridge open the same database as the desktop app by default.
 */
export function defaultDataDir(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env): string {
  const home = os.homedir();
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), productName);
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', productName);
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), productName);
}

/** --data-dir wins over LWU_DATA_DIR, which wins over the OS default. */
export function resolveDataDir(option?: string, env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(option ?? env.LWU_DATA_DIR ?? defaultDataDir());
}
