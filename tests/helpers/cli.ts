import { spawnSync } from 'node:child_process';
import path from 'node:path';

const bin = path.resolve(import.meta.dirname, '..', '..', 'bin', 'lwu.mjs');

/** Runs the real `lwu` command in a child process, as a user or a script would. */
export function lwu(dataDir: string | null, args: string[], env: NodeJS.ProcessEnv = {}) {
  const dirArgs = dataDir === null ? [] : ['--data-dir', dataDir];
  const r = spawnSync(process.execPath, [bin, ...dirArgs, ...args], {
    encoding: 'utf8',
    env: { ...process.env, LWU_DATA_DIR: '', ...env },
    timeout: 120_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
