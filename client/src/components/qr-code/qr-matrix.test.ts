import { qrRows } from './qr-matrix';
import type { QrRun } from './qr-matrix';

/** The row as modules again (dark = 1). */
const modules = (runs: QrRun[]) =>
  runs.flatMap((r) => Array<number>(r.length).fill(r.dark ? 1 : 0));

test('a short text is a version 1 code (21 modules) inside a 4-module quiet zone', () => {
  const rows = qrRows('123456');
  expect(rows).toHaveLength(29);
  for (const runs of rows) expect(modules(runs)).toHaveLength(29);
  // The quiet zone is white all round.
  for (const r of [0, 3, 25, 28]) expect(modules(rows[r] ?? [])).not.toContain(1);
  for (const runs of rows) {
    const m = modules(runs);
    expect(m.slice(0, 4).concat(m.slice(25))).not.toContain(1);
  }
});

test('the three finder patterns sit in the corners (7×7: dark ring, light ring, dark 3×3)', () => {
  const rows = qrRows('{"courseId":"c1","sessionId":"s1","code":"123456"}').map(modules);
  const n = rows.length - 8;
  const ring = [1, 1, 1, 1, 1, 1, 1];
  for (const [top, left] of [
    [4, 4],
    [4, 4 + n - 7],
    [4 + n - 7, 4],
  ] as const) {
    expect(rows[top]?.slice(left, left + 7)).toEqual(ring);
    expect(rows[top + 1]?.slice(left, left + 7)).toEqual([1, 0, 0, 0, 0, 0, 1]);
    expect(rows[top + 3]?.slice(left, left + 7)).toEqual([1, 0, 1, 1, 1, 0, 1]);
    expect(rows[top + 6]?.slice(left, left + 7)).toEqual(ring);
  }
  // No finder in the fourth corner.
  expect(rows[4 + n - 1]?.slice(4 + n - 7, 4 + n)).not.toEqual(ring);
});

test('longer texts take a larger version; Chinese text is encoded as UTF-8 bytes', () => {
  expect(qrRows('签到').length).toBe(29);
  expect(qrRows('x'.repeat(100)).length).toBeGreaterThan(29);
});

test('runs merge equal neighbours', () => {
  for (const runs of qrRows('abc'))
    runs.forEach((run, i) => {
      expect(run.length).toBeGreaterThan(0);
      if (i > 0) expect(run.dark).not.toBe(runs[i - 1]?.dark);
    });
});
