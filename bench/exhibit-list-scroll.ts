import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { CHROMIUM_EXECUTABLE, launchChromium } from '../client/e2e/chromium-launch';
import type { LaunchedChromium } from '../client/e2e/chromium-launch';
import { exhibitsCollection } from '../cloudfunctions/exhibits/exhibit-collections';
import { LIST_IMAGE_SIDE } from '../shared/src/exhibits/image-kind';
import { seedScaleExhibits } from '../cloudfunctions/exhibits/seed/seed-scale-exhibits';
import { openLocalPlatform } from '../cloudfunctions/platform/local-platform';
import { seedDemoData } from '../cloudfunctions/seed-demo-data';
import { startGatewayProcess } from '../gateway/test-support/gateway-process';
import type { GatewayProcess } from '../gateway/test-support/gateway-process';
import type { BenchSection } from './bench-report';
import { percentile, printSection } from './bench-report';
import { silentLogger } from './silent-logger';

const ROOT = resolve(__dirname, '..');
const H5_DIR = join(ROOT, 'client', 'dist', 'h5');

const VILLAGE_ID = 'village-zheqiao-qimou';
const EXTRA_EXHIBITS = 300;
/** EXHIBIT_PAGE_SIZE in client/src/features/exhibits/use-exhibit-list.ts. */
const PAGE_SIZE = 10;
const SCROLL_BUDGET_MS = 60_000;
/** A thumb's flick: this many pixels of wheel, then a pause, again and again. */
const WHEEL_PX = 240;
const WHEEL_PAUSE_MS = 40;
/** No new card and no new request for this long at the bottom → tap 加载更多 instead. */
const STALL_MS = 4_000;
const FRAME_BUDGET_MS = 1000 / 60;
const JANK_FRAME_MS = 50;
const IDLE_FRAMES_MS = 1_000;

const CARD = '[data-testid="exhibit-list"] [data-testid="exhibit-card"]';
const LOAD_MORE = '[data-testid="exhibit-load-more"]';

/**
 * Runs in the page before the app: times every 村史家珍 list call (fetch is what Taro.request
 * uses on h5), notes when the number of cards changes (and the frame after, when it is drawn),
 * collects long tasks, and on request records requestAnimationFrame intervals.
 */
const PROBE = `(() => {
  const b = { lists: [], cards: [], longTasks: [], frames: [], framing: false, scrollStart: null, scrollEnd: null };
  window.__bench = b;
  try {
    new PerformanceObserver((l) => {
      for (const e of l.getEntries()) b.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch (e) { b.longTaskError = String(e); }
  const realFetch = window.fetch.bind(window);
  window.fetch = (input, init) => {
    const url = typeof input === 'string' ? input : input.url;
    let rec = null;
    if (url.includes('/api/exhibits') && init && typeof init.body === 'string') {
      try {
        const body = JSON.parse(init.body);
        if (body.action === 'list') {
          rec = { start: performance.now(), villageId: (body.payload && body.payload.villageId) || null,
                  cursor: (body.payload && body.payload.cursor) || null, end: null, items: null };
          b.lists.push(rec);
        }
      } catch (e) {}
    }
    const p = realFetch(input, init);
    if (rec) p.then((res) => res.clone().json()).then((j) => {
      rec.end = performance.now();
      rec.items = j && j.data && Array.isArray(j.data.items) ? j.data.items.length : null;
    }, () => { rec.end = performance.now(); });
    return p;
  };
  let last = -1;
  const count = () => document.querySelectorAll(${JSON.stringify(CARD)}).length;
  new MutationObserver(() => {
    const n = count();
    if (n === last) return;
    last = n;
    const dom = performance.now();
    requestAnimationFrame(() => b.cards.push({ count: n, dom, drawn: performance.now() }));
  }).observe(document, { childList: true, subtree: true });
  b.startFrames = () => {
    b.frames = [];
    b.framing = true;
    let prev = null;
    const tick = (t) => {
      if (!b.framing) return;
      if (prev !== null) b.frames.push(t - prev);
      prev = t;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  };
  b.stopFrames = () => { b.framing = false; return b.frames; };
  b.startScroll = () => { b.scrollStart = performance.now(); b.startFrames(); };
  b.stopScroll = () => { b.stopFrames(); b.scrollEnd = performance.now(); };
  // With a tab bar, Taro's h5 pages scroll inside a panel, not the window.
  const scroller = () => {
    let el = document.querySelector('[data-testid="exhibit-list"]');
    while (el && el !== document.body) {
      const o = getComputedStyle(el).overflowY;
      if ((o === 'auto' || o === 'scroll') && el.scrollHeight > el.clientHeight) return el;
      el = el.parentElement;
    }
    return document.scrollingElement || document.documentElement;
  };
  // How far below the visible area a card already has its lazy picture asked for (max seen).
  b.leadPx = 0;
  b.measureLead = () => {
    const visibleBottom = Math.min(window.innerHeight, scroller().getBoundingClientRect().bottom);
    for (const card of document.querySelectorAll(${JSON.stringify(CARD)})) {
      const below = card.getBoundingClientRect().top - visibleBottom;
      if (below > 0 && card.querySelector('img[src]')) b.leadPx = Math.max(b.leadPx, below);
    }
  };
  b.state = () => {
    const s = scroller();
    return {
      cards: count(),
      hasMore: document.querySelector(${JSON.stringify(LOAD_MORE)}) !== null,
      lists: b.lists.length,
      atBottom: s.scrollTop + s.clientHeight >= s.scrollHeight - 2,
      scrollTop: s.scrollTop,
      scroller: s === document.scrollingElement ? 'window' : (s.className || s.tagName).toString().split(' ')[0],
    };
  };
})();`;

