/**
 * `npx tsx client/e2e/csp-violations.ts`: starts the gateway on the h5 build (client/dist/h5),
 * walks the main pages in Chromium as a villager and a cadre, and lists every Content Security
 * Policy violation the pages report (console messages and `securitypolicyviolation` events).
 * Exits 1 when there is any, so the CSP can be kept strict without breaking the app.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { startGatewayProcess } from '../../gateway/test-support/gateway-process';
import type { Page } from 'playwright-core';
import { launchChromium } from './chromium-launch';

/**
 * Every CSP violation `page` reports from now on (console messages and `securitypolicyviolation`
 * events), in a list that fills as they come; the e2e journeys use it too.
 */
export async function watchCspViolations(page: Page): Promise<string[]> {
  const seen: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) seen.push(m.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`Refused to (event): ${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  return seen;
}

const PAGES = [
  '/pages/home/index',
  '/pages/login/index',
  '/packages/exhibits/pages/index/index',
  '/packages/exhibits/pages/detail/index?exhibitId=exhibit-demo-qimou-gate',
  '/packages/exhibits/pages/contribute/index',
  '/packages/policies/pages/index/index',
  '/packages/training/pages/index/index',
  '/packages/households/pages/index/index',
  '/packages/households/pages/dashboard/index',
];

async function main() {
  if (!existsSync(resolve(__dirname, '../dist/h5/index.html'))) {
    throw new Error('no h5 build: run `npm run build:h5` first');
  }
  const gw = await startGatewayProcess();
  const chromium = await launchChromium();
  let violations: string[] = [];
  try {
    const page = await chromium.context.newPage();
    violations = await watchCspViolations(page);
    for (const persona of ['villager', 'village_cadre']) {
      await page.goto(`${gw.url}/#/pages/login/index`);
      await page.locator(`[data-persona="${persona}"] >> visible=true`).first().click();
      await page.waitForURL(/pages\/home\/index/, { timeout: 15_000 });
      for (const path of PAGES) {
        await page.goto(`${gw.url}/#${path}`);
        await page.waitForLoadState('networkidle');
        await page.waitForTimeout(500);
      }
    }
    console.log(`pages visited: ${PAGES.length * 2}; CSP: ${await cspOf(gw.url)}`);
  } finally {
    await chromium.close();
    await gw.stop();
  }
  if (violations.length) {
    console.error(`CSP violations:\n${violations.join('\n')}`);
    process.exit(1);
  }
  console.log('no CSP violations');
}

async function cspOf(url: string): Promise<string> {
  return (await fetch(url)).headers.get('content-security-policy') ?? '(none)';
}

if (require.main === module) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
