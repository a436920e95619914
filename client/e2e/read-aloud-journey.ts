import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import type { JourneyKit } from './exhibits-journey';
import { journeySession, setElderly, visible } from './journey-session';

const POLICY = 'free-education-15-years';

/** The hidden `<audio>` 朗读 plays the server's clips in (h5 without a Chinese voice). */
async function audioState(page: Page) {
  return page.evaluate(() => {
    const a = document.querySelector<HTMLAudioElement>('audio[data-psv-read-aloud]');
    return a ? { currentTime: a.currentTime, paused: a.paused, src: a.currentSrc } : null;
  });
}

/**
 * 朗读 speaks where the browser has no Chinese voice (headless Chromium has none): on a policy,
 * 🔊 朗读 fetches the local espeak-ng audio of the first piece from the speech function and plays
 * it (the element's `playing` event drives 正在朗读, and its clock moves); 暂停 shows 已暂停 and
 * holds the clock, 继续 moves it on, 停止 removes the audio. The same in 长辈模式, and a question of
 * the 返贫风险申报 form is read for the signed-in villager. The second ask for a piece is served
 * from the cache.
 */
export async function readAloudJourney(
  kit: JourneyKit & { context: BrowserContext },
): Promise<void> {
  const { page, step, assert, shots } = kit;
  const { hashUrl, loginAs, callAs } = journeySession(kit);
  const control = () => page.locator(visible('[data-testid="read-aloud"]')).first();
  const stateIs = async (state: string, timeout = 30_000) => {
    await page
      .locator(visible(`[data-testid="read-aloud"][data-state="${state}"]`))
      .first()
      .waitFor({ timeout });
  };
  const statusText = async () =>
    (await page.locator(visible('[data-testid="read-aloud-status"]')).first().innerText()).trim();
  const tap = (id: string) =>
    page
      .locator(visible(`[data-testid="${id}"]`))
      .first()
      .click();
  const clockMoves = async (from: number, why: string) => {
    for (let i = 0; i < 40; i++) {
      const a = await audioState(page);
      if (a && a.currentTime > from + 0.2) return a.currentTime;
      await page.waitForTimeout(100);
    }
    throw new Error(
      `the audio clock did not move (${why}): ${JSON.stringify(await audioState(page))}`,
    );
  };

  const playPauseOnPolicy = async (elderly: boolean) => {
    const suffix = elderly ? '-elderly' : '';
    await page.goto(hashUrl(`/packages/policies/pages/article/index?id=${POLICY}`));
    await setElderly(page, elderly);
    await page.reload();
    await control().waitFor({ timeout: 30_000 });
    await page.screenshot({ path: join(shots, `read-aloud-policy${suffix}.png`) });
    await tap('read-aloud-start');
    await stateIs('playing');
    const status = await statusText();
    assert(status.startsWith('正在朗读'), `status while playing: ${status}`);
    const first = await clockMoves(0, 'playing');
    const audio = await audioState(page);
    assert(
      audio && /\/files\/speech\/\d{4}-\d{2}\/[a-f0-9]{32}\.(mp3|wav)/.test(audio.src),
      `audio src ${audio?.src}`,
    );
    await page.screenshot({ path: join(shots, `read-aloud-playing${suffix}.png`) });

    await tap('read-aloud-pause');
    await stateIs('paused', 5_000);
    assert((await statusText()).startsWith('已暂停'), `status when paused: ${await statusText()}`);
    const held = await audioState(page);
    if (!held?.paused) throw new Error('the audio still plays after 暂停');
    await page.waitForTimeout(600);
    const still = await audioState(page);
    assert(
      still !== null && Math.abs(still.currentTime - held.currentTime) < 0.05,
      `the clock moved while paused: ${held.currentTime} → ${still?.currentTime}`,
    );
    assert(held.currentTime >= first, 'the clock went back');
    await page.screenshot({ path: join(shots, `read-aloud-paused${suffix}.png`) });

    await tap('read-aloud-resume');
    await stateIs('playing', 5_000);
    await clockMoves(held.currentTime, 'after 继续');
    await tap('read-aloud-stop');
    await stateIs('idle', 5_000);
    assert((await audioState(page)) === null, 'the audio element stayed after 停止');
  };

  await step(
    'readAloud: 朗读 on a policy plays the local TTS audio; 暂停 shows 已暂停',
    async () => {
      await playPauseOnPolicy(false);
    },
  );

  await step('readAloud: the same in 长辈模式', async () => {
    await playPauseOnPolicy(true);
  });

  await step(
    'readAloud: the piece played is cached; asking again does not synthesize',
    async () => {
      const again = await callAs<{ cached: boolean; mime: string; bytes: number }>(
        'speech',
        'villager',
        'read',
        { source: { kind: 'policy', policyId: POLICY } },
      );
      assert(again.cached === true, 'the first piece was synthesized again');
      assert(again.mime === 'audio/mpeg', `mime ${again.mime} (is Debian's lame installed?)`);
      console.log(`    first piece of ${POLICY}: ${again.bytes} bytes (${again.mime})`);
    },
  );

  await step('readAloud: the 乡愁记忆 reader reads chapter by chapter', async () => {
    await setElderly(page, false);
    await page.goto(hashUrl('/packages/exhibits/pages/reader/index?village=village-zheqiao-qimou'));
    const reader = page.locator(visible('[data-testid="exhibit-reader"]')).first();
    await reader.waitFor({ timeout: 30_000 });
    const first = await reader.getAttribute('data-chapter');
    await tap('read-aloud-start');
    await stateIs('playing');
    await clockMoves(0, 'chapter');
    await page.screenshot({ path: join(shots, 'read-aloud-reader.png') });
    // Opening an item of the chapter (a page on top) stops the chapter's reading.
    await tap('exhibit-card');
    await page.waitForURL(/exhibits\/pages\/detail/, { timeout: 15_000 });
    await control().waitFor({ timeout: 30_000 });
    // (Taro tells the hidden page a moment after the new one shows.)
    await page
      .waitForFunction(
        () => document.querySelectorAll('audio[data-psv-read-aloud]').length === 0,
        null,
        {
          timeout: 5_000,
        },
      )
      .catch(() => undefined);
    const left = await page.evaluate(() => ({
      audios: document.querySelectorAll('audio[data-psv-read-aloud]').length,
      states: [...document.querySelectorAll('[data-testid="read-aloud"]')].map((e) =>
        e.getAttribute('data-state'),
      ),
      url: location.href,
    }));
    assert(
      left.audios === 0,
      `the chapter still plays under the opened item: ${JSON.stringify(left)}`,
    );
    await page.goBack();
    await reader.waitFor({ timeout: 15_000 });
    // The next chapter stops the old one's reading and offers its own.
    if ((await page.locator(visible('[data-testid="chapter-next"]')).count()) > 0) {
      await tap('read-aloud-start');
      await stateIs('playing');
      await tap('chapter-next');
      await page
        .locator(visible(`[data-testid="exhibit-reader"]:not([data-chapter="${first}"])`))
        .first()
        .waitFor({ timeout: 10_000 });
      await stateIs('idle', 5_000);
      assert((await audioState(page)) === null, 'the old chapter still plays');
    }
  });

  await step('readAloud: offline, an exhibit says 朗读失败 and why, never silence', async () => {
    await page.goto(hashUrl('/packages/exhibits/pages/detail/index?id=exhibit-demo-qimou-gate'));
    await control().waitFor({ timeout: 30_000 });
    await page.screenshot({ path: join(shots, 'read-aloud-exhibit.png') });
    await kit.context.setOffline(true);
    try {
      await tap('read-aloud-start');
      await stateIs('failed', 30_000);
      const status = await statusText();
      assert(status.startsWith('朗读失败（网络不太好'), `status offline: ${status}`);
      await page.screenshot({ path: join(shots, 'read-aloud-failed.png') });
    } finally {
      await kit.context.setOffline(false);
    }
    await tap('read-aloud-start');
    await stateIs('playing');
    await clockMoves(0, 'exhibit after the network is back');
    await tap('read-aloud-stop');
  });

  await step(
    'readAloud: a question of the 返贫风险申报 form is read aloud (signed in)',
    async () => {
      await loginAs('villager');
      await setElderly(page, true);
      await page.goto(hashUrl('/packages/risk/pages/index/index'));
      await page.locator(visible('[data-testid="risk-form"]')).first().waitFor({ timeout: 20_000 });
      const card = page.locator(visible('[data-testid="risk-question-card"]')).first();
      await card.locator('[data-testid="read-aloud-start"]').first().click();
      await card
        .locator('[data-testid="read-aloud"][data-state="playing"]')
        .first()
        .waitFor({ timeout: 30_000 });
      await clockMoves(0, 'risk question');
      await page.screenshot({ path: join(shots, 'read-aloud-risk-question-elderly.png') });
      await card.locator('[data-testid="read-aloud-stop"]').first().click();
      await setElderly(page, false);
    },
  );
}
