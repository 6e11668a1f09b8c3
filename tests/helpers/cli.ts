import path from 'node:path';
import { run } from './processes';

const bin = path.resolve(import.meta.dirname, '..', '..', 'bin', 'lwu.mjs');

/** Runs the real `lwu` command in a child process, as a user or a script would. */
export async function lwu(dataDir: string | null, args: string[], env: NodeJS.ProcessEnv = {}) {
  const dirArgs = dataDir === null ? [] : ['--data-dir', dataDir];
  const r = await run(process.execPath, [bin, ...dirArgs, ...args], { env: { ...process.env, LWU_DATA_DIR: '', ...env } });
  return { status: r.status, stdout: r.stdout.toString('utf8'), stderr: r.stderr };
}
