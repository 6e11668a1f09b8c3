import { spawn } from 'node:child_process';

export type Ran = { status: number | null; stdout: Buffer; stderr: string };

/**
 * Runs a program in a child process without blocking the test's worker. A synchronous spawn holds the worker,
 * so a program that never ends cannot be stopped by the test's timeout: the whole run waits instead of
 * failing with the test's name. After `timeoutMs` the program is killed and its result says so.
 */
export function run(command: string, args: string[], opts: { input?: Buffer; env?: NodeJS.ProcessEnv; timeoutMs?: number } = {}): Promise<Ran> {
  const timeoutMs = opts.timeoutMs ?? 120_000;
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env: opts.env ?? process.env, stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    let killed = false;
    const timer = setTimeout(() => {
      killed = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.once('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.once('close', (status) => {
      clearTimeout(timer);
      const stderr = Buffer.concat(err).toString('utf8');
      resolve({ status, stdout: Buffer.concat(out), stderr: killed ? `${stderr}\n${command} was killed after ${timeoutMs / 1000} s` : stderr });
    });
    child.stdin.on('error', () => {}); // a program that exits without reading its input
    child.stdin.end(opts.input);
  });
}

/** A tool's standard output; a failure or a hang fails the test with what the tool printed. */
export async function tool(command: string, args: string[], opts: { input?: Buffer; timeoutMs?: number } = {}): Promise<Buffer> {
  const r = await run(command, args, opts);
  if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${r.status}: ${r.stderr}`);
  return r.stdout;
}
