import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { DesktopPort } from '../../electron/desktop/port';
import { insertRow } from '../../electron/sync/write-path';
import type { ExportFolder, ExportResult, SyncStatus } from '../../shared/api';
import type { ApiError } from '../../shared/errors';
import { createI18n, translateError } from '../../shared/i18n';
import { type Office, enroll, openOffice, person } from '../helpers/offices';
import { tempDir } from '../helpers/temp-dir';

let central: Office;
let bl: Office;
beforeAll(async () => {
  [central, bl] = [await openOffice('LA-CENTRAL'), await openOffice('LA-BL')];
  await enroll(central, bl);
  await insertRow(bl.db, 'person', person('LA-BL', 'ນາງ ສົ່ງ'));
});
afterAll(async () => {
  await central.backend.close();
  await bl.backend.close();
});
afterEach(() => {
  vi.restoreAllMocks();
});

async function call<T>(o: Office, channel: string, input: unknown): Promise<T> {
  const r = await o.backend.dispatch(channel, input);
  if (!r.ok) throw new Error(`${channel}: ${JSON.stringify(r.error)}`);
  return r.data as T;
}

async function refusal(o: Office, channel: string, input: unknown): Promise<ApiError> {
  const r = await o.backend.dispatch(channel, input);
  if (r.ok) throw new Error(`${channel} should have been refused, but it returned ${JSON.stringify(r.data)}`);
  return r.error;
}

const lastSent = async () => (await call<SyncStatus>(bl, 'sync.status', {})).peers[0].lastSent?.seq ?? 0;
const say = (e: ApiError, lang: 'lo' | 'en') => translateError(createI18n(lang).t, e);

