import type { Knex } from 'knex';
import { AppError } from '../../shared/errors';

/**
 * PRAGMA quick_check at every start: a file damaged by a power cut or a bad USB copy must stop the app with
 * a message that names the file, not start silently and spread the damage through sync.
 */
export async function checkIntegrity(db: Knex, file: string): Promise<void> {
  let rows: Array<{ quick_check: string }>;
  try {
    rows = await db.raw('PRAGMA quick_check');
  } catch (e) {
    throw new AppError('db.damaged', { file, detail: e instanceof Error ? e.message : String(e) });
  }
  const problems = rows.map((r) => r.quick_check).filter((r) => r !== 'ok');
  if (problems.length > 0) throw new AppError('db.damaged', { file, detail: problems.slice(0, 5).join('; ') });
}
