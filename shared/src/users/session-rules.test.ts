import {
  SESSION_IDLE_MS,
  maskClientAddress,
  sessionExpiry,
  sessionNeedsTouch,
  sessionState,
} from './session-rules';

const created = new Date('2026-12-01T08:00:00Z');
const base = {
  createdAt: created.toISOString(),
  lastSeenAt: created.toISOString(),
  expiresAt: sessionExpiry(created),
  revokedAt: null,
};
const later = (ms: number) => new Date(created.getTime() + ms);
const HOUR = 3600 * 1000;

test.each([
  ['fresh', 'active', base, later(1000)],
  ['used 23 h ago', 'active', base, later(23 * HOUR)],
  ['unused for 24 h', 'idle', base, later(SESSION_IDLE_MS)],
  [
    'in use but 3 days old',
    'expired',
    { ...base, lastSeenAt: later(71.5 * HOUR).toISOString() },
    later(72 * HOUR),
  ],
  ['revoked', 'revoked', { ...base, revokedAt: later(HOUR).toISOString() }, later(2 * HOUR)],
  // The same instant written with an offset compares as the instant.
  [
    'offset times',
    'active',
    { ...base, lastSeenAt: '2026-12-02T15:00:00+08:00' },
    later(24 * HOUR),
  ],
] as const)('a session %s is %s', (_name, expected, session, now) => {
  expect(sessionState(session, now)).toBe(expected);
});

test('lastSeenAt is rewritten only every 5 minutes', () => {
  expect(sessionNeedsTouch(base, later(60_000))).toBe(false);
  expect(sessionNeedsTouch(base, later(5 * 60_000))).toBe(true);
});

test.each([
  ['127.0.0.1', '127.0.*.*'],
  ['::ffff:192.168.3.4', '192.168.*.*'],
  ['2408:8207:1234::1', '2408:8207:*'],
  [undefined, null],
])('client address %s is shown as %s', (address, masked) => {
  expect(maskClientAddress(address)).toBe(masked);
});
