/**
 * What the backend may ask of the desktop around it: a native folder dialog, showing a file in the system's
 * file manager, and handing an e-mail (mailto:) to the mail program. The Electron app gives the real thing
 * (electron/main.ts); the web bridge and the CLI are plain Node and get nodeDesktop(): no dialog (the page
 * shows a folder field instead), and the file manager started as a detached process, never through a shell.
 * Errors are AppErrors with translated messages: a missing file manager must never take the app down.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/errors';

export type ChooseFolderResult = { available: false } | { available: true; folder: string | null };

export interface DesktopPort {
  /** true where chooseFolder shows a native dialog (the desktop app) */
  nativeDialogs: boolean;
  /** a native "choose folder" dialog; folder null when the user cancelled */
  chooseFolder(opts: { defaultPath?: string }): Promise<ChooseFolderResult>;
  /** shows the file selected in the system's file manager */
  revealInFolder(file: string): Promise<void>;
  /** hands a mailto: URL to the mail program; any other scheme is refused */
  openExternal(url: string): Promise<void>;
}

export interface Command {
  command: string;
  args: string[];
}

type Platform = NodeJS.Platform;

/** How each system shows a file in its file manager. Linux has no portable "select this file": open its folder. */
export function revealCommand(platform: Platform, file: string): Command {
  if (platform === 'win32') return { command: 'explorer.exe', args: ['/select,', path.win32.normalize(file)] };
  if (platform === 'darwin') return { command: 'open', args: ['-R', file] };
  return { command: 'xdg-open', args: [path.posix.dirname(file)] };
}

/** How each system hands a URL to its default program, without a shell (so nothing in the URL is interpreted). */
export function openUrlCommand(platform: Platform, url: string): Command {
  if (platform === 'win32') return { command: 'explorer.exe', args: [url] };
  if (platform === 'darwin') return { command: 'open', args: [url] };
  return { command: 'xdg-open', args: [url] };
}

export function isMailto(url: string): boolean {
  return /^mailto:/i.test(url) && !/[\r\n\0]/.test(url);
}

/** Starts a program detached; resolves once it has started, rejects when it cannot be started at all. */
export function launch(c: Command): Promise<void> {
  return new Promise((resolve, reject) => {
    let child;
    try {
      child = spawn(c.command, c.args, { detached: true, stdio: 'ignore', shell: false, windowsHide: false });
    } catch (e) {
      reject(e);
      return;
    }
    child.once('error', reject);
    child.once('spawn', () => {
      child.unref();
      resolve();
    });
  });
}

export function nodeDesktop(platform: Platform = process.platform, start: (c: Command) => Promise<void> = launch): DesktopPort {
  return {
    nativeDialogs: false,
    chooseFolder: async () => ({ available: false }),
    revealInFolder: async (file) => {
      if (!fs.existsSync(file)) throw new AppError('desktop.fileNotFound', { file });
      try {
        await start(revealCommand(platform, file));
      } catch {
        throw new AppError('desktop.revealFailed', { folder: path.dirname(file) });
      }
    },
    openExternal: async (url) => {
      if (!isMailto(url)) throw new AppError('desktop.notMailto');
      try {
        await start(openUrlCommand(platform, url));
      } catch {
        throw new AppError('desktop.mailFailed');
      }
    },
  };
}
