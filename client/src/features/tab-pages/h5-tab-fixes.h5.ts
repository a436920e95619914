import Taro from '@tarojs/taro';

/**
 * Taro 4.2.1's h5 router hides the page it leaves with a timer (`taro_page_shade` added after its
 * 0.3 s animation + 0.05 s delay, @tarojs/router PageHandler.hide) and never cancels that timer
 * when the villager comes back first: a quick browser Back / back gesture from a sub-page shows
 * the tab page and then the timer hides it again — a blank screen above the tab bar. So after
 * every route change, for as long as that timer can still fire, the page on top of the stack (the
 * one on screen) is watched and shown again at once if it gets hidden.
 */
const HIDE_TIMER_MS = 350;
const SHADE = 'taro_page_shade';

function topPageElement(): HTMLElement | null {
  const pages = Taro.getCurrentPages();
  // Each page's container has the page's path with its stamp as id.
  const path: unknown = pages[pages.length - 1]?.path;
  const el = typeof path === 'string' && path ? document.getElementById(path) : null;
  return el?.classList.contains('taro_page') ? el : null;
}

function keepTopPageShown(): void {
  const el = topPageElement();
  if (!el) return;
  const reshow = () => {
    if (el.classList.contains(SHADE) && topPageElement() === el) el.classList.remove(SHADE);
  };
  reshow();
  const observer = new MutationObserver(reshow);
  observer.observe(el, { attributes: true, attributeFilter: ['class'] });
  setTimeout(() => observer.disconnect(), HIDE_TIMER_MS + 150);
}

/**
 * Taro's h5 tab bar draws each tab as `<a href="javascript:;">`; following such a link is running
 * script from a URL, which the gateway's CSP (no 'unsafe-inline') refuses and reports. The tab's
 * own click handler does the switch, so the link's default action is cancelled before it runs.
 */
function cancelJavascriptLinks(event: MouseEvent): void {
  const target = event.target instanceof Element ? event.target : null;
  const link = target?.closest('.weui-tabbar__item');
  if (link?.getAttribute('href')?.startsWith('javascript:')) event.preventDefault();
}

let installed = false;

/** h5: the tab page on screen after Back stays on screen; tab taps break no CSP rule. */
export function installH5TabFixes(): void {
  if (installed || typeof window === 'undefined') return;
  installed = true;
  Taro.eventCenter.on('__afterTaroRouterChange', keepTopPageShown);
  document.addEventListener('click', cancelJavascriptLinks, true);
}
