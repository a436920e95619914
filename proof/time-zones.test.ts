import type { GatewayProcess } from '../gateway/test-support/gateway-process';
import { devLogin, postJson, startGatewayProcess } from '../gateway/test-support/gateway-process';

/**
 * Issue 11 point 7 over HTTP: a trainer writes sign-up windows in Beijing time (+08:00), New
 * York time (-05:00) and UTC; each opens and closes at the instant it names, for the villager's
 * sign-up and for the course list. A time without an offset is refused in plain words.
 */

let gw: GatewayProcess;
beforeAll(async () => {
  gw = await startGatewayProcess({ env: { LOG_LEVEL: 'warn' } });
}, 60_000);
afterAll(async () => {
  await gw.stop();
});

/** `instant` written in the given offset, e.g. `2026-12-01T09:00:00+08:00`. */
function written(instant: number, offsetHours: number): string {
  if (offsetHours === 0) return new Date(instant).toISOString().replace('.000Z', 'Z');
  const local = new Date(instant + offsetHours * 3600_000).toISOString().slice(0, 19);
  const sign = offsetHours > 0 ? '+' : '-';
  return `${local}${sign}${String(Math.abs(offsetHours)).padStart(2, '0')}:00`;
}

const HOUR = 3600_000;

test.each([
  ['Beijing time', 8],
  ['New York time', -5],
  ['UTC', 0],
])(
  'a window written in %s opens and closes at its instants',
  async (_, offset) => {
    const trainer = await devLogin(gw.url, 'trainer');
    const now = Date.now();
    const course = async (opensIn: number, closesIn: number) => {
      const r = await postJson(
        `${gw.url}/api/training`,
        {
          action: 'upsertCourse',
          payload: {
            title: `时区测试 ${offset}`,
            category: 'other',
            townId: 'town-nanlong',
            location: '南龙镇',
            description: '',
            requirements: '',
            sessions: [
              {
                sessionId: 's1',
                topic: '第一课',
                startsAt: written(now + 20 * 24 * HOUR, offset),
                endsAt: written(now + 20 * 24 * HOUR + 3 * HOUR, offset),
              },
            ],
            capacity: 10,
            signupOpensAt: written(now + opensIn, offset),
            signupClosesAt: written(now + closesIn, offset),
            attendanceToComplete: 1,
          },
        },
        trainer,
      );
      if (r.status !== 200) throw new Error(r.text);
      return r.body.data as { courseId: string; openForSignup: boolean; signupClosesAt: string };
    };
    const closed = await course(-48 * HOUR, -1 * HOUR);
    const notYet = await course(1 * HOUR, 48 * HOUR);
    const open = await course(-1 * HOUR, 1 * HOUR);
    expect(closed.signupClosesAt).toMatch(/Z$/);
    expect([closed.openForSignup, notYet.openForSignup, open.openForSignup]).toEqual([
      false,
      false,
      true,
    ]);

    const villager = await devLogin(gw.url, 'villager', `tz${offset + 10}`);
    const enroll = (courseId: string) =>
      postJson(`${gw.url}/api/training`, { action: 'enroll', payload: { courseId } }, villager);
    expect((await enroll(closed.courseId)).body).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: '报名已经截止了。' },
    });
    expect((await enroll(notYet.courseId)).body).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: expect.stringContaining('还没开始') },
    });
    expect((await enroll(open.courseId)).body).toMatchObject({ ok: true });
  },
  60_000,
);

test('a time without an offset is refused in plain words', async () => {
  const trainer = await devLogin(gw.url, 'trainer');
  const r = await postJson(
    `${gw.url}/api/training`,
    {
      action: 'upsertCourse',
      payload: {
        title: '没有时区',
        category: 'other',
        townId: null,
        location: '南龙镇',
        description: '',
        requirements: '',
        sessions: [
          {
            sessionId: 's1',
            topic: '第一课',
            startsAt: '2026-12-20T09:00:00',
            endsAt: '2026-12-20T12:00:00+08:00',
          },
        ],
        capacity: 10,
        signupOpensAt: '2026-12-01T09:00:00',
        signupClosesAt: '2026-12-10T09:00:00+08:00',
        attendanceToComplete: 1,
      },
    },
    trainer,
  );
  expect(r.status).toBe(400);
  expect(r.body.error).toMatchObject({
    code: 'VALIDATION_FAILED',
    fieldErrors: { signupOpensAt: '时间格式不对', 'sessions.0.startsAt': '时间格式不对' },
  });
});
