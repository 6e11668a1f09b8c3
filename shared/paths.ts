/**
 * A folder or file the user names for the backend to write to or show. Only absolute paths: a relative one
 * would resolve against wherever the backend happened to start, which no user can see. Both Windows forms
 * (E:\, E:/, \\server\share) and POSIX ones are accepted, whatever system the check runs on: the backend's own
 * file system then says whether the place exists.
 */
import { z } from 'zod';

export function isAbsolutePath(p: string): boolean {
  return /^[A-Za-z]:[\\/]/.test(p) || /^\\\\[^\\/]+[\\/][^\\/]+/.test(p) || p.startsWith('/');
}

export const absolutePathSchema = z
  .string()
  .trim()
  .min(1)
  .max(1000)
  // eslint-disable-next-line no-control-regex
  .refine((p) => !/[\u0000-\u001f]/.test(p), 'validation.absolutePath')
  .refine(isAbsolutePath, 'validation.absolutePath');