describe('"Prepare package" into a folder the user names (a USB stick)', () => {
  it('writes the package into that folder and remembers the folder for this computer', async () => {
    expect(await call<ExportFolder>(bl, 'sync.exportFolder', {}), 'nothing remembered yet').toEqual({ folder: null, exists: false });
    const stick = tempDir('lwu-usb');
    const r = await call<ExportResult>(bl, 'sync.export', { to: 'LA-CENTRAL', folder: stick });
    expect(r.path).toBe(path.join(stick, r.fileName));
    expect(r.fileName).toMatch(/^LWU_LA-BL_to_LA-CENTRAL_000001_\d{8}\.lwusync$/);
    expect(fs.readdirSync(stick), 'the package and nothing else').toEqual([r.fileName]);
    expect(fs.readFileSync(r.path!).equals(Buffer.from(r.base64, 'base64'))).toBe(true);
    expect(await call<ExportFolder>(bl, 'sync.exportFolder', {})).toEqual({ folder: stick, exists: true });
    fs.rmSync(stick, { recursive: true });
    expect(await call<ExportFolder>(bl, 'sync.exportFolder', {}), 'the stick is unplugged').toEqual({ folder: stick, exists: false });
  });

  it('refuses a relative path with a translated message', async () => {
    const e = await refusal(bl, 'sync.export', { to: 'LA-CENTRAL', folder: 'usb/packages' });
    expect(e.code).toBe('api.invalidInput');
    expect(say(e, 'en')).toBe('Give the full path of a folder, such as E:\\ or /media/usb.');
    expect(say(e, 'lo')).toContain('ເສັ້ນທາງເຕັມ');
    expect((await refusal(bl, 'desktop.revealInFolder', { path: 'LWU_x.lwusync' })).code).toBe('api.invalidInput');
  });

  it('refuses a missing folder (a stick not plugged in) without creating it or marking anything sent', async () => {
    const before = await lastSent();
    const missing = path.join(tempDir('lwu-usb'), 'E-drive-not-plugged-in');
    const e = await refusal(bl, 'sync.export', { to: 'LA-CENTRAL', folder: missing });
    expect(e).toEqual({ code: 'sync.folderMissing', params: { folder: missing } });
    expect(say(e, 'en')).toBe(`The folder ${missing} does not exist. Plug in the USB stick, or choose another folder.`);
    expect(say(e, 'lo')).toContain(`ບໍ່ມີໂຟນເດີ ${missing}`);
    expect(fs.existsSync(missing), 'not created on the PC’s own disk').toBe(false);
    expect(await lastSent()).toBe(before);

    const file = path.join(tempDir('lwu-usb'), 'a-file');
    fs.writeFileSync(file, 'x');
    expect((await refusal(bl, 'sync.export', { to: 'LA-CENTRAL', folder: file })).code).toBe('sync.notAFolder');
  });

  it('says the disk is full, leaves no half-written file, and the same package is written next time', async () => {
    const stick = tempDir('lwu-usb-full');
    const before = await lastSent();
    const real = fs.writeSync;
    vi.spyOn(fs, 'writeSync').mockImplementation(((fd: number, buffer: Buffer) => {
      real(fd, buffer.subarray(0, 100)); // part of it reaches the stick, then it is full
      throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    }) as unknown as typeof fs.writeSync);
    const e = await refusal(bl, 'sync.export', { to: 'LA-CENTRAL', folder: stick });
    vi.restoreAllMocks();
    expect(e).toEqual({ code: 'sync.diskFull', params: { folder: stick } });
    expect(say(e, 'en')).toContain('is full');
    expect(say(e, 'lo')).toContain('ເຕັມແລ້ວ');
    expect(fs.readdirSync(stick), 'no temporary or partial package left on the stick').toEqual([]);
    expect(await lastSent(), 'nothing recorded as sent').toBe(before);

    const again = await call<ExportResult>(bl, 'sync.export', { to: 'LA-CENTRAL', folder: stick });
    expect(again.seq).toBe(before + 1);
    expect(fs.readdirSync(stick)).toEqual([again.fileName]);
  });

  it('takes a package that does not read back off the stick again, and does not count it as sent', async () => {
    const stick = tempDir('lwu-usb-faulty');
    const before = await lastSent();
    // The stick returns the package's last byte wrong when it is read back.
    const [realOpen, realRead] = [fs.openSync, fs.readSync];
    const readingBack = new Map<number, number>();
    vi.spyOn(fs, 'openSync').mockImplementation(((file: fs.PathLike, flags?: fs.OpenMode, ...rest: unknown[]) => {
      const fd = (realOpen as (...a: unknown[]) => number)(file, flags, ...rest);
      if (String(file).endsWith('.lwusync') && flags === 'r') readingBack.set(fd, fs.fstatSync(fd).size - 1);
      return fd;
    }) as unknown as typeof fs.openSync);
    vi.spyOn(fs, 'readSync').mockImplementation(((fd: number, buffer: Buffer, offset: number, length: number, position: number) => {
      const n = (realRead as (...a: unknown[]) => number)(fd, buffer, offset, length, position);
      const wrong = (readingBack.get(fd) ?? -1) - position;
      if (wrong >= 0 && wrong < n) buffer[offset + wrong] ^= 0xff;
      return n;
    }) as unknown as typeof fs.readSync);
    const e = await refusal(bl, 'sync.export', { to: 'LA-CENTRAL', folder: stick });
    vi.restoreAllMocks();
    expect(e.code).toBe('sync.writeCheckFailed');
    expect(fs.readdirSync(stick), 'the bad copy is not left under a real package name').toEqual([]);
    expect(await lastSent()).toBe(before);
  });

  it('says a read-only folder cannot be written to', async () => {
    const stick = tempDir('lwu-usb-locked');
    vi.spyOn(fs, 'openSync').mockImplementation(() => {
      throw Object.assign(new Error('EROFS: read-only file system, open'), { code: 'EROFS' });
    });
    const e = await refusal(bl, 'sync.export', { to: 'LA-CENTRAL', folder: stick });
    vi.restoreAllMocks();
    expect(e.code).toBe('sync.folderNotWritable');
    expect(say(e, 'lo')).toContain('ຂຽນໃສ່');
    expect(fs.readdirSync(stick)).toEqual([]);
  });
});

describe('showing a package in its folder', () => {
  it('goes to this transport’s desktop port, and a failure comes back as a translated message', async () => {
    const stick = tempDir('lwu-usb');
    const r = await call<ExportResult>(bl, 'sync.export', { to: 'LA-CENTRAL', folder: stick });
    const shown: string[] = [];
    const original = bl.backend.ctx.desktop;
    const fake: DesktopPort = { ...original, revealInFolder: async (f) => void shown.push(f) };
    bl.backend.ctx.desktop = fake;
    try {
      expect(await call(bl, 'desktop.revealInFolder', { path: r.path })).toEqual({ ok: true });
      expect(shown).toEqual([r.path]);
    } finally {
      bl.backend.ctx.desktop = original;
    }
    // The real plain-Node port: a file that is gone is a sentence, not a crash.
    const gone = await refusal(bl, 'desktop.revealInFolder', { path: `${r.path}.gone` });
    expect(gone.code).toBe('desktop.fileNotFound');
    expect(await call(bl, 'desktop.chooseFolder', {}), 'no native dialog in the web bridge').toEqual({ available: false });
    expect((await call<{ nativeDialogs: boolean }>(bl, 'app.info', {})).nativeDialogs).toBe(false);
  });
});
