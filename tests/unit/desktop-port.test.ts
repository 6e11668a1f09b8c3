import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Command, launch, nodeDesktop, openUrlCommand, revealCommand } from '../../electron/desktop/port';
import { isAppError } from '../../shared/errors';
import { absolutePathSchema } from '../../shared/paths';

describe('showing a package in the file manager without Electron', () => {
  it('picks each system’s own command, the path as one argument (no shell to interpret it)', () => {
    expect(revealCommand('win32', 'E:\\LWU packages\\LWU_LA-BL_to_LA-CENTRAL_000001_20261128.lwusync')).toEqual({
      command: 'explorer.exe',
      args: ['/select,', 'E:\\LWU packages\\LWU_LA-BL_to_LA-CENTRAL_000001_20261128.lwusync'],
    });
    expect(revealCommand('darwin', '/Volumes/USB/a b.lwusync')).toEqual({ command: 'open', args: ['-R', '/Volumes/USB/a b.lwusync'] });
    expect(revealCommand('linux', '/media/usb/ສົ່ງ; rm -rf ~/x.lwusync'), 'Linux opens the folder; odd names stay one argument').toEqual({
      command: 'xdg-open',
      args: ['/media/usb/ສົ່ງ; rm -rf ~'],
    });
    expect(openUrlCommand('win32', 'mailto:?subject=a&body=b')).toEqual({ command: 'explorer.exe', args: ['mailto:?subject=a&body=b'] });
    expect(openUrlCommand('linux', 'mailto:?subject=a')).toEqual({ command: 'xdg-open', args: ['mailto:?subject=a'] });
  });

  it('reports a file manager that cannot start as a translated error, never a crash', async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'lwu-reveal-')), 'p.lwusync');
    fs.writeFileSync(file, 'x');
    const started: Command[] = [];
    const ok = nodeDesktop('linux', async (c) => void started.push(c));
    await ok.revealInFolder(file);
    expect(started).toEqual([{ command: 'xdg-open', args: [path.dirname(file)] }]);

    const broken = nodeDesktop('linux', async () => {
      throw Object.assign(new Error('spawn xdg-open ENOENT'), { code: 'ENOENT' });
    });
    const failure = await broken.revealInFolder(file).catch((e: unknown) => e);
    expect(isAppError(failure) && failure.code).toBe('desktop.revealFailed');
    const gone = await ok.revealInFolder(`${file}.missing`).catch((e: unknown) => e);
    expect(isAppError(gone) && gone.code).toBe('desktop.fileNotFound');
    const notMail = await ok.openExternal('https://example.org').catch((e: unknown) => e);
    expect(isAppError(notMail) && notMail.code, 'only mailto: goes to the system').toBe('desktop.notMailto');
    expect((await ok.chooseFolder({})).available, 'no native dialog outside Electron').toBe(false);
    fs.rmSync(path.dirname(file), { recursive: true });
  });

  it('really starts a program detached when there is one, and rejects (not crashes) when there is none', async () => {
    await expect(launch({ command: process.execPath, args: ['-e', ''] })).resolves.toBeUndefined();
    await expect(launch({ command: 'lwu-no-such-file-manager', args: [] })).rejects.toMatchObject({ code: 'ENOENT' });
  });
});

describe('paths the user names for the backend', () => {
  it('accepts only absolute paths, in Windows or POSIX form', () => {
    for (const ok of ['E:\\', 'E:/LWU', '\\\\server\\share\\lwu', '/media/usb', '/home/ນາງ/ສົ່ງ']) expect(absolutePathSchema.safeParse(ok).success, ok).toBe(true);
    for (const bad of ['usb', './usb', '..\\usb', 'E:', '', '/media/usb\nx']) {
      const r = absolutePathSchema.safeParse(bad);
      expect(r.success, bad).toBe(false);
    }
    const r = absolutePathSchema.safeParse('stick/packages');
    expect(!r.success && r.error.issues[0].message).toBe('validation.absolutePath');
  });
});
