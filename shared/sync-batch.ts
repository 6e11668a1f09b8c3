/**
 * What a stick's packages say about each other once they are checked or imported together: a file that is the
 * same package as an earlier one in the choice (a copy, or a renamed file), and, for each, the packages still
 * missing from its sender less those in the same choice, which the import brings in turn.
 */
import type { ImportOutcome } from './api/sync';

export interface BatchNotes {
  /** the earlier file in the choice that is this same package */
  sameAs: string | null;
  missing: number[];
}

export function batchNotes(outcomes: ImportOutcome[]): BatchNotes[] {
  const inChoice = new Map<string, Set<number>>();
  for (const o of outcomes) if (o.ok) (inChoice.get(o.summary.from) ?? inChoice.set(o.summary.from, new Set()).get(o.summary.from)!).add(o.summary.seq);
  const first = new Map<string, string>();
  return outcomes.map((o) => {
    if (!o.ok) return { sameAs: null, missing: [] };
    const { from, seq, fileName, missing } = o.summary;
    const key = `${from}/${seq}`;
    const sameAs = first.get(key) ?? null;
    if (!sameAs) first.set(key, fileName);
    return { sameAs, missing: missing.filter((n) => !inChoice.get(from)!.has(n)) };
  });
}
