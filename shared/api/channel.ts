import { z } from 'zod';

/** Declares a channel: the runtime input schema, and the output as a type only. */
export function channel<I extends z.ZodType, O>(input: I) {
  return { input } as { input: I; output?: O };
}

export const empty = z.object({}).strict();
export type Empty = typeof empty;
