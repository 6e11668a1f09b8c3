/**
 * Writing a package to a folder the user names (a USB stick): the folder must already be there (a stick that
 * is not plugged in must not quietly become a new folder on the PC's own disk), failures of the disk become
 * sentences (not writable, full), and a failed write leaves nothing of this package behind in the folder.
 * The folder of the last package written is remembered for this computer only (local settings, never synced).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { ExportFolder } from '../../shared/api';
import { isAppError } from '../../shared/errors';
import type { Db } from '../db/connection';
import { getLocal, setLocal } from '../db/local-settings';
import { checkWritableFolder, folderError } from '../export/folder';
import { type ExportedPackage, exportPackage } from './export';
import { requireOffice } from './identity';
import type { KeyProtector } from './key-protector';

const FOLDER_KEY = 'sync.exportFolder';

const listing = (folder: string): Set<string> => {
  try {
    return new Set(fs.readdirSync(folder));
  } catch {
    return new Set();
  }
};

export async function exportToFolder(db: Db, protectors: KeyProtector[], opts: { to: string; folder: string }): Promise<ExportedPackage> {
  const folder = opts.folder;
  checkWritableFolder(folder);
  const office = await requireOffice(db);
  const before = listing(folder);
  try {
    const r = await exportPackage(db, protectors, { to: opts.to, dir: folder });
    await setLocal(db, FOLDER_KEY, folder);
    return r;
  } catch (e) {
    // The package was not recorded as sent: take away what this attempt left (a temporary file, or a file
    // that did not read back), so the stick holds only whole packages.
    const ours = `LWU_${office.code}_to_${opts.to}_`;
    for (const name of listing(folder)) {
      if (!before.has(name) && name.includes(ours)) fs.rmSync(path.join(folder, name), { force: true });
    }
    if (isAppError(e)) throw e;
    throw folderError(e, folder) ?? e;
  }
}

export async function lastExportFolder(db: Db): Promise<ExportFolder> {
  const folder = (await getLocal(db, FOLDER_KEY)) ?? null;
  let exists = false;
  try {
    exists = folder !== null && fs.statSync(folder).isDirectory();
  } catch {
    // not there now: the stick is not plugged in
  }
  return { folder, exists };
}
