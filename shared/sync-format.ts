/**
 * The lwu-sync/1 package format (DESIGN.md section 3), as data both sides can check: the manifest, the
 * change messages of the body, and the file name. Pure, so the renderer can show a package's facts and the
 * rules are tested without a database.
 */
import { z } from 'zod';
import { isPackedHlc } from './hlc';
import type { ChangeMessage } from './merge';
import { isReplicatedColumn } from './replication';
import { todayIso } from './roster-rules';

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
    // Which install of the sender wrote it (a PC restored from the key backup is a new install of the same
    // office, numbering its packages from 1 again). Absent only in packages from before installs were told apart.
    install: z.string().uuid().optional(),
  })
  .strict();
export type Manifest = z.infer<typeof manifestSchema>;

const MESSAGE_KEYS = ['column', 'hlc', 'rowId', 'table', 'value'];

/**
 * One change message of the body, checked by hand rather than by a zod schema: a package holds up to a
 * million of them, and this check is most of the cost of reading one. Returns null when it is not valid.
 */
export function parseMessage(raw: unknown): ChangeMessage | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const m = raw as Record<string, unknown>;
  const keys = Object.keys(m);
  if (keys.length !== MESSAGE_KEYS.length || !MESSAGE_KEYS.every((k) => k in m)) return null;
  const { table, rowId, column, value, hlc } = m;
  if (typeof table !== 'string' || typeof column !== 'string' || typeof rowId !== 'string' || rowId.length < 1 || rowId.length > 36) return null;
  if (!(value === null || typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value)))) return null;
  if (!isPackedHlc(hlc)) return null;
  // Exactly the five keys, each checked: the object itself is the message, and a package's worth of copies
  // would only be garbage to collect.
  return m as unknown as ChangeMessage;
}

export function isWhitelisted(m: { table: string; column: string }): boolean {
  return isReplicatedColumn(m.table, m.column);
}

/**
 * The offices a package's file name gives (packageFileName), or null for a name not written that way. Only a
 * hint, for messages: a file can be renamed, and only the manifest inside is checked.
 */
export function namedOffices(fileName: string): { from: string; to: string } | null {
  const m = /^LWU_(LA-[A-Z]{2,7})_to_(LA-[A-Z]{2,7})_\d+_\d{8}(?: \(\d+\))?\.lwusync$/.exec(fileName);
  return m ? { from: m[1]!, to: m[2]! } : null;
}

/** LWU_<from>_to_<to>_<seq>_<date>.lwusync; date is the UTC day the package was written. */
export function packageFileName(m: Pick<Manifest, 'from' | 'to' | 'seq' | 'created'>): string {
  return `LWU_${m.from}_to_${m.to}_${String(m.seq).padStart(6, '0')}_${fileDate(new Date(m.created))}.lwusync`;
}

/**
 * The day a file was written, as the office's own calendar reads it (YYYYMMDD): in Laos (UTC+7) a package
 * written before 7 in the morning carried the day before in its name when this was the UTC date.
 */
export const fileDate = (at: Date): string => todayIso(at).replaceAll('-', '');

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
