import path from 'node:path';
import { type Browser, type Page, chromium } from 'playwright-core';
import { type Backend, startBackend } from '../../electron/backend';
import type { DesktopPort } from '../../electron/desktop/port';
import { type WebBridge, startWebBridge } from '../../electron/web-bridge';
import { tempDir } from './temp-dir';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const artifactsDir = path.resolve(import.meta.dirname, '..', '..', 'test-results');
const staticDir = path.resolve(import.meta.dirname, '..', '..', 'dist', 'renderer');

export interface RunningApp {
  backend: Backend;
  bridge: WebBridge;
  browser: Browser;
  page: Page;
  dataDir: string;
  close(): Promise<void>;
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    // Closed network: no background calls home, no component updates.
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** The real backend over a fresh data folder, the built UI through the web bridge, and Chromium on it. */
export async function startApp(
  opts: { viewport?: { width: number; height: number }; deviceScaleFactor?: number; desktop?: DesktopPort } = {},
): Promise<RunningApp> {
  const dataDir = tempDir('lwu-e2e');
  const backend = await startBackend({ dataDir, transport: 'http', desktop: opts.desktop });
  const bridge = await startWebBridge({ dispatch: backend.dispatch, staticDir });
  const browser = await launchBrowser();
  const context = await browser.newContext({
    viewport: opts.viewport ?? { width: 1366, height: 768 },
    deviceScaleFactor: opts.deviceScaleFactor ?? 1,
  });
  const page = await context.newPage();
  await page.goto(bridge.url);
  return {
    backend,
    bridge,
    browser,
    page,
    dataDir,
    async close() {
      await browser.close();
      await bridge.close();
      await backend.close();
    },
  };
}

/** Clicks the language switch the way a user does: on the visible button, found by its accessible name. */
export async function chooseLanguage(page: Page, name: 'English' | 'ລາວ'): Promise<void> {
  await page.locator('label', { has: page.getByRole('radio', { name }) }).first().click();
}

/** Chooses an option the way a keyboard user does: type to filter, wait for the match to be highlighted, Enter. */
export async function pick(page: Page, scope: ReturnType<Page['getByRole']>, name: string, option: string) {
  const box = scope.getByRole('combobox', { name, exact: true });
  await box.click();
  await box.fill(option);
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option-active', { hasText: option }).waitFor();
  // No Escape afterwards: with the list already closed it would close the whole drawer.
  await box.press('Enter');
}

/**
 * Opens a person's page from a list and comes back to the list three ways, her page's Back button (`back`), the
 * browser's Back and a reload, checking the list each time with `sameList`.
 */
export async function returnToList(page: Page, person: { link: string; heading: string; back: string }, sameList: (when: string) => Promise<void>) {
  const open = async () => {
    await page.getByRole('link', { name: person.link }).click();
    await page.getByRole('heading', { name: person.heading }).waitFor();
  };
  await open();
  await page.getByRole('button', { name: person.back }).click();
  await sameList(`after ${person.back}`);
  await open();
  await page.goBack();
  await sameList("after the browser's Back");
  await page.reload();
  await sameList('after a reload');
}

/**
 * Drawers slide in, dialogs fade in: a screenshot waits until every animation on the page that has an end has
 * finished. A spinner never ends: a button's loading icon still spinning inside its leave motion once held a CI
 * run for 30 s.
 */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getComputedTiming().endTime === Infinity),
  );
}
