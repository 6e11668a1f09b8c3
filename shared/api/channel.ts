import { z } from 'zod';

/** Declares a channel: the runtime input schema, and the output as a type only. */
export function channel<I extends z.ZodType, O>(input: I) {
  return { input } as { input: I; output?: O };
}

export const empty = z.object({}).strict();
export type Empty = typeof empty;

/** The same declaration with the input type inferred: takes(schema).returns<Output>(). */
export function takes<I extends z.ZodType>(input: I) {
  return { returns: <O>() => channel<I, O>(input) };
}