interface ListCall {
  start: number;
  end: number | null;
  villageId: string | null;
  cursor: string | null;
  items: number | null;
}
interface ProbeDump {
  lists: ListCall[];
  cards: Array<{ count: number; dom: number; drawn: number }>;
  longTasks: Array<{ start: number; duration: number }>;
  frames: number[];
  scrollStart: number | null;
  scrollEnd: number | null;
  leadPx: number;
  longTaskError?: string;
}
interface ScrollState {
  cards: number;
  hasMore: boolean;
  lists: number;
  atBottom: boolean;
  scrollTop: number;
  scroller: string;
}

type RequestKind = 'app' | 'list' | 'api' | 'image' | 'other';
interface TrackedRequest {
  url: string;
  kind: RequestKind;
  /** For 村史家珍 list calls: the village asked for. */
  villageId: string | null;
  /** `open`: before the village was picked (the all-villages first page); `village`: after. */
  phase: Phase;
  bytes: number | null;
  failed: boolean;
}
type Phase = 'open' | 'village';

/** Every request of the page over CDP, with the bytes that came over the wire (headers + body). */
function trackNetwork(cdp: CDPSession) {
  const requests = new Map<string, TrackedRequest>();
  let phase: Phase = 'open';
  cdp.on('Network.requestWillBeSent', (e) => {
    const url = e.request.url;
    let kind: RequestKind = 'other';
    let villageId: string | null = null;
    if (['Document', 'Script', 'Stylesheet', 'Font'].includes(e.type ?? '')) kind = 'app';
    else if (url.includes('/files/')) kind = 'image';
    else if (url.includes('/api/')) {
      kind = 'api';
      if (url.includes('/api/exhibits') && e.request.postData) {
        try {
          const body = JSON.parse(e.request.postData) as {
            action?: string;
            payload?: { villageId?: string };
          };
          if (body.action === 'list') {
            kind = 'list';
            villageId = body.payload?.villageId ?? null;
          }
        } catch {
          // not JSON: stays an ordinary API call
        }
      }
    }
    requests.set(e.requestId, { url, kind, villageId, phase, bytes: null, failed: false });
  });
  cdp.on('Network.loadingFinished', (e) => {
    const r = requests.get(e.requestId);
    if (r) r.bytes = e.encodedDataLength;
  });
  cdp.on('Network.loadingFailed', (e) => {
    const r = requests.get(e.requestId);
    if (r) r.failed = true;
  });
  return {
    setPhase: (next: Phase) => (phase = next),
    all: () => [...requests.values()],
    pending: (kind: RequestKind) =>
      [...requests.values()].filter((r) => r.kind === kind && r.bytes === null && !r.failed).length,
  };
}

