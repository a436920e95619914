import type { Page } from 'playwright-core';

/**
 * The weak rural link issue 16 measures on: 800 ms latency, 30 KB/s down, 15 KB/s up (a 2G-like
 * link). Applied to a Chromium page through the DevTools protocol, which throttles that page's
 * own requests the way Chrome's network panel does. It does not reach a service worker's own
 * fetches (Workbox's precaching runs unthrottled), so a bench that times the worker's download
 * computes it from the bytes instead.
 */
export const TWO_G = {
  latencyMs: 800,
  downloadBytesPerSecond: 30 * 1024,
  uploadBytesPerSecond: 15 * 1024,
} as const;

/** Puts `page` on the 2G profile (or offline); returns a function that lifts the throttle. */
export async function throttleToTwoG(
  page: Page,
  options: { offline?: boolean } = {},
): Promise<() => Promise<void>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: options.offline ?? false,
    latency: TWO_G.latencyMs,
    downloadThroughput: TWO_G.downloadBytesPerSecond,
    uploadThroughput: TWO_G.uploadBytesPerSecond,
  });
  return async () => {
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 0,
      downloadThroughput: -1,
      uploadThroughput: -1,
    });
    await cdp.detach();
  };
}
