/**
 * The lwu-sync/1 package format (DESIGN.md section 3), as data both sides can check: the manifest, the
 * change messages of the body, and the file name. Pure, so the renderer can show a package's facts and the
 * rules are tested without a database.
 */
import { z } from 'zod';
import { isPackedHlc } from './hlc';
import { isReplicatedColumn } from './replication';

export const SYNC_FORMAT = 'lwu-sync/1';
export const CENTRAL_CODE = 'LA-CENTRAL';

/** A province office's code is its ISO 3166-2:LA code (LA-BL); central is LA-CENTRAL. */
export const officeCodeSchema = z.string().regex(/^LA-[A-Z]{2,7}$/);
export const officeLevelSchema = z.enum(['central', 'provincial']);
export type OfficeLevel = z.infer<typeof officeLevelSchema>;

export const manifestSchema = z
  .object({
    format: z.string(),
    from: officeCodeSchema,
    to: officeCodeSchema,
    seq: z.number().int().positive(),
    created: z.string(),
    ack: z.number().int().nonnegative(),
    counts: z.object({ messages: z.number().int().nonnegative(), bodyBytes: z.number().int().nonnegative() }).strict(),
    bodySha256: z.string().regex(/^[0-9a-f]{64}$/),
    minAppVersion: z.string().regex(/^\d+\.\d+\.\d+$/),
    minSchemaVersion: z.string(),
  })
  .strict();
export type Manifest = z.infer<typeof manifestSchema>;

const fieldValue = z.union([z.string(), z.number(), z.boolean(), z.null()]);

/** One change message of the body. The whitelist check is part of the schema: nothing else can be written. */
export const messageSchema = z
  .object({
    table: z.string(),
    rowId: z.string().min(1).max(36),
    column: z.string(),
    value: fieldValue,
    hlc: z.string().refine(isPackedHlc, 'not a clock value'),
  })
  .strict();

export function isWhitelisted(m: { table: string; column: string }): boolean {
  return isReplicatedColumn(m.table, m.column);
}

/** LWU_<from>_to_<to>_<seq>_<date>.lwusync; date is the UTC day the package was written. */
export function packageFileName(m: Pick<Manifest, 'from' | 'to' | 'seq' | 'created'>): string {
  return `LWU_${m.from}_to_${m.to}_${String(m.seq).padStart(6, '0')}_${m.created.slice(0, 10).replaceAll('-', '')}.lwusync`;
}

/** Compares dotted versions (1.10.0 > 1.9.3). */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d < 0 ? -1 : 1;
  }
  return 0;
}
