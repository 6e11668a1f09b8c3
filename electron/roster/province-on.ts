/**
 * A person's province on a day, as her transfers tell it, in SQL: where the last transfer on or before the
 * day took her; else where the first one after it took her from (she was still at her old post); else where
 * she is now. Null is central. The one rule for the one-province rule of teams and for a past month's report.
 */
import type { Knex } from 'knex';
import type { Db } from '../db/connection';

const live = 'tr.person_id = p.id and tr.deleted_at is null';

/** The expression, over a person aliased p, with the day bound twice. */
export function provinceOnSql(db: Db, day: string): Knex.Raw {
  return db.raw(
    `coalesce(
       (select json_object('p', tr.to_province_id) from transfer tr where ${live} and tr.transfer_date <= ? order by tr.transfer_date desc, tr.created_at desc limit 1),
       (select json_object('p', tr.from_province_id) from transfer tr where ${live} and tr.transfer_date > ? order by tr.transfer_date, tr.created_at limit 1),
       json_object('p', p.province_id)
     ) ->> 'p'`,
    [day, day],
  );
}

/** Her province on a day (null: central). */
export async function provinceOn(db: Db, personId: string, day: string): Promise<string | null> {
  const row = await db('person as p').where('p.id', personId).first(db.raw('? as province_id', [provinceOnSql(db, day)]));
  return row?.province_id ?? null;
}
