import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { cameraJpeg } from './camera-jpeg';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import type { JourneyKit } from './exhibits-journey';
import { journeySession, setElderly, visible } from './journey-session';

const VILLAGE = 'village-zheqiao-qimou';

/** The held photos' record keys in the browser's IndexedDB (all users of this browser). */
function heldPhotoKeys(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve) => {
        // Not on the app yet (about:blank has no IndexedDB): nothing held there.
        if (location.protocol !== 'http:' && location.protocol !== 'https:') return resolve([]);
        // Never create the database here (the app's store makes it with its object store).
        void indexedDB.databases().then((dbs) => {
          if (!dbs.some((d) => d.name === 'psv-held-photos')) return resolve([]);
          const open = indexedDB.open('psv-held-photos');
          open.onsuccess = () => {
            if (!open.result.objectStoreNames.contains('photos')) return resolve([]);
            const all = open.result.transaction('photos').objectStore('photos').getAllKeys();
            all.onsuccess = () =>
              resolve(
                all.result.filter((k): k is string => typeof k === 'string' && !k.includes('#')),
              );
            all.onerror = () => resolve([]);
          };
          open.onerror = () => resolve([]);
        });
      }),
  );
}

/** Photos the server took for exhibits: each stored photo has a `.meta` with purpose `photo`. */
function storedPhotos(dataDir: string): string[] {
  const dir = join(dataDir, 'uploads', 'exhibits');
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.meta'))
    .map((e) => join(e.parentPath, e.name))
    .filter(
      (file) =>
        (JSON.parse(readFileSync(file, 'utf8')) as { purpose?: string }).purpose === 'photo',
    );
}

/**
 * Issue 16: a 投稿 made offline keeps its photo on the phone. Picked and submitted with no
 * network, the photo shows 等网络，联网后自动上传 and 已选 1/9; after a reload (API still
 * unreachable) the submission and its photo are still held; back online the outbox sends the
 * photo (resumable chunks) and then the submission, once: one stored photo and one pending exhibit.
 * Then a 返贫风险 report made offline with a photo: the photo is held on the risk form (1/6,
 * 等网络), and back online it goes up before the report, which the server has with its one photo.
 */
