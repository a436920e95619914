import { createPruneSchedule } from './prune-expired-records';

function clockAt(ms: number) {
  const clock = { t: ms, now: () => new Date(clock.t) };
  return clock;
}

test('a fresh instance does not sweep on its first call; it sweeps once the interval has passed', () => {
  const clock = clockAt(Date.parse('2026-12-03T08:00:00Z'));
  const schedule = createPruneSchedule(clock, 600_000, () => 0.99);
  expect(schedule.due()).toBe(false);
  clock.t += 599_000;
  expect(schedule.due()).toBe(false);
  clock.t += 1_000;
  expect(schedule.due()).toBe(true);
  expect(schedule.due()).toBe(false);
  clock.t += 600_000;
  expect(schedule.due()).toBe(true);
});

test('by chance an instance sweeps early, once; then again only after the interval', () => {
  const clock = clockAt(Date.parse('2026-12-03T08:00:00Z'));
  const schedule = createPruneSchedule(clock, 600_000, () => 0);
  expect(schedule.due()).toBe(true);
  clock.t += 1_000;
  expect(schedule.due()).toBe(false);
  clock.t += 599_000;
  expect(schedule.due()).toBe(true);
});
