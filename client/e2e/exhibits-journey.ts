import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { GatewayProcess } from '../../gateway/test-support/gateway-process';

/** What the runner lends a journey: its page, gateway, step and assert, API helper and paths. */
export interface JourneyKit {
  page: Page;
  gateway: GatewayProcess;
  root: string;
  shots: string;
  step: (name: string, run: () => Promise<void>) => Promise<void>;
  /** Throws with the message when the condition is falsy. */
  assert: (condition: unknown, message: string) => void;
  callApi: (
    gateway: GatewayProcess,
    fn: string,
    body: unknown,
    token?: string,
  ) => Promise<{ status: number; json: unknown }>;
}

const VILLAGE = 'village-zheqiao-qimou';
const visible = (selector: string) => `${selector} >> visible=true`;

interface ListAnswer {
  ok: boolean;
  data?: { items: { exhibitId: string; title: string; coverUrl: string | null }[] };
}

interface GetAnswer {
  ok: boolean;
  data?: { images: { fileId: string; url: string }[] };
}

/**
 * 村史家珍: a villager browses 祁牟村, opens an exhibit with its 朗读 control, contributes an
 * old object with two photos — each sent as multipart to the gateway's `/api/uploads/*` with an
 * upload ticket, never as base64 inside a call — (it stays out of the public list), the village cadre publishes it
 * from 审核投稿, and it then appears in the village's list.
 */
