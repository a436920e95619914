import type { GatewayProcess } from './test-support/gateway-process';
import { devLogin, postJson, startGatewayProcess } from './test-support/gateway-process';

jest.setTimeout(120_000);

let gw: GatewayProcess;
beforeAll(async () => {
  gw = await startGatewayProcess({ env: { LOG_LEVEL: 'warn' } });
}, 60_000);
afterAll(async () => {
  await gw.stop();
});

type Enrollment = { enrollmentId: string; status: string; waitlistPosition: number | null };

test('200 villagers tapping 报名 at once on a 30-seat course: 30 confirmed, 170 waitlisted in order; 5 cancellations promote the next 5', async () => {
  const trainer = await devLogin(gw.url, 'trainer');
  const created = await postJson(
    `${gw.url}/api/training`,
    {
      action: 'upsertCourse',
      payload: {
        title: '电焊工（集中报名演练）',
        category: 'welding',
        townId: 'town-zheqiao',
        location: '折桥镇培训点',
        description: '',
        requirements: '',
        sessions: [
          {
            sessionId: 's1',
            topic: '第一课',
            startsAt: '2027-03-01T09:00:00+08:00',
            endsAt: '2027-03-01T12:00:00+08:00',
          },
        ],
        capacity: 30,
        signupOpensAt: '2026-01-01T00:00:00+08:00',
        signupClosesAt: '2027-02-20T00:00:00+08:00',
        attendanceToComplete: 1,
      },
    },
    trainer,
  );
  expect(created.status).toBe(200);
  const courseId = String(created.body.data?.courseId);

  const tokens = await Promise.all(
    Array.from({ length: 200 }, (_, i) => devLogin(gw.url, 'villager', `rush${i}`)),
  );
  const enroll = (token: string, key: string) =>
    postJson(
      `${gw.url}/api/training`,
      { action: 'enroll', payload: { courseId }, idempotencyKey: key },
      token,
    );
  // Everyone at once, and villager 0 double-taps (two different taps, two keys).
  const answers = await Promise.all([
    ...tokens.map((tk, i) => enroll(tk, `rush-key-${i}-a`)),
    enroll(tokens[0] ?? '', 'rush-key-0-b'),
  ]);
  expect(answers.every((a) => a.status === 200)).toBe(true);
  const first = answers.slice(0, 200).map((a) => a.body.data as unknown as Enrollment);
  expect(first.filter((e) => e.status === 'confirmed')).toHaveLength(30);
  const waitlisted = first.filter((e) => e.status === 'waitlisted');
  expect(waitlisted).toHaveLength(170);
  // Positions are 1..170, each once (first come, first served).
  expect(waitlisted.map((e) => e.waitlistPosition).sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual(
    Array.from({ length: 170 }, (_, i) => i + 1),
  );
  // The double tap found the same enrollment.
  expect((answers[200]?.body.data as unknown as Enrollment).enrollmentId).toBe(
    first[0]?.enrollmentId,
  );

  const course = await postJson(`${gw.url}/api/training`, {
    action: 'getCourse',
    payload: { courseId },
  });
  expect(course.body.data).toMatchObject({ confirmed: 30, waitlisted: 170, seatsLeft: 0 });

  // Five confirmed trainees cancel; the first five in line move up, in order.
  const byPosition = new Map(first.map((e, i) => [e.waitlistPosition, i]));
  const cancellers = first.flatMap((e, i) => (e.status === 'confirmed' ? [i] : [])).slice(0, 5);
  for (const i of cancellers) {
    const r = await postJson(
      `${gw.url}/api/training`,
      { action: 'cancel', payload: { courseId } },
      tokens[i],
    );
    expect(r.body).toMatchObject({ ok: true, data: { status: 'cancelled' } });
  }
  const statusOf = async (i: number) => {
    const r = await postJson(
      `${gw.url}/api/training`,
      { action: 'myEnrollments', payload: {} },
      tokens[i],
    );
    return (r.body.data?.items as Enrollment[])[0];
  };
  for (let pos = 1; pos <= 5; pos++)
    expect(await statusOf(byPosition.get(pos) ?? -1)).toMatchObject({ status: 'confirmed' });
  expect(await statusOf(byPosition.get(6) ?? -1)).toMatchObject({
    status: 'waitlisted',
    waitlistPosition: 1,
  });
  const after = await postJson(`${gw.url}/api/training`, {
    action: 'getCourse',
    payload: { courseId },
  });
  expect(after.body.data).toMatchObject({ confirmed: 30, waitlisted: 165 });
  const roster = await postJson(
    `${gw.url}/api/training`,
    { action: 'roster', payload: { courseId, status: 'confirmed', limit: 100 } },
    trainer,
  );
  expect((roster.body.data?.items as unknown[]).length).toBe(30);
});
