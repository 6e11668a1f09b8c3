/**
 * Files written where the user says (a USB stick, a folder for reports): the file system's failures become
 * sentences, and a file is written under a temporary name, flushed, renamed and read back, so a stick pulled
 * too early or a power cut never leaves a half-written file under its real name.
 */
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/errors';

const errnoOf = (e: unknown): string | undefined => (e && typeof e === 'object' && 'code' in e ? String((e as { code: unknown }).code) : undefined);

/** The file system's reasons, as the user's words. Anything else stays an internal error. */
export function folderError(e: unknown, folder: string): AppError | null {
  switch (errnoOf(e)) {
    case 'ENOENT':
      return new AppError('sync.folderMissing', { folder });
    case 'ENOTDIR':
      return new AppError('sync.notAFolder', { folder });
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return new AppError('sync.folderNotWritable', { folder });
    case 'ENOSPC':
    case 'EDQUOT':
      return new AppError('sync.diskFull', { folder });
    case 'EIO':
      return new AppError('sync.writeFailed', { folder });
    default:
      return null;
  }
}

/** A folder the user named, there and writable, before anything is built for it. */
export function checkWritableFolder(folder: string): void {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(folder);
  } catch (e) {
    throw folderError(e, folder) ?? e;
  }
  if (!stat.isDirectory()) throw new AppError('sync.notAFolder', { folder });
  try {
    fs.accessSync(folder, fs.constants.W_OK);
  } catch (e) {
    throw folderError(e, folder) ?? e;
  }
}

/** Writes bytes to dir/name durably, then reads them back: a file is never left half written under its name. */
export function writeDurably(dir: string, name: string, bytes: Buffer): string {
  fs.mkdirSync(dir, { recursive: true });
  const final = path.join(dir, name);
  const temp = path.join(dir, `.${name}.${process.pid}.tmp`);
  const fd = fs.openSync(temp, 'w', 0o600);
  try {
    fs.writeSync(fd, bytes);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(temp, final);
  try {
    const dirFd = fs.openSync(dir, 'r');
    fs.fsyncSync(dirFd);
    fs.closeSync(dirFd);
  } catch {
    // Windows cannot open a folder to flush it; the rename itself is durable there.
  }
  if (!readsBackAs(final, bytes)) throw new AppError('sync.writeCheckFailed', { file: final });
  return final;
}

const READ_BACK_PIECE = 64 * 1024;

/**
 * The file holds exactly these bytes, read back a piece at a time: a second copy of a package in memory is
 * megabytes of fresh pages, which an old PC pays for in page faults.
 */
function readsBackAs(file: string, bytes: Buffer): boolean {
  const fd = fs.openSync(file, 'r');
  try {
    if (fs.fstatSync(fd).size !== bytes.length) return false;
    const piece = Buffer.allocUnsafe(READ_BACK_PIECE);
    for (let at = 0; at < bytes.length; ) {
      const n = fs.readSync(fd, piece, 0, Math.min(READ_BACK_PIECE, bytes.length - at), at);
      if (n === 0 || !piece.subarray(0, n).equals(bytes.subarray(at, at + n))) return false;
      at += n;
    }
    return true;
  } finally {
    fs.closeSync(fd);
  }
}
