import type { Db } from '../db/connection';
import { insertRows, restore, softDelete } from '../sync/write-path';

type LinkTable = 'session_module' | 'session_facilitator' | 'session_attendee' | 'session_village';

/**
 * Makes a session's links in one child table exactly `ids`: links no longer wanted get a tombstone, links
 * wanted again are restored rather than duplicated, new ones are inserted. Each is a change message, so the
 * other offices converge on the same set.
 */
export async function setLinks(db: Db, table: LinkTable, column: string, sessionId: string, ids: string[]): Promise<{ added: string[]; removed: string[] }> {
  const wanted = new Set(ids);
  const existing = await db(table).where({ session_id: sessionId });
  const added: string[] = [];
  const removed: string[] = [];
  for (const row of existing) {
    const value = row[column] as string;
    if (row.deleted_at === null && !wanted.has(value)) {
      await softDelete(db, table, row.id);
      removed.push(value);
    } else if (row.deleted_at !== null && wanted.has(value) && !existing.some((r) => r[column] === value && r.deleted_at === null)) {
      await restore(db, table, row.id);
      added.push(value);
    }
    wanted.delete(value);
  }
  await insertRows(db, table, [...wanted].map((v) => ({ session_id: sessionId, [column]: v })));
  return { added: [...added, ...wanted], removed };
}