interface Snapshot {
  elements: number;
  /** CDP's count of DOM nodes alive in the renderer (text nodes included). */
  nodes: number;
  jsHeapUsedMb: number;
  /** `performance.memory.usedJSHeapSize` (coarse without --enable-precise-memory-info). */
  performanceMemoryMb: number | null;
}

async function snapshot(page: Page, cdp: CDPSession): Promise<Snapshot> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? NaN;
  const [elements, perfMemory] = await page.evaluate<[number, number | null]>(
    `[document.getElementsByTagName('*').length, performance.memory ? performance.memory.usedJSHeapSize : null]`,
  );
  return {
    elements,
    nodes: metric('Nodes'),
    jsHeapUsedMb: metric('JSHeapUsedSize') / 2 ** 20,
    performanceMemoryMb: perfMemory === null ? null : perfMemory / 2 ** 20,
  };
}

/** The seeded data folder: the demo set plus EXTRA_EXHIBITS photo-sized items in one village. */
async function seedDataDir(dataDir: string) {
  const platform = await openLocalPlatform({
    dataDir,
    logger: silentLogger,
    mutationsPerMinute: 1e9,
  });
  try {
    const t0 = Date.now();
    const { store, deps } = platform;
    await seedDemoData(store, deps.dataKeys, deps.clock, deps.files);
    await seedScaleExhibits(store, deps.files, deps.clock, {
      villageId: VILLAGE_ID,
      count: EXTRA_EXHIBITS,
      photoSized: true,
    });
    const seedMs = Date.now() - t0;
    const inVillage = await store
      .collection(exhibitsCollection)
      .count({ status: 'published', villageId: VILLAGE_ID });
    return { seedMs, inVillage };
  } finally {
    await platform.store.close();
  }
}

interface Measured {
  openMs: number;
  firstPageMs: number;
  idleFrames: number[];
  scrollMs: number;
  /** What scrolls: `window`, or the class of the element that does (Taro's tab panel). */
  scroller: string;
  timedOut: boolean;
  fallbackClicks: number;
  uniqueCards: number;
  /** The picture of every card that has one on screen (lazy pictures get a src when near). */
  pictureUrls: string[];
  /** Cards whose lazy picture never got a src although the list was scrolled past them. */
  withoutPicture: Array<{ index: number; exhibitId: string | null; img: boolean }>;
  first: Snapshot;
  end: Snapshot;
  probe: ProbeDump;
  network: TrackedRequest[];
  pageErrors: string[];
}

