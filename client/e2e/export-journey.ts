import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import type { JourneyKit } from './exhibits-journey';

const visible = (selector: string) => `${selector} >> visible=true`;

interface Downloaded {
  bytes: Buffer;
  exportId: string;
  token: string;
}

/** The 村 column of the 户情 sheet, one entry per distinct village. */
async function villagesOf(bytes: Buffer): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const villages = new Set<string>();
  wb.getWorksheet('户情')?.eachRow((row, n) => {
    if (n > 1) villages.add(row.getCell(1).text);
  });
  return [...villages].sort();
}

/**
 * On the dashboard: 生成并下载, as the page would for its user. Returns the saved bytes and, read
 * off the page's own claim request, the export id and the session token it used.
 */
async function exportFromDashboard(kit: JourneyKit, page: Page): Promise<Downloaded> {
  const { assert, gateway } = kit;
  await page.goto(`${gateway.url}/#/packages/households/pages/dashboard/index`);
  await page.locator(visible('[data-testid="bar-row"]')).first().waitFor({ timeout: 15_000 });
  const claim = page.waitForRequest(
    (r) => r.url().endsWith('/api/households') && /"downloadExport"/.test(r.postData() ?? ''),
    { timeout: 20_000 },
  );
  const finished = page.waitForResponse(
    (r) =>
      r.url().endsWith('/api/households') &&
      /"finishExportDownload"/.test(r.request().postData() ?? ''),
    { timeout: 20_000 },
  );
  const download = page.waitForEvent('download', { timeout: 20_000 }).catch(() => null);
  await page.locator(visible('[data-testid="export-submit"]')).first().click();
  const result = page.locator(visible('[data-testid="export-result"]')).first();
  await result.waitFor({ timeout: 20_000 });
  assert((await result.getAttribute('data-opened')) === 'yes', 'the export did not open');
  const started = await download;
  assert(
    started?.suggestedFilename().endsWith('.xlsx'),
    `the browser did not start an .xlsx download (${started?.suggestedFilename() ?? 'none'})`,
  );
  const saved = started ? await started.path() : null;
  const bytes = saved ? readFileSync(saved) : Buffer.alloc(0);
  assert(bytes[0] === 0x50 && bytes[1] === 0x4b, 'the file is not an xlsx (zip) workbook');
  const request = await claim;
  assert((await finished).status() === 200, 'the handed-over copy was not finished');
  const body = JSON.parse(request.postData() ?? '{}') as { payload?: { exportId?: string } };
  const token = (request.headers().authorization ?? '').replace(/^Bearer /, '');
  return { bytes, exportId: String(body.payload?.exportId), token };
}

async function villagesInScope(kit: JourneyKit, token: string): Promise<string[]> {
  const r = await kit.callApi(
    kit.gateway,
    'households',
    { action: 'dashboard', payload: {} },
    token,
  );
  const answer = r.json as { data?: { byVillage?: { villageName: string }[] } };
  return (answer.data?.byVillage ?? []).map((v) => v.villageName).sort();
}

/**
 * Two village cadres (甲村 何建国, 乙村 张志强) each export 户情 and download it: the files differ,
 * each holds only rows of the cadre's own village, and claiming the same export a second time is
 * refused with the plain message. Leaves the page logged in as the first cadre's colleague (乙村).
 */
export async function exportJourney(kit: JourneyKit): Promise<void> {
  const { page, gateway, step, assert, callApi, shots } = kit;
  const made: Downloaded[] = [];

  await step(
    'cadre exports the Excel file and the browser saves the one-time download',
    async () => {
      const first = await exportFromDashboard(kit, page);
      made.push(first);
      const villages = await villagesOf(first.bytes);
      const scope = await villagesInScope(kit, first.token);
      assert(
        villages.length === 1 && scope.length === 1 && villages[0] === scope[0],
        `the export holds villages ${villages.join('、')}, the cadre's scope is ${scope.join('、')}`,
      );
      const again = await callApi(
        gateway,
        'households',
        { action: 'downloadExport', payload: { exportId: first.exportId } },
        first.token,
      );
      const message = (again.json as { error?: { message?: string } }).error?.message ?? '';
      assert(
        again.status === 404 && /已经下载过或已过期/.test(message),
        `a second download answered ${again.status} ${message}`,
      );
      await page.screenshot({ path: join(shots, 'dashboard-export.png'), fullPage: true });
    },
  );

  await step(
    "another village's cadre exports too: a different file, only their village",
    async () => {
      const first = made[0];
      if (!first) throw new Error('the first export did not run');
      await page.goto(`${gateway.url}/#/pages/login/index`);
      await page.locator(visible('[data-persona="village_cadre_b"]')).first().click();
      await page.waitForURL(/pages\/home\/index/, { timeout: 15_000 });
      const second = await exportFromDashboard(kit, page);
      const hash = (b: Buffer) => createHash('sha256').update(b).digest('hex');
      assert(hash(second.bytes) !== hash(first.bytes), 'the two cadres got the same file');
      assert(second.exportId !== first.exportId, 'the two cadres got the same export');
      const villages = await villagesOf(second.bytes);
      const scope = await villagesInScope(kit, second.token);
      const firstVillages = await villagesOf(first.bytes);
      assert(
        villages.length === 1 && villages[0] === scope[0] && villages[0] !== firstVillages[0],
        `the second export holds ${villages.join('、')} (scope ${scope.join('、')}, first ${firstVillages.join('、')})`,
      );
      // Neither can claim the other's export.
      const cross = await callApi(
        gateway,
        'households',
        { action: 'downloadExport', payload: { exportId: first.exportId } },
        second.token,
      );
      assert(cross.status === 404, `another cadre's claim answered ${cross.status}`);
      await page.screenshot({ path: join(shots, 'dashboard-export-b.png'), fullPage: true });
    },
  );
}
