/**
 * Many rows in few statements: one multi-row INSERT ... VALUES (portable: SQLite 3.24+ and PostgreSQL), with an
 * optional upsert. knex's SQLite dialect writes a multi-row insert as a compound SELECT, which SQLite caps at
 * 500 rows and which costs more to build than to run; sync import writes hundreds of thousands of rows.
 */
import type { Db } from './connection';

/** SQLite allows 32,766 bound variables per statement; stay below it. */
const MAX_VARIABLES = 30_000;

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

export async function insertValues(
  db: Db,
  table: string,
  columns: string[],
  rows: unknown[][],
  upsert?: { conflict: string[]; merge: string[] },
): Promise<void> {
  const perStatement = Math.max(1, Math.floor(MAX_VARIABLES / columns.length));
  const tuple = `(${columns.map(() => '?').join(',')})`;
  const head = `insert into ${quote(table)} (${columns.map(quote).join(',')}) values `;
  const tail = upsert
    ? ` on conflict (${upsert.conflict.map(quote).join(',')}) do update set ${upsert.merge.map((c) => `${quote(c)} = excluded.${quote(c)}`).join(', ')}`
    : '';
  for (let i = 0; i < rows.length; i += perStatement) {
    const part = rows.slice(i, i + perStatement);
    await db.raw(head + Array(part.length).fill(tuple).join(',') + tail, part.flat() as never[]);
  }
}
