/**
 * Names a person recognises for the records sync talks about (a conflict is "Anong's phone", not a table and
 * a UUID): a row's own Lao and English name, a session's title, or for a row that belongs to another (a
 * qualification, a team membership, a session's attendance) the name of the record it belongs to.
 */
import { isReplicatedTable, replicationScope } from '../../shared/replication';
import { recordTitles } from '../calendar/labels';
import type { Db } from '../db/connection';

export interface RecordLabel {
  table: string;
  rowId: string;
  nameLo: string;
  nameEn: string;
}

/** Rows that hang under a person rather than under their replication parent. */
const personOwned: Record<string, string> = { transfer: 'person_id', qualification: 'person_id', team_member: 'person_id', session_attendee: 'person_id' };

/** The record a row is best known by: itself, or the one it belongs to. */
async function owner(db: Db, table: string, rowId: string): Promise<{ table: string; rowId: string } | null> {
  if (!isReplicatedTable(table)) return null;
  const scope = replicationScope[table];
  const [column, parent] = personOwned[table] ? [personOwned[table], 'person'] : scope.kind === 'parent' ? [scope.column, scope.table] : [null, table];
  if (!column) return { table, rowId };
  const row = await db(table).where({ id: rowId }).first(column);
  return row?.[column] ? { table: parent, rowId: row[column] } : null;
}

export async function recordLabel(db: Db, table: string, rowId: string): Promise<RecordLabel | null> {
  const o = await owner(db, table, rowId);
  if (!o) return null;
  const row = await db(o.table).where({ id: o.rowId }).first();
  if (!row) return null;
  if (o.table === 'session') {
    const t = (await recordTitles(db, [row])).get(row.id)!;
    return { ...o, nameLo: t.titleLo, nameEn: t.titleEn };
  }
  if (typeof row.name_lo !== 'string') return null;
  return { ...o, nameLo: row.name_lo, nameEn: row.name_en ?? '' };
}
