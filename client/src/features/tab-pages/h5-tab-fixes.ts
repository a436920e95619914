/**
 * Work-arounds for Taro's h5 router and tab bar (h5-tab-fixes.h5.ts). The mini-program's pages
 * and its custom tab bar are WeChat's own: nothing to do.
 */
export function installH5TabFixes(): void {
  // weapp (and tests): nothing to work around.
}
