/**
 * A minimal ustar writer and reader for the inside of a package. Tar, so that a person with only the `age`
 * and `tar` tools (and gunzip) can still read a package when LWU Desk cannot run; minimal, because a package
 * holds three small regular files and nothing else is accepted.
 */
const BLOCK = 512;

function octal(value: number, width: number): string {
  return `${value.toString(8).padStart(width - 1, '0')}\0`;
}

function header(name: string, size: number, mtime: number): Buffer {
  const h = Buffer.alloc(BLOCK);
  h.write(name, 0, 100, 'ascii');
  h.write(octal(0o644, 8), 100, 'ascii');
  h.write(octal(0, 8), 108, 'ascii');
  h.write(octal(0, 8), 116, 'ascii');
  h.write(octal(size, 12), 124, 'ascii');
  h.write(octal(mtime, 12), 136, 'ascii');
  h.write('        ', 148, 'ascii');
  h.write('0', 156, 'ascii');
  h.write('ustar\0', 257, 'ascii');
  h.write('00', 263, 'ascii');
  let sum = 0;
  for (const b of h) sum += b;
  h.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 'ascii');
  return h;
}

/**
 * A file's data may come in pieces (a body's gzip members), written one after the other: joining them first
 * would copy the body once more only to copy it again here.
 */
export interface TarFile {
  name: string;
  data: Buffer | readonly Buffer[];
}

export function writeTar(files: TarFile[], mtime = Math.floor(Date.now() / 1000)): Buffer {
  const parts: Buffer[] = [];
  for (const f of files) {
    const pieces = Buffer.isBuffer(f.data) ? [f.data] : f.data;
    const size = pieces.reduce((n, p) => n + p.length, 0);
    parts.push(header(f.name, size, mtime), ...pieces);
    const pad = (BLOCK - (size % BLOCK)) % BLOCK;
    if (pad) parts.push(Buffer.alloc(pad));
  }
  parts.push(Buffer.alloc(BLOCK * 2));
  return Buffer.concat(parts);
}

/** Returns the regular files, or null when this is not a well-formed tar of regular files. */
export function readTar(data: Uint8Array): Map<string, Buffer> | null {
  const buf = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  const files = new Map<string, Buffer>();
  let offset = 0;
  while (offset + BLOCK <= buf.length) {
    const h = buf.subarray(offset, offset + BLOCK);
    if (h.every((b) => b === 0)) return files;
    let sum = 0;
    for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 32 : h[i];
    if (Number.parseInt(h.toString('ascii', 148, 156).replace(/\0.*$/s, '').trim(), 8) !== sum) return null;
    if (h.toString('ascii', 156, 157) !== '0') return null;
    const name = h.toString('ascii', 0, 100).replace(/\0.*$/s, '');
    const size = Number.parseInt(h.toString('ascii', 124, 136).replace(/\0.*$/s, '').trim(), 8);
    if (!Number.isSafeInteger(size) || offset + BLOCK + size > buf.length || files.has(name)) return null;
    files.set(name, buf.subarray(offset + BLOCK, offset + BLOCK + size));
    offset += BLOCK + Math.ceil(size / BLOCK) * BLOCK;
  }
  return null;
}
