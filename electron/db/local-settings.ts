import type { Db } from './connection';

/** Settings of this install only. They are never replicated and no sync package can write them. */
export async function getLocal(db: Db, key: string): Promise<string | undefined> {
  const row = await db('local_setting').where({ key }).first('value');
  return row?.value;
}

export async function setLocal(db: Db, key: string, value: string): Promise<void> {
  await db('local_setting').insert({ key, value }).onConflict('key').merge();
}
