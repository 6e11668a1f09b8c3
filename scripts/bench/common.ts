/** What the bench's parts share: a timer, and offices set up and enrolled as the app's screens would. */
import { type Backend, startBackend } from '../../electron/backend';
import { acceptRequest, completeEnrollment, createRequest } from '../../electron/sync/enrollment';
import { initOffice } from '../../electron/sync/identity';

/** The middle value: each figure is the median of several runs, as single runs on a shared PC vary by half. */
export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** How long fn took, in milliseconds, and what it returned. */
export async function timed<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const start = process.hrtime.bigint();
  const out = await fn();
  return [Number(process.hrtime.bigint() - start) / 1e6, out];
}

/** How long fn took, in milliseconds. */
export async function elapsed(fn: () => Promise<unknown>): Promise<number> {
  return (await timed(fn))[0];
}

/** An office in its own data folder: central for LA-CENTRAL, a province otherwise. */
export async function benchOffice(code: string, dataDir: string): Promise<Backend> {
  const backend = await startBackend({ dataDir, transport: 'cli' });
  await initOffice(backend.ctx.db, backend.ctx.keyProtectors[0], { code, level: code === 'LA-CENTRAL' ? 'central' : 'provincial', name: code });
  return backend;
}

/** The enrollment round trip between central and a province. */
export async function enrollBench(central: Backend, province: Backend): Promise<void> {
  const reply = await acceptRequest(central.ctx.db, central.ctx.keyProtectors, (await createRequest(province.ctx.db, province.ctx.keyProtectors)).fileText);
  await completeEnrollment(province.ctx.db, reply.fileText);
}
