import { signupState } from './course-card/signup-badge';
import { currentSession } from './current-session';

const sessions = [
  {
    sessionId: 's1',
    topic: '一',
    startsAt: '2026-12-01T09:00:00+08:00',
    endsAt: '2026-12-01T12:00:00+08:00',
  },
  {
    sessionId: 's2',
    topic: '二',
    startsAt: '2026-12-02T09:00:00+08:00',
    endsAt: '2026-12-02T12:00:00+08:00',
  },
];

test.each([
  // now (UTC) → session, whatever offset the sessions were written in
  ['2026-12-01T00:30:00.000Z', 's1'], // 08:30 Beijing: the first is next
  ['2026-12-01T02:00:00.000Z', 's1'], // 10:00 Beijing: the first is on
  ['2026-12-01T04:30:00.000Z', 's2'], // 12:30 Beijing: the first is over
  ['2026-12-03T00:00:00.000Z', 's2'],
])('at %s the session shown is %s', (now, id) => {
  expect(currentSession(sessions, now)?.sessionId).toBe(id);
});

test.each([
  ['2026-11-30T23:00:00.000Z', 'not_yet'], // 07:00 Beijing, opens at 09:00
  ['2026-12-01T02:00:00.000Z', 'closed'],
])('a closed window at %s reads %s', (now, state) => {
  expect(
    signupState({ openForSignup: false, signupOpensAt: '2026-12-01T09:00:00+08:00' }, now),
  ).toBe(state);
});
