/**
 * Reference data that every office shares (curriculum, districts, holidays) is maintained by central: an edit
 * made in a province would spread to every office with the next packages and could never be told apart from
 * central's. An install with no office chosen yet is treated as central's, so a fresh or demo install can be
 * tried out fully.
 */
import { AppError } from '../../shared/errors';
import type { Db } from '../db/connection';
import { getOffice } from '../sync/identity';

export async function maintainsReference(db: Db): Promise<boolean> {
  const office = await getOffice(db);
  return office === null || office.level === 'central';
}

export async function assertMaintainsReference(db: Db): Promise<void> {
  if (!(await maintainsReference(db))) throw new AppError('reference.centralOnly');
}
