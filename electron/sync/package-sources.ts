/**
 * Where packages to import come from: uploaded bytes (the browser), or paths (the desktop app and the CLI),
 * where a folder means every package in it, in name order, which is seq order for each sender.
 */
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/errors';

export interface PackageSource {
  fileName: string;
  read(): Buffer;
}

export function sourcesFromPaths(paths: string[]): PackageSource[] {
  return paths.flatMap((p) => {
    if (!fs.existsSync(p)) throw new AppError('sync.fileNotFound', { file: p });
    const files = fs.statSync(p).isDirectory()
      ? fs.readdirSync(p).filter((f) => f.endsWith('.lwusync')).sort().map((f) => path.join(p, f))
      : [p];
    return files.map((f) => ({ fileName: path.basename(f), read: () => fs.readFileSync(f) }));
  });
}

export function sourcesFromUploads(files: Array<{ fileName: string; base64: string }>): PackageSource[] {
  return files.map((f) => ({ fileName: path.basename(f.fileName), read: () => Buffer.from(f.base64, 'base64') }));
}