export async function offlinePhotosJourney(kit: JourneyKit & { context: BrowserContext }) {
  const { page, context, step, assert, shots, gateway } = kit;
  const { hashUrl, loginAs, callAs } = journeySession(kit);
  const title = `离线老照片${Date.now() % 100000}`;
  const photoPath = join(kit.root, 'e2e-screenshots', 'camera-photo.jpg');
  const photosBefore = storedPhotos(gateway.dataDir).length;
  const heldBefore = new Set(await heldPhotoKeys(page));
  const uploadPuts: { url: string; bytes: number }[] = [];
  page.on('request', (request) => {
    if (request.method() === 'PUT' && new URL(request.url()).pathname.startsWith('/api/uploads/'))
      uploadPuts.push({ url: request.url(), bytes: 0 });
  });
  const blockApi = () => context.route('**/api/**', (route) => route.abort('internetdisconnected'));

  await step('offline: a photo picked for a 投稿 is kept on the phone and counted', async () => {
    await loginAs('villager');
    await page.goto(hashUrl('/packages/exhibits/pages/contribute/index'));
    const form = page.locator(visible('[data-testid="contribute-form"]')).first();
    await form.waitFor({ timeout: 15_000 });
    const cameraBytes = await cameraJpeg(page, photoPath);
    console.log(`    camera photo: ${(cameraBytes / 1024).toFixed(0)} KB`);
    await form.locator(`[data-testid="village-picker"] [data-village="${VILLAGE}"]`).click();
    await form.locator('[data-testid="exhibit-categories"] [data-category="old_photo"]').click();
    await form.locator('input[name="title"], [name="title"] input').first().fill(title);
    await form
      .locator('textarea[name="story"], [name="story"] textarea')
      .first()
      .fill('这张照片是一九七八年村里修水渠时拍的，前排左二是我父亲。');
    await blockApi();
    await context.setOffline(true);
    const chooser = page.waitForEvent('filechooser', { timeout: 10_000 });
    await form.locator('[data-testid="photo-add"]').click();
    await (await chooser).setFiles([photoPath]);
    const held = form.locator('[data-testid="photo-held"][data-phase="waiting"]');
    await held.first().waitFor({ timeout: 30_000 });
    await form
      .locator('[data-testid="photos-waiting"]')
      .evaluate((e) => e.scrollIntoView({ block: 'center' }));
    await page.screenshot({ path: join(shots, 'offline-photos-picked.png') });
    const count = (await form.locator('[data-testid="photo-count"]').textContent()) ?? '';
    assert(count.includes('已选 1/9'), `the count does not count the held photo: ${count}`);
    const note = (await form.locator('[data-testid="photos-waiting"]').textContent()) ?? '';
    assert(note.includes('等网络，联网后自动上传'), `no waiting note: ${note}`);
    await form.locator('.nut-button').filter({ hasText: '提交投稿' }).first().click();
    const pending = page.locator(visible('[data-testid="outbox-list"] [data-status="pending"]'));
    await pending.first().waitFor({ timeout: 15_000 });
    await page
      .locator(visible('[data-testid="outbox-photos-waiting"]'))
      .first()
      .waitFor({ timeout: 15_000 });
    await page.locator(visible('[data-testid="outbox-list"]')).first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(shots, 'offline-photos-held.png') });
  });

  await step(
    'a reload while the server is unreachable: the submission and its photo are still held',
    async () => {
      // The browser is "online" again, but the API still cannot be reached (a dead 2G cell).
      await context.setOffline(false);
      await page.reload();
      const waiting = page.locator(visible('[data-testid="outbox-photos-waiting"]'));
      await waiting.first().waitFor({ timeout: 20_000 });
      const text = (await waiting.first().textContent()) ?? '';
      assert(text.includes('有 1 张照片在手机里'), `after the reload: ${text}`);
      // Photos other journeys left on this browser are not this one's business here.
      const inDb = (await heldPhotoKeys(page)).filter((k) => !heldBefore.has(k)).length;
      assert(inDb === 1, `IndexedDB holds ${inDb} new photos, not 1`);
      const heldBytes = await page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            const open = indexedDB.open('psv-held-photos');
            open.onsuccess = () => {
              const all = open.result.transaction('photos').objectStore('photos').getAll();
              all.onsuccess = () =>
                resolve(
                  (all.result as unknown[])
                    .map((v) => (v as { bytes?: unknown }).bytes)
                    .find((b): b is number => typeof b === 'number') ?? -1,
                );
            };
          }),
      );
      console.log(`    held photo after compression: ${(heldBytes / 1024).toFixed(0)} KB`);
      assert(heldBytes > 0 && heldBytes <= 150 * 1024, `the held photo is ${heldBytes} bytes`);
      assert(
        storedPhotos(gateway.dataDir).length === photosBefore,
        'a photo reached the server early',
      );
      await setElderly(page, true);
      await page.reload();
      await waiting.first().waitFor({ timeout: 20_000 });
      await page.waitForTimeout(500);
      await page
        .locator(visible('[data-testid="outbox-list"]'))
        .first()
        .screenshot({ path: join(shots, 'offline-photos-held-elderly.png') });
      await setElderly(page, false);
    },
  );

  await step('back online: the photo goes up once, then the 投稿, once', async () => {
    await context.unroute('**/api/**');
    // The `online` event the phone gets when its network returns.
    await context.setOffline(true);
    await context.setOffline(false);
    // This 投稿's own line (earlier journeys may have left sent items of this villager).
    await page
      .locator(visible('[data-testid="outbox-list"] [data-status="sent"]'))
      .filter({ hasText: title })
      .first()
      .waitFor({ timeout: 60_000 });
    const photos = storedPhotos(gateway.dataDir).length - photosBefore;
    assert(photos === 1, `the server stored ${photos} photos, not 1`);
    const mine = await callAs<{ items: { title: string; status: string; imageCount?: number }[] }>(
      'exhibits',
      'villager',
      'mine',
      {},
    );
    const sent = mine.items.filter((i) => i.title === title);
    assert(
      sent.length === 1 && sent[0]?.status === 'pending',
      `我的投稿 has ${JSON.stringify(sent)} for ${title}`,
    );
    const offsets = uploadPuts.map((p) => new URL(p.url).searchParams.get('offset'));
    console.log(
      `    chunked PUTs (photo and list copy): ${uploadPuts.length}, offsets ${offsets.join(', ')}`,
    );
    assert(uploadPuts.length >= 2, `no chunked uploads seen: ${uploadPuts.length}`);
    assert(
      new Set(uploadPuts.map((p) => p.url)).size === uploadPuts.length,
      `a chunk was sent twice: ${offsets.join(',')}`,
    );
    const held = (await heldPhotoKeys(page)).filter((k) => !heldBefore.has(k)).length;
    assert(held === 0, `${held} of this 投稿's photos still held after sending`);
    await page.locator(visible('[data-testid="outbox-list"]')).first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(shots, 'offline-photos-sent.png') });
  });

  await step(
    'offline: a 返贫风险 report with a photo held on the phone, sent once back online',
    async () => {
      const description = `离线申报带照片${Date.now() % 100000}`;
      await page.goto(hashUrl('/packages/risk/pages/index/index'));
      const form = page.locator(visible('[data-testid="risk-form"]')).first();
      await form.waitFor({ timeout: 20_000 });
      await blockApi();
      await context.setOffline(true);
      const next = () => page.locator(visible('[data-testid="risk-next"]')).first().click();
      for (let i = 0; i < 20; i++) {
        const at = await form.getAttribute('data-step');
        if (at === 'who')
          await page.locator(visible('[data-testid="risk-who-self"]')).first().click();
        else if (at === 'risks')
          await page.locator(visible('[data-testid="risk-type-illness"]')).first().click();
        else if (at === 'occurred')
          await page.locator(visible('[data-testid="risk-date-yesterday"]')).first().click();
        else if (at === 'description') await form.locator('textarea').first().fill(description);
        else if (at === 'cost')
          for (const key of ['8', '0', '0', '0'])
            await page
              .locator(visible(`[data-testid="risk-key-${key}"]`))
              .first()
              .click();
        else if (at === 'photos') {
          const chooser = page.waitForEvent('filechooser', { timeout: 10_000 });
          await form.locator('[data-testid="photo-add"]').click();
          await (await chooser).setFiles([photoPath]);
          await form
            .locator('[data-testid="photo-held"][data-phase="waiting"]')
            .first()
            .waitFor({ timeout: 30_000 });
          const text = (await form.textContent()) ?? '';
          assert(text.includes('照片（1/6）'), 'the risk form does not count the held photo');
          const note = (await form.locator('[data-testid="photos-waiting"]').textContent()) ?? '';
          assert(note.includes('等网络，联网后自动上传'), `no waiting note: ${note}`);
          await page.screenshot({ path: join(shots, 'offline-photos-risk-held.png') });
          // A reload on a dead cell: the page loads, the API still cannot be reached.
          await context.setOffline(false);
          await setElderly(page, true);
          await page.reload();
          await form.waitFor({ timeout: 20_000 });
          // After the reload the form tries the photo again (the API is still unreachable).
          await form
            .locator('[data-testid="photo-held"][data-phase="waiting"]')
            .first()
            .waitFor({ timeout: 45_000 })
            .catch(async (error: unknown) => {
              await page.screenshot({ path: join(shots, 'offline-photos-risk-reload-failed.png') });
              const phases = await form
                .locator('[data-testid="photo-held"], [data-testid="photo-uploaded"]')
                .evaluateAll((els) => els.map((e) => `${e.dataset.testid}:${e.dataset.phase}`));
              throw new Error(
                `after the reload the photo is ${phases.join(',')}: ${String(error)}`,
              );
            });
          await form
            .locator('[data-testid="photos-waiting"]')
            .evaluate((e) => e.scrollIntoView({ block: 'center' }));
          await page.waitForTimeout(500);
          await page.screenshot({ path: join(shots, 'offline-photos-risk-held-elderly.png') });
          await setElderly(page, false);
          await page.reload();
          await form.waitFor({ timeout: 20_000 });
        } else if (at === 'consent')
          await page.locator(visible('[data-testid="risk-consent-agree"]')).first().click();
        else if (at === 'confirm') {
          await page.locator(visible('[data-testid="risk-submit"]')).first().click();
          break;
        }
        await next();
        await page.waitForTimeout(150);
      }
      await page
        .locator(visible('[data-testid="risk-queued"]'))
        .first()
        .waitFor({ timeout: 15_000 });
      await context.unroute('**/api/**');
      // The `online` event the phone gets when its network returns.
      await context.setOffline(true);
      await context.setOffline(false);
      const deadline = Date.now() + 60_000;
      let mine: { description: string; photos: unknown[] }[] = [];
      while (Date.now() < deadline) {
        const answer = await callAs<{ items: { description: string; photos: unknown[] }[] }>(
          'risk',
          'villager',
          'mine',
          {},
        );
        mine = answer.items.filter((r) => r.description === description);
        if (mine.length > 0) break;
        await page.waitForTimeout(1000);
      }
      assert(mine.length === 1, `the server has ${mine.length} reports for ${description}`);
      assert(
        mine[0]?.photos.length === 1,
        `the report has ${mine[0]?.photos.length} photos, not 1`,
      );
    },
  );
}
