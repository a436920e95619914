import type { DevLoginSetting } from './env';

/** 127.0.0.0/8, ::1, ::ffff:127.x and the name localhost: only this machine can connect. */
export function isLoopbackHost(host: string): boolean {
  const h = host
    .trim()
    .toLowerCase()
    .replace(/^\[|\]$/g, '');
  if (h === 'localhost' || h === '::1') return true;
  const v4 = h.startsWith('::ffff:') ? h.slice(7) : h;
  return /^127(\.\d{1,3}){3}$/.test(v4);
}

export type DevLoginDecision = { enabled: boolean } | { refuse: string };

/**
 * Dev login hands out admin tokens, so it exists only where nobody else can reach it: `auto` is on
 * for loopback hosts only, and a gateway on any other address with dev login on does not start.
 */
export function decideDevLogin(setting: DevLoginSetting, host: string): DevLoginDecision {
  const loopback = isLoopbackHost(host);
  if (setting === 'off') return { enabled: false };
  if (setting === 'auto') return { enabled: loopback };
  if (!loopback) {
    return {
      refuse:
        `DEV_LOGIN=on is refused on HOST=${host}: dev login gives anyone who can reach the ` +
        'gateway an admin token. Listen on 127.0.0.1 (the default), or set DEV_LOGIN=off/auto.',
    };
  }
  return { enabled: true };
}