export async function exhibitsJourney(kit: JourneyKit): Promise<void> {
  const { page, gateway, step, assert, callApi, shots } = kit;
  const hashUrl = (path: string) => `${gateway.url}/#${path}`;
  const title = `老木犁${Date.now() % 100000}`;
  const publicItems = async () => {
    const answer = await callApi(gateway, 'exhibits', {
      action: 'list',
      payload: { villageId: VILLAGE, q: title },
    });
    const json = answer.json as ListAnswer;
    assert(json.ok, `exhibits.list failed: ${JSON.stringify(answer.json)}`);
    return json.data?.items ?? [];
  };
  const publicTitles = async () => (await publicItems()).map((item) => item.title);
  const pickVillage = async () => {
    await page
      .locator(visible(`[data-testid="village-picker"] [data-village="${VILLAGE}"]`))
      .first()
      .click();
    await page
      .locator(visible('[data-testid="exhibit-list"][data-state="ready"]'))
      .first()
      .waitFor({ timeout: 15_000 });
  };

  await step('villager browses 祁牟村 on the 村史 tab', async () => {
    await page.goto(hashUrl('/pages/login/index'));
    await page.locator(visible('[data-persona="villager"]')).first().click();
    await page.waitForURL(/pages\/home\/index/, { timeout: 15_000 });
    await page.goto(hashUrl('/pages/history/index'));
    await pickVillage();
    const cards = page.locator(visible('[data-testid="exhibit-card"]'));
    await cards.first().waitFor({ timeout: 15_000 });
    const texts = await cards.allInnerTexts();
    assert(texts.length >= 3, `expected the seeded exhibits of 祁牟村, got ${texts.length}`);
    assert(
      texts.every((text) => text.includes('祁牟村')),
      `a card of another village is listed: ${texts.join(' | ')}`,
    );
    assert(
      texts.some((text) => text.includes('河州花儿')),
      `the seeded 河州花儿 exhibit is missing: ${texts.join(' | ')}`,
    );
    await page.screenshot({ path: join(shots, 'exhibits-village.png'), fullPage: true });
  });

  await step('opening an exhibit shows its story and the 朗读 control', async () => {
    await page
      .locator(visible('[data-testid="exhibit-card"]'))
      .filter({ hasText: '河州花儿' })
      .first()
      .click();
    const detail = page.locator(visible('[data-testid="exhibit-detail"]')).first();
    await detail.waitFor({ timeout: 15_000 });
    const story = await detail.locator('[data-testid="exhibit-story"]').innerText();
    assert(story.length >= 10, 'the exhibit story is empty');
    await detail.locator('text=朗读').first().waitFor({ timeout: 5_000 });
    await detail.locator('[data-testid="exhibit-gallery"] img').first().waitFor({ timeout: 5_000 });
    await page.waitForTimeout(400);
    await page.screenshot({ path: join(shots, 'exhibit-detail.png'), fullPage: true });
  });

  // Every request the page makes while contributing: photos must go up as chunked uploads.
  const uploads: { url: string; type: string }[] = [];
  const callBodies: number[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (request.method() === 'PUT' && path.startsWith('/api/uploads/'))
      uploads.push({ url: path, type: request.headers()['content-type'] ?? '' });
    else if (request.method() === 'POST' && path === '/api/exhibits')
      callBodies.push(request.postDataBuffer()?.length ?? 0);
  });

  await step(
    'villager contributes an old object with two photos; it is not public yet',
    async () => {
      await page.goto(hashUrl('/packages/exhibits/pages/contribute/index'));
      const form = page.locator(visible('[data-testid="contribute-form"]')).first();
      await form.waitFor({ timeout: 15_000 });
      await form.locator(`[data-testid="village-picker"] [data-village="${VILLAGE}"]`).click();
      await form.locator('[data-testid="exhibit-categories"] [data-category="artifact"]').click();
      await form.locator('input[name="title"], [name="title"] input').first().fill(title);
      await form
        .locator('textarea[name="story"], [name="story"] textarea')
        .first()
        .fill('这把木犁是爷爷年轻时自己做的，犁了三十多年地，现在挂在堂屋里。');
      const chooser = page.waitForEvent('filechooser', { timeout: 10_000 });
      await form.locator('[data-testid="photo-add"]').click();
      await (
        await chooser
      ).setFiles([
        join(kit.root, 'client/src/assets/tabbar/home-active.png'),
        join(kit.root, 'client/src/assets/tabbar/history-active.png'),
      ]);
      await form.locator('[data-testid="photo-uploaded"]').nth(1).waitFor({ timeout: 30_000 });
      // Two photos and their list copies: four raw-byte uploads (small: one chunk each) to
      // four issued paths.
      assert(
        new Set(uploads.filter((u) => u.type === 'application/octet-stream').map((u) => u.url))
          .size === 4,
        `expected 4 chunked uploads, saw ${JSON.stringify(uploads)}`,
      );
      assert(
        uploads.every((u) =>
          /^\/api\/uploads\/exhibits\/\d{4}-\d{2}\/[a-f0-9]{32}\.bin$/.test(u.url),
        ),
        `an upload went elsewhere: ${JSON.stringify(uploads)}`,
      );
      assert(
        callBodies.every((bytes) => bytes < 4_000),
        `a call carried a big body (a photo?): ${JSON.stringify(callBodies)}`,
      );
      await page.screenshot({
        path: join(shots, 'exhibit-contribute-two-photos.png'),
        fullPage: true,
      });
      await form.locator('.nut-button').filter({ hasText: '提交投稿' }).first().click();
      await page
        .locator(visible('[data-testid="outbox-list"] [data-status="sent"]'))
        .first()
        .waitFor({ timeout: 20_000 });
      const titles = await publicTitles();
      assert(!titles.includes(title), 'the contribution is public before review');
      await page.goto(hashUrl('/packages/exhibits/pages/mine/index'));
      const mine = page.locator(visible('[data-testid="my-exhibit"]')).filter({ hasText: title });
      await mine.first().waitFor({ timeout: 15_000 });
      const status = await mine
        .first()
        .locator('[data-testid="exhibit-status"]')
        .getAttribute('data-status');
      assert(status === 'pending', `我的投稿 shows ${String(status)}, not pending`);
      await page.screenshot({ path: join(shots, 'exhibits-mine.png'), fullPage: true });
    },
  );

  await step('the village cadre publishes it from 审核投稿', async () => {
    await page.goto(hashUrl('/pages/login/index'));
    await page.locator(visible('[data-persona="village_cadre"]')).first().click();
    await page.waitForURL(/pages\/home\/index/, { timeout: 15_000 });
    await page.goto(hashUrl('/pages/history/index'));
    await page.locator(visible('[data-testid="review-queue-entry"]')).first().click();
    const queued = page.locator(visible('[data-testid="exhibit-card"]')).filter({ hasText: title });
    await queued.first().waitFor({ timeout: 15_000 });
    await queued.first().click();
    const panel = page.locator(visible('[data-testid="review-panel"]')).first();
    await panel.waitFor({ timeout: 15_000 });
    await page.waitForTimeout(400); // the page slides in
    await page.screenshot({ path: join(shots, 'exhibit-review.png'), fullPage: true });
    await panel.locator('[data-testid="review-publish"]').click();
    const done = page.locator(visible('[data-testid="review-done"]')).first();
    await done.waitFor({ timeout: 15_000 });
    assert(
      (await done.getAttribute('data-status')) === 'published',
      'the review did not publish the contribution',
    );
  });

  await step('the published contribution appears in the village list', async () => {
    await page.goto(hashUrl('/pages/history/index'));
    await page.reload();
    await pickVillage();
    const search = page.locator(visible('[data-testid="exhibit-search"]')).first();
    await search
      .locator('input')
      .first()
      .fill(title)
      .catch(async () => search.fill(title));
    await page.locator(visible('[data-testid="exhibit-search-go"]')).first().click();
    const card = page.locator(visible('[data-testid="exhibit-card"]')).filter({ hasText: title });
    await card.first().waitFor({ timeout: 15_000 });
    assert(
      (await publicTitles()).includes(title),
      'exhibits.list does not return the published item',
    );
    // The phone made a small list copy of the photo: the card shows it, the detail the photo.
    const [item] = (await publicItems()).filter((i) => i.title === title);
    const detail = await callApi(gateway, 'exhibits', {
      action: 'get',
      payload: { exhibitId: item?.exhibitId ?? '' },
    });
    const images = (detail.json as GetAnswer).data?.images ?? [];
    assert(images.length === 2, `the published item has ${images.length} photos, not 2`);
    const photo = images[0]?.fileId ?? '';
    assert(photo && item?.coverUrl, `no photo or cover: ${JSON.stringify(detail.json)}`);
    assert(
      images.every((i) => /^exhibits\/\d{4}-\d{2}\/[a-f0-9]{32}\.(jpg|png)$/.test(i.fileId)),
      `published photos are not server-named copies: ${JSON.stringify(images)}`,
    );
    assert(
      !decodeURIComponent(item?.coverUrl ?? '').includes(photo),
      'the card shows the full photo, not the small list copy',
    );
    await page.screenshot({ path: join(shots, 'exhibits-published.png'), fullPage: true });
    // Both photos show on the published item's page.
    await card.first().click();
    const gallery = page.locator(visible('[data-testid="exhibit-gallery"]')).first();
    await gallery.waitFor({ timeout: 15_000 });
    const shown = await gallery.locator('img').evaluateAll((imgs) =>
      Promise.all(
        (imgs as HTMLImageElement[]).map((img) =>
          img.decode().then(
            () => ({ src: img.currentSrc || img.src, width: img.naturalWidth }),
            () => ({ src: img.currentSrc || img.src, width: 0 }),
          ),
        ),
      ),
    );
    for (const image of images) {
      assert(
        shown.some((s) => s.width > 0 && decodeURIComponent(s.src).includes(image.fileId)),
        `photo ${image.fileId} does not show on the published item: ${JSON.stringify(shown)}`,
      );
    }
    await page.waitForTimeout(400);
    await page.screenshot({ path: join(shots, 'exhibit-published-detail.png'), fullPage: true });
  });
}
