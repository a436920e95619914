import { loadElderlyPreference, themeClassName } from '../../elderly-mode/elderly-mode-setting';
import './page-open-failed.css';

export interface PageOpenFailedOptions {
  /** Shown as the reason's second line. */
  offline: boolean;
  onRetry: () => void;
  /** No page was open (the app's first page failed): offer 回首页 instead of 关闭. */
  onHome?: () => void;
}

const ID = 'psv-open-failed';

/** Elderly mode as the page on the screen shows it (or as chosen, when no page is open). */
function elderlyNow(): boolean {
  if (document.querySelector('[data-elderly="on"]')) return true;
  if (document.querySelector('[data-elderly="off"]')) return false;
  return loadElderlyPreference() === 'on';
}

function button(text: string, primary: boolean, onClick: () => void): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = primary ? 'psv-button psv-button--primary' : 'psv-button';
  b.textContent = text;
  b.addEventListener('click', onClick);
  return b;
}

/**
 * h5: "网络不好，页面没有打开" with 重试, over whatever is on the screen (the page that could
 * not open has nothing to draw with). Outside React on purpose: it must show when the page's
 * own code is what is missing. Shown once at a time.
 */
export function showPageOpenFailed(options: PageOpenFailedOptions): void {
  hidePageOpenFailed();
  const box = document.createElement('div');
  box.id = ID;
  box.className = `${themeClassName(elderlyNow())} psv-open-failed`;
  box.setAttribute('role', 'alert');
  box.dataset.testid = 'page-open-failed';
  const title = document.createElement('div');
  title.className = 'psv-open-failed__title';
  title.textContent = '网络不好，页面没有打开。';
  const hint = document.createElement('div');
  hint.className = 'psv-text-secondary';
  hint.textContent = options.offline
    ? '现在没有网络。联网后点“重试”。'
    : '可能是网络太慢。点“重试”再打开一次。';
  const actions = document.createElement('div');
  actions.className = 'psv-open-failed__actions';
  actions.append(
    button('重试', true, () => {
      hidePageOpenFailed();
      options.onRetry();
    }),
    options.onHome
      ? button('回首页', false, () => {
          hidePageOpenFailed();
          options.onHome?.();
        })
      : button('关闭', false, hidePageOpenFailed),
  );
  box.append(title, hint, actions);
  document.body.append(box);
}

export function hidePageOpenFailed(): void {
  document.getElementById(ID)?.remove();
}

export function pageOpenFailedShown(): boolean {
  return document.getElementById(ID) !== null;
}
