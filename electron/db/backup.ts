import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/errors';
import type { Db } from './connection';

/**
 * A restored backup numbers its packages from where it was copied, numbers central may have received since from
 * this PC: so the copy is a new install of the office, which enrolls again (README, key loss) and which central
 * tells apart from packages this PC writes after the copy.
 */
async function makeNewInstall(db: Db, copy: string): Promise<void> {
  // One pooled connection: the three statements run on the same one.
  await db.raw('ATTACH ? AS copy', [copy]);
  try {
    await db.raw('UPDATE copy.sync_office SET install_id = ?', [randomUUID()]);
  } finally {
    await db.raw('DETACH copy');
  }
}

/**
 * A consistent copy of the database, taken while the app may be writing: VACUUM INTO reads one snapshot.
 * It goes to a temporary name and is renamed only once complete, so a full USB stick or a pulled cable
 * never leaves a half-written file under the backup's name.
 */
export async function backupDatabase(db: Db, out: string): Promise<{ file: string; bytes: number }> {
  const target = path.resolve(out);
  if (fs.existsSync(target)) throw new AppError('backup.exists', { file: target });
  const temp = `${target}.partial`;
  fs.rmSync(temp, { force: true });
  try {
    await db.raw('VACUUM INTO ?', [temp]);
    await makeNewInstall(db, temp);
    fs.renameSync(temp, target);
  } catch (e) {
    fs.rmSync(temp, { force: true });
    throw new AppError('backup.failed', { file: target, reason: e instanceof Error ? e.message : String(e) });
  }
  return { file: target, bytes: fs.statSync(target).size };
}
