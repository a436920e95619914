import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { e2eEnv } from './env';

/** Debian's chromium, headless, with nothing of its own talking to the network. */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The browser binary (CHROMIUM_PATH, default Debian's /usr/bin/chromium). */
export const CHROMIUM_EXECUTABLE = e2eEnv.chromiumPath;

/** A phone-sized window (an iPhone 12-class screen at 1×). */
export const PHONE_VIEWPORT = { width: 390, height: 844 } as const;

export interface LaunchedChromium {
  context: BrowserContext;
  /** Closes the browser and removes its profile folder; safe to call twice. */
  close(): Promise<void>;
}

/**
 * Chromium as the e2e run and the benches use it: a fresh profile in a temp folder, the fixed
 * flags above, a phone viewport, zh-CN.
 */
export async function launchChromium(): Promise<LaunchedChromium> {
  const profileDir = mkdtempSync(join(tmpdir(), 'psv-chromium-'));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profileDir, {
      executablePath: CHROMIUM_EXECUTABLE,
      headless: true,
      args: CHROMIUM_FLAGS,
      viewport: PHONE_VIEWPORT,
      deviceScaleFactor: 1,
      locale: 'zh-CN',
    });
  } catch (e) {
    rmSync(profileDir, { recursive: true, force: true });
    throw e;
  }
  let closed = false;
  return {
    context,
    async close() {
      if (closed) return;
      closed = true;
      await context.close().catch(() => undefined);
      rmSync(profileDir, { recursive: true, force: true });
    },
  };
}