/** Opens the 村史 tab, picks the village, and scrolls like a thumb until every item is there. */
async function measure(url: string, context: BrowserContext, total: number): Promise<Measured> {
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.addInitScript({ content: PROBE });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Performance.enable');
  const network = trackNetwork(cdp);
  const state = () => page.evaluate<ScrollState>('window.__bench.state()');
  let steps = 0;

  const t0 = Date.now();
  await page.goto(`${url}/#/pages/history/index`);
  const chip = page.locator(
    `[data-testid="village-picker"] [data-village="${VILLAGE_ID}"] >> visible=true`,
  );
  await chip.first().waitFor({ timeout: 30_000 });
  await page.locator('[data-testid="exhibit-list"][data-state="ready"]').waitFor({
    timeout: 30_000,
  });
  const openMs = Date.now() - t0;

  const t1 = Date.now();
  network.setPhase('village');
  await chip.first().click();
  await page.waitForFunction(
    `(() => { const l = window.__bench.lists.filter((c) => c.villageId === ${JSON.stringify(VILLAGE_ID)});
       return l.length > 0 && l[0].end !== null && window.__bench.state().cards >= ${Math.min(PAGE_SIZE, total)}; })()`,
    undefined,
    { timeout: 30_000 },
  );
  const firstPageMs = Date.now() - t1;
  const first = await snapshot(page, cdp);
  // The same window at rest, for comparison with the frames while scrolling.
  await page.evaluate('window.__bench.startFrames()');
  await page.waitForTimeout(IDLE_FRAMES_MS);
  const idleFrames = await page.evaluate<number[]>('window.__bench.stopFrames()');

  // Scroll like a thumb: short wheel flicks with pauses, until everything is loaded.
  const viewport = page.viewportSize() ?? { width: 390, height: 844 };
  await page.mouse.move(viewport.width / 2, viewport.height * 0.6);
  await page.evaluate('window.__bench.startScroll()');
  const t2 = Date.now();
  const deadline = t2 + SCROLL_BUDGET_MS;
  let fallbackClicks = 0;
  let timedOut = true;
  let last = await state();
  let lastProgressAt = Date.now();
  while (Date.now() < deadline) {
    await page.mouse.wheel(0, WHEEL_PX);
    await page.waitForTimeout(WHEEL_PAUSE_MS);
    if (++steps % 5 === 0) await page.evaluate('window.__bench.measureLead()');
    const s = await state();
    if (s.cards >= total && !s.hasMore) {
      // Everything is listed: finish the scroll so the last pictures come into view.
      if (s.atBottom) {
        timedOut = false;
        break;
      }
      continue;
    }
    if (s.cards !== last.cards || s.lists !== last.lists || s.scrollTop !== last.scrollTop) {
      lastProgressAt = Date.now();
    } else if (s.hasMore && Date.now() - lastProgressAt > STALL_MS) {
      await page.locator(`${LOAD_MORE} >> visible=true`).first().click();
      fallbackClicks++;
      lastProgressAt = Date.now();
    }
    last = s;
  }
  await page.evaluate('window.__bench.stopScroll()');
  const scrollMs = Date.now() - t2;
  // Let every card's picture be asked for and arrive (lazy pictures get their src a frame or
  // two after they come near).
  await page
    .waitForFunction(
      `[...document.querySelectorAll(${JSON.stringify(CARD)})].every((c) => c.querySelector('img[src]'))`,
      undefined,
      { timeout: 5_000 },
    )
    .catch(() => undefined);
  const settle = Date.now() + 10_000;
  while (network.pending('image') > 0 && Date.now() < settle) await page.waitForTimeout(100);

  const end = await snapshot(page, cdp);
  const { uniqueCards, pictureUrls, withoutPicture } = await page.evaluate<{
    uniqueCards: number;
    pictureUrls: string[];
    withoutPicture: Measured['withoutPicture'];
  }>(
    `(() => { const cards = [...document.querySelectorAll(${JSON.stringify(CARD)})];
       const pictureOf = (c) => c.querySelector('img[src]');
       return { uniqueCards: new Set(cards.map((c) => c.getAttribute('data-exhibit-id'))).size,
                pictureUrls: cards.map(pictureOf).filter(Boolean).map((i) => i.src),
                withoutPicture: cards.map((c, index) => pictureOf(c) ? null : { index,
                  exhibitId: c.getAttribute('data-exhibit-id'), img: c.querySelector('img') !== null }).filter(Boolean) }; })()`,
  );
  const probe = await page.evaluate<ProbeDump>(
    `(() => { const { startFrames, stopFrames, startScroll, stopScroll, measureLead, state, framing, ...rest } = window.__bench; return rest; })()`,
  );
  await cdp.detach().catch(() => undefined);
  return {
    openMs,
    firstPageMs,
    idleFrames,
    scrollMs,
    scroller: last.scroller,
    timedOut,
    fallbackClicks,
    uniqueCards,
    pictureUrls,
    withoutPicture,
    first,
    end,
    probe,
    network: network.all(),
    pageErrors,
  };
}

