import type { Channel, ChannelOutput, ParsedInput } from '../shared/api';
import { channels } from '../shared/api';
import type { AppContext } from './context';

export type Handler<C extends Channel> = (input: ParsedInput<C>, ctx: AppContext) => Promise<ChannelOutput<C>>;
export type Handlers = { [C in Channel]: Handler<C> };
export type DomainHandlers = Partial<Handlers>;

/**
 * Joins each domain's handlers into the one table the dispatcher uses. A channel claimed twice, or one
 * in shared/api.ts with no handler, stops the app at start rather than failing when a user clicks.
 */
export function combineHandlers(...domains: DomainHandlers[]): Handlers {
  const all: Partial<Record<Channel, unknown>> = {};
  for (const d of domains) {
    for (const name of Object.keys(d) as Channel[]) {
      if (name in all) throw new Error(`channel ${name} has two handlers`);
      all[name] = d[name];
    }
  }
  const missing = channels.filter((c) => !(c in all));
  if (missing.length > 0) throw new Error(`channels without a handler: ${missing.join(', ')}`);
  return all as Handlers;
}
