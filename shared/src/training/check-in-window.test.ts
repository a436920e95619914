import { isCheckInOpen, sessionsOpenForCheckIn } from './check-in-window';

const morning = {
  sessionId: 's1',
  startsAt: '2026-12-02T09:00:00+08:00',
  endsAt: '2026-12-02T12:00:00+08:00',
};
const nextWeek = {
  sessionId: 's2',
  startsAt: '2026-12-09T09:00:00+08:00',
  endsAt: '2026-12-09T12:00:00+08:00',
};

test.each([
  ['2026-12-02T00:29:59.000Z', false], // 08:29:59 Beijing: more than 30 minutes early
  ['2026-12-02T00:30:00.000Z', true], // 08:30 Beijing
  ['2026-12-02T10:00:00+08:00', true],
  ['2026-12-02T12:30:00+08:00', true],
  ['2026-12-02T12:30:01+08:00', false],
])('check-in for the 09:00–12:00 class at %s is open: %s', (now, open) => {
  expect(isCheckInOpen(morning, new Date(now))).toBe(open);
});

test('only the class on now gets a code, never next week’s', () => {
  const now = new Date('2026-12-02T10:00:00+08:00');
  expect(sessionsOpenForCheckIn([morning, nextWeek], now).map((s) => s.sessionId)).toEqual(['s1']);
  expect(sessionsOpenForCheckIn([nextWeek], now)).toEqual([]);
});
