import Taro from '@tarojs/taro';
import type { Platform } from '../../env';
import type { SystemReadingHint } from './elderly-mode-setting';

/** WeChat's normal font setting is 16; "大" and above report more. */
const WEAPP_NORMAL_FONT = 16;
/** Browsers default to 16px unless the user raised it. */
const BROWSER_NORMAL_FONT = 16;

function weappHint(): SystemReadingHint {
  try {
    const info = Taro.getSystemInfoSync() as { fontSizeSetting?: number };
    return {
      largeText: (info.fontSizeSetting ?? WEAPP_NORMAL_FONT) > WEAPP_NORMAL_FONT,
      highContrast: false,
    };
  } catch {
    return { largeText: false, highContrast: false };
  }
}

/** The browser's default font size, measured on an element Taro's rem scaling does not touch. */
function browserDefaultFontPx(): number {
  const probe = document.createElement('div');
  probe.style.cssText = 'position:absolute;visibility:hidden;font-size:medium;';
  document.body.appendChild(probe);
  const size = parseFloat(getComputedStyle(probe).fontSize);
  probe.remove();
  return Number.isFinite(size) ? size : BROWSER_NORMAL_FONT;
}

function h5Hint(): SystemReadingHint {
  if (typeof window === 'undefined' || typeof document === 'undefined' || !document.body) {
    return { largeText: false, highContrast: false };
  }
  const highContrast =
    typeof window.matchMedia === 'function' &&
    (window.matchMedia('(prefers-contrast: more)').matches ||
      window.matchMedia('(forced-colors: active)').matches);
  return { largeText: browserDefaultFontPx() > BROWSER_NORMAL_FONT, highContrast };
}

export function readSystemReadingHint(platform: Platform): SystemReadingHint {
  return platform === 'weapp' ? weappHint() : h5Hint();
}
