import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..', '..');

function sources(dir: string): string[] {
  return fs.readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(ts|tsx)$/.test(f))
    .map((f) => path.join(dir, f));
}

const importsOf = (file: string) => [...fs.readFileSync(path.join(root, file), 'utf8').matchAll(/from '([^']+)'|import\('([^']+)'\)/g)].map((m) => m[1] ?? m[2]);

describe('process boundaries (DESIGN.md section 1)', () => {
  it('imports electron only in main.ts, preload.ts and ipc.ts', () => {
    const allowed = ['electron/main.ts', 'electron/preload.ts', 'electron/ipc.ts'];
    const offenders = [...sources('electron'), ...sources('shared'), ...sources('renderer/src')]
      .filter((f) => !allowed.includes(f))
      .filter((f) => importsOf(f).some((i) => i === 'electron' || i.startsWith('electron/')));
    expect(offenders, 'these files import electron, so they could not run or be tested under plain Node').toEqual([]);
  });

  it('keeps shared/ free of Node modules, so it runs in the renderer too', () => {
    const offenders = sources('shared').filter((f) => importsOf(f).some((i) => i.startsWith('node:') || ['fs', 'path', 'os', 'crypto'].includes(i)));
    expect(offenders).toEqual([]);
  });

  it('lets the renderer reach the backend only through the api client', () => {
    const offenders = sources('renderer/src').filter((f) => importsOf(f).some((i) => i.includes('/electron/')));
    expect(offenders).toEqual([]);
  });
});