/** List call → the frame after the cards of that page were in the DOM, per page of the village. */
function pageLoadTimes(probe: ProbeDump): number[] {
  const calls = probe.lists.filter((c) => c.villageId === VILLAGE_ID);
  const out: number[] = [];
  let expected = 0;
  for (const call of calls) {
    expected += call.items ?? 0;
    const drawn = probe.cards.find((c) => c.dom >= call.start && c.count >= expected);
    if (drawn) out.push(drawn.drawn - call.start);
  }
  return out;
}

interface ChunkGroup {
  routes: string[];
  chunks: string[];
  jsBytes: number;
  cssBytes: number;
  gzipBytes: number;
}

/**
 * The h5 build's page chunks, read from the route table in app.*.js (`"path":…,"load":…u.e(N)`):
 * the exhibits package's pages, the 村史 tab that now hosts the browser, and the median page.
 */
function h5ChunkSizes(): {
  exhibitsPackage: ChunkGroup;
  historyTab: ChunkGroup;
  medianPageChunkBytes: number;
  routes: number;
} | null {
  const jsDir = join(H5_DIR, 'js');
  const cssDir = join(H5_DIR, 'css');
  if (!existsSync(jsDir)) return null;
  const jsFiles = readdirSync(jsDir);
  const cssFiles = existsSync(cssDir) ? readdirSync(cssDir) : [];
  const app = jsFiles.find((f) => /^app\.[0-9a-f]+\.js$/.test(f));
  if (!app) return null;
  const source = readFileSync(join(jsDir, app), 'utf8');
  const routes = new Map<string, string[]>();
  for (const m of source.matchAll(
    /"path":"([^"]+)","load":function\([^)]*\)\{return\[([^\]]*)\]/g,
  )) {
    routes.set(
      m[1] ?? '',
      [...(m[2] ?? '').matchAll(/\.e\((\d+)\)/g)].map((e) => e[1] ?? ''),
    );
  }
  const filesOf = (chunk: string) => ({
    js: jsFiles.filter((f) => f.startsWith(`${chunk}.`) && f.endsWith('.js')),
    css: cssFiles.filter((f) => f.startsWith(`${chunk}.`) && f.endsWith('.css')),
  });
  const group = (match: (route: string) => boolean): ChunkGroup => {
    const picked = [...routes.keys()].filter(match);
    const chunks = [...new Set(picked.flatMap((r) => routes.get(r) ?? []))];
    let jsBytes = 0;
    let cssBytes = 0;
    let gzipBytes = 0;
    for (const c of chunks) {
      const { js, css } = filesOf(c);
      for (const f of js) {
        const b = readFileSync(join(jsDir, f));
        jsBytes += b.length;
        gzipBytes += gzipSync(b).length;
      }
      for (const f of css) {
        const b = readFileSync(join(cssDir, f));
        cssBytes += b.length;
        gzipBytes += gzipSync(b).length;
      }
    }
    return { routes: picked, chunks, jsBytes, cssBytes, gzipBytes };
  };
  const perRoute = [...routes.keys()]
    .map((r) => group((x) => x === r).jsBytes)
    .sort((a, b) => a - b);
  return {
    exhibitsPackage: group((r) => r.startsWith('packages/exhibits/')),
    historyTab: group((r) => r === 'pages/history/index'),
    medianPageChunkBytes: percentile(perRoute, 50),
    routes: routes.size,
  };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const pct = (a: number, b: number) => (b > 0 ? `${((a / b) * 100).toFixed(0)}%` : 'n/a');
const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);
const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
const f1 = (v: number) => v.toFixed(1);

/**
 * The 村史家珍 list on a long village: ~300 extra published items with photo-sized pictures in
 * one demo village, opened in Chromium on a phone-sized window and scrolled like a thumb to the
 * end. Items and requests, per-page load time, frame intervals and long tasks while scrolling,
 * DOM and heap growth, bytes per page and per card, and the h5 chunks of the exhibits pages.
 */
