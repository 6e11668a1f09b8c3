import { describe, expect, it } from 'vitest';
import type { ImportOutcome } from '../../shared/api';
import { batchNotes } from '../../shared/sync-batch';

const ok = (fileName: string, from: string, seq: number, status: 'imported' | 'alreadyImported' | 'dryRun', missing: number[] = []): ImportOutcome => ({
  ok: true,
  summary: { fileName, from, seq, status, messages: 1, added: 0, changed: 0, conflicts: 0, ack: 0, missing, earlierInstall: false },
});

describe('packages checked or imported together', () => {
  it('names the earlier file of the same package, a copy or a renamed file', () => {
    const notes = batchNotes([ok('LWU_LA-CENTRAL_to_LA-BL_000001_20261129.lwusync', 'LA-CENTRAL', 1, 'dryRun'), ok('from central (1).lwusync', 'LA-CENTRAL', 1, 'alreadyImported')]);
    expect(notes.map((n) => n.sameAs)).toEqual([null, 'LWU_LA-CENTRAL_to_LA-BL_000001_20261129.lwusync']);
  });

  it('does not list as missing a package of the same sender in the same choice, whichever order they came in', () => {
    const notes = batchNotes([
      ok('a.lwusync', 'LA-CENTRAL', 1, 'imported', [2]),
      ok('b.lwusync', 'LA-CENTRAL', 2, 'imported'),
      ok('c.lwusync', 'LA-CENTRAL', 5, 'imported', [3, 4]),
      ok('d.lwusync', 'LA-BL', 3, 'imported', [2]),
      { ok: false, fileName: 'e.lwusync', error: { code: 'sync.damaged', params: {} } },
    ]);
    expect(notes.map((n) => n.missing)).toEqual([[], [], [3, 4], [2], []]);
  });
});
