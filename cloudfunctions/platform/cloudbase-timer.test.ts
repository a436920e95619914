import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isTimerInvocation } from './cloudbase-timer';

interface RcFunction {
  name: string;
  triggers?: Array<{ name: string; type: string; config: string }>;
}
const rc = JSON.parse(readFileSync(join(__dirname, '../../cloudbaserc.json'), 'utf8')) as {
  functions: RcFunction[];
};

test('the households function has one timer trigger in the form CloudBase documents', () => {
  const households = rc.functions.find((f) => f.name === 'households');
  expect(households?.triggers).toEqual([
    { name: 'sweep-exports', type: 'timer', config: '0 */5 * * * * *' },
  ]);
  for (const f of rc.functions) {
    // One trigger per function; names of up to 60 of a-z A-Z 0-9 - _ starting with a letter;
    // cron with seven fields (second minute hour day month weekday year).
    expect((f.triggers ?? []).length).toBeLessThanOrEqual(1);
    for (const t of f.triggers ?? []) {
      expect(t.name).toMatch(/^[A-Za-z][A-Za-z0-9_-]{0,59}$/);
      expect(t.type).toBe('timer');
      expect(t.config.split(' ')).toHaveLength(7);
    }
  }
});

test('a timer event is told from a call: calls carry the caller in the context', () => {
  const timer = { Type: 'Timer', TriggerName: 'sweep-exports', Time: '2026-12-02T05:00:00Z' };
  expect(isTimerInvocation(timer, { environment: '{}' })).toBe(true);
  expect(isTimerInvocation({ ...timer, Type: 'timer' }, undefined)).toBe(true);
  expect(
    isTimerInvocation(timer, { environment: JSON.stringify({ WX_OPENID: 'oAbcdef123456' }) }),
  ).toBe(false);
  expect(isTimerInvocation({ action: 'export', payload: {} }, {})).toBe(false);
});