export async function run(): Promise<BenchSection> {
  const name = 'exhibit list scroll';
  if (!existsSync(join(H5_DIR, 'index.html'))) {
    return { name, lines: ['skipped: no h5 build (npm run build:h5)'], data: { skipped: true } };
  }
  if (!existsSync(CHROMIUM_EXECUTABLE)) {
    return {
      name,
      lines: [`skipped: no browser at ${CHROMIUM_EXECUTABLE} (bash scripts/ensure-chromium.sh)`],
      data: { skipped: true },
    };
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'psv-bench-exhibits-'));
  let gateway: GatewayProcess | null = null;
  let chromium: LaunchedChromium | null = null;
  try {
    const { seedMs, inVillage: total } = await seedDataDir(dataDir);
    gateway = await startGatewayProcess({ dataDir, env: { LOG_LEVEL: 'warn' } });
    chromium = await launchChromium();
    const m = await measure(gateway.url, chromium.context, total);
    const p = m.probe;

    // Items and requests.
    const loaded = m.uniqueCards;
    const villageCalls = p.lists.filter((c) => c.villageId === VILLAGE_ID);
    const expectedCalls = Math.ceil(total / PAGE_SIZE);
    const pageMs = sorted(pageLoadTimes(p));

    // Smoothness while scrolling.
    const frames = sorted(p.frames);
    const framesOver = frames.filter((f) => f > JANK_FRAME_MS).length;
    const inScroll = (t: { start: number }) =>
      p.scrollStart !== null && t.start >= p.scrollStart && t.start <= (p.scrollEnd ?? Infinity);
    const scrollLongTasks = p.longTasks.filter(inScroll);
    const frameStats = {
      n: frames.length,
      p50: percentile(frames, 50),
      p95: percentile(frames, 95),
      max: frames.at(-1) ?? NaN,
      over50msShare: frames.length ? framesOver / frames.length : NaN,
    };
    const idle = sorted(m.idleFrames);
    const idleStats = {
      n: idle.length,
      p50: percentile(idle, 50),
      p95: percentile(idle, 95),
      max: idle.at(-1) ?? NaN,
    };

    // Bytes.
    const bytesOf = (rs: TrackedRequest[]) => sum(rs.map((r) => r.bytes ?? 0));
    const app = m.network.filter((r) => r.kind === 'app');
    const listPages = m.network.filter((r) => r.kind === 'list' && r.villageId === VILLAGE_ID);
    const otherApi = m.network.filter(
      (r) => r.kind === 'api' || (r.kind === 'list' && r.villageId !== VILLAGE_ID),
    );
    const shown = new Set(m.pictureUrls);
    const images = m.network.filter((r) => r.kind === 'image' && shown.has(r.url));
    // Pictures of cards that are not in the final list: the all-villages page before the pick.
    const offList = m.network.filter((r) => r.kind === 'image' && !shown.has(r.url));
    const imagesDone = images.filter((r) => r.bytes !== null);
    const listBytes = sorted(listPages.map((r) => r.bytes ?? 0));
    const imageBytes = bytesOf(images);
    const bytes = {
      appFiles: app.length,
      appBytes: bytesOf(app),
      listPages: listPages.length,
      listPageBytesP50: percentile(listBytes, 50),
      listBytesTotal: sum(listBytes),
      listBytesPerCard: loaded ? sum(listBytes) / loaded : NaN,
      otherApiCalls: otherApi.length,
      otherApiBytes: bytesOf(otherApi),
      imagesOffList: offList.length,
      imageBytesOffList: bytesOf(offList),
      imageRequests: images.length,
      imagesLoaded: imagesDone.length,
      imagesFailed: images.filter((r) => r.failed).length,
      imageBytes,
      imageBytesPerCard: loaded ? imageBytes / loaded : NaN,
      imageBytesPerImage: imagesDone.length ? imageBytes / imagesDone.length : NaN,
    };
    const totalBytes =
      bytes.appBytes +
      bytes.listBytesTotal +
      bytes.otherApiBytes +
      bytes.imageBytesOffList +
      imageBytes;

    const chunks = h5ChunkSizes();
    const fr = (v: number) =>
      `${f1(v)} ms (${(v / FRAME_BUDGET_MS).toFixed(1)}× the 16.7 ms frame)`;
    const growth = (a: number, b: number) => (a > 0 ? `${(b / a).toFixed(1)}×` : 'n/a');
    const lines = [
      `seed: ${EXTRA_EXHIBITS} photo-sized items added to ${VILLAGE_ID} in ${(seedMs / 1000).toFixed(1)} s; ${total} published there`,
      `open 村史 tab ${m.openMs} ms; pick the village → first ${PAGE_SIZE} cards ${m.firstPageMs} ms; scrolled (${m.scroller}) to the end in ${(m.scrollMs / 1000).toFixed(1)} s${m.timedOut ? ` — STOPPED at the ${SCROLL_BUDGET_MS / 1000} s budget` : ''}`,
      `items loaded ${loaded} of ${total} (${pct(loaded, total)})${loaded < total ? ` — ${total - loaded} MISSING` : ''}; cards in the DOM ${p.cards.at(-1)?.count ?? 0}${m.fallbackClicks ? `; 加载更多 tapped ${m.fallbackClicks}× because scrolling stalled` : '; all by scrolling (no 加载更多 taps)'}`,
      `list requests ${villageCalls.length} for ceil(${total}/${PAGE_SIZE}) = ${expectedCalls} (${(villageCalls.length / expectedCalls).toFixed(2)}×)${villageCalls.length === expectedCalls ? '' : ' — NOT one per page'}`,
      `per page (list call → cards drawn): p50 ${f1(percentile(pageMs, 50))} ms  p95 ${f1(percentile(pageMs, 95))} ms  max ${f1(pageMs.at(-1) ?? NaN)} ms over ${pageMs.length} pages`,
      `frames while scrolling (${frames.length}): p50 ${fr(frameStats.p50)}, p95 ${fr(frameStats.p95)}, max ${fr(frameStats.max)}; over ${JANK_FRAME_MS} ms: ${framesOver} (${(frameStats.over50msShare * 100).toFixed(1)}%)`,
      `frames at rest (${idle.length} in ${IDLE_FRAMES_MS / 1000} s, same window): p50 ${f1(idleStats.p50)} ms, p95 ${f1(idleStats.p95)} ms, max ${f1(idleStats.max)} ms`,
      `long tasks: ${scrollLongTasks.length} while scrolling, ${f1(sum(scrollLongTasks.map((t) => t.duration)))} ms total; ${p.longTasks.length} in the whole visit, ${f1(sum(p.longTasks.map((t) => t.duration)))} ms${p.longTaskError ? ` (observer: ${p.longTaskError})` : ''}`,
      `DOM elements ${m.first.elements} → ${m.end.elements} (${growth(m.first.elements, m.end.elements)}), nodes ${m.first.nodes} → ${m.end.nodes}; JS heap after GC ${f1(m.first.jsHeapUsedMb)} → ${f1(m.end.jsHeapUsedMb)} MB (${growth(m.first.jsHeapUsedMb, m.end.jsHeapUsedMb)})${m.end.performanceMemoryMb !== null ? `; performance.memory ${f1(m.first.performanceMemoryMb ?? NaN)} → ${f1(m.end.performanceMemoryMb)} MB` : ''}`,
      `bytes over the wire (the gateway does not compress): ${kb(totalBytes)} in all — app HTML/JS/CSS ${kb(bytes.appBytes)} in ${bytes.appFiles} files (${pct(bytes.appBytes, totalBytes)}); list JSON ${kb(bytes.listBytesTotal)} (p50 ${kb(bytes.listPageBytesP50)} a page, ${kb(bytes.listBytesPerCard)} a card); other API ${kb(bytes.otherApiBytes)} in ${bytes.otherApiCalls} calls`,
      `images: ${bytes.imagesLoaded} loaded for ${loaded} cards (${pct(bytes.imagesLoaded, loaded)})${bytes.imagesFailed ? `, ${bytes.imagesFailed} failed` : ''}; ${kb(imageBytes)} (${pct(imageBytes, totalBytes)} of all bytes) = ${kb(bytes.imageBytesPerCard)} a card (${kb(bytes.imageBytesPerImage)} an image) — cards load the ${LIST_IMAGE_SIDE} px list copy uploaded with each photo${bytes.imagesOffList ? `; ${bytes.imagesOffList} more (${kb(bytes.imageBytesOffList)}) for cards no longer listed (all villages, before the pick)` : ''}`,
      `lazy pictures are asked for at most ${p.leadPx.toFixed(0)} px before their card scrolls into view (h5 cards use the browser's loading=lazy; weapp's lazyLoad looks about three screens ahead)`,
      chunks
        ? `h5 chunks: exhibits package (${chunks.exhibitsPackage.routes.length} pages, ${chunks.exhibitsPackage.chunks.length} chunks) ${kb(chunks.exhibitsPackage.jsBytes)} JS + ${kb(chunks.exhibitsPackage.cssBytes)} CSS (${kb(chunks.exhibitsPackage.gzipBytes)} gzip); 村史 tab chunk ${kb(chunks.historyTab.jsBytes)} JS + ${kb(chunks.historyTab.cssBytes)} CSS (${kb(chunks.historyTab.gzipBytes)} gzip); median page chunk of ${chunks.routes} ${kb(chunks.medianPageChunkBytes)} (weapp sizes: client/bench/package-size.ts)`
        : 'h5 chunks: client/dist/h5 not found',
      ...(m.withoutPicture.length
        ? [
            `cards whose lazy picture never loaded: ${m.withoutPicture.map((c) => `#${c.index} ${c.exhibitId ?? '?'}${c.img ? '' : ' (no img element)'}`).join(', ')}`,
          ]
        : []),
      ...(m.pageErrors.length ? [`page errors: ${m.pageErrors.join(' | ')}`] : []),
    ];
    return {
      name: `村史家珍 list scroll: ${total} items in one village`,
      lines,
      data: {
        villageId: VILLAGE_ID,
        itemsInVillage: total,
        itemsLoaded: loaded,
        loadedRatio: total ? loaded / total : NaN,
        timedOut: m.timedOut,
        fallbackLoadMoreTaps: m.fallbackClicks,
        listRequests: villageCalls.length,
        expectedListRequests: expectedCalls,
        listRequestsRatio: villageCalls.length / expectedCalls,
        seedMs,
        openTabMs: m.openMs,
        firstPageMs: m.firstPageMs,
        scrollMs: m.scrollMs,
        pageLoadMs: {
          n: pageMs.length,
          p50: percentile(pageMs, 50),
          p95: percentile(pageMs, 95),
          max: pageMs.at(-1) ?? NaN,
        },
        frameMs: {
          ...frameStats,
          p50OverBudget: frameStats.p50 / FRAME_BUDGET_MS,
          p95OverBudget: frameStats.p95 / FRAME_BUDGET_MS,
          maxOverBudget: frameStats.max / FRAME_BUDGET_MS,
        },
        idleFrameMs: idleStats,
        longTasks: {
          whileScrolling: scrollLongTasks.length,
          whileScrollingMs: sum(scrollLongTasks.map((t) => t.duration)),
          total: p.longTasks.length,
          totalMs: sum(p.longTasks.map((t) => t.duration)),
        },
        firstPage: m.first,
        end: m.end,
        domElementsGrowth: m.end.elements / m.first.elements,
        jsHeapGrowth: m.end.jsHeapUsedMb / m.first.jsHeapUsedMb,
        bytes: { ...bytes, total: totalBytes },
        h5Chunks: chunks,
        cardsWithoutPicture: m.withoutPicture,
        lazyLeadPx: p.leadPx,
        scroller: m.scroller,
        pageErrors: m.pageErrors,
      },
    };
  } finally {
    await chromium?.close();
    await gateway?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  run().then(printSection, (e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  });
}
