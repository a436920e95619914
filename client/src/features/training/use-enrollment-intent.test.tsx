import { act, renderHook, waitFor } from '@testing-library/react';
import type { ClientCallResult } from '../../api/client-call-result';
import type { RawCall } from '../../api/api-client';
import { createOutbox, type Outbox } from '../outbox/outbox';
import { taroStorage } from '../../../test-support/taro-mock';
import { useEnroll } from './use-enrollment-intent';
import type { EnrollmentView } from './training-api';

const enrollment = (over: Partial<EnrollmentView> = {}): EnrollmentView => ({
  enrollmentId: 'en-1',
  courseId: 'c-weld',
  courseTitle: '电焊工',
  category: 'welding',
  status: 'confirmed',
  waitlistPosition: null,
  checkIns: [],
  certificateSerial: null,
  enrolledAt: '2026-03-02T00:00:00.000Z',
  firstSessionStartsAt: '2026-04-01T01:00:00.000Z',
  mayCancel: true,
  ...over,
});

interface Deferred {
  resolve: (result: ClientCallResult<unknown>) => void;
}

function scriptedOutbox() {
  const keys: string[] = [];
  const pending: Deferred[] = [];
  const call: RawCall = (_fn, _action, _payload, options) => {
    keys.push(options?.idempotencyKey ?? '(none)');
    return new Promise((resolve) => pending.push({ resolve }));
  };
  const timers: (() => void)[] = [];
  const outbox: Outbox = createOutbox({
    call,
    currentUser: () => ({ userId: 'u-trainee', name: '学员' }),
    storageKey: `outbox.test.${Math.random()}`,
    random: () => 0,
    setTimer: (run) => {
      timers.push(run);
      return timers.length;
    },
    clearTimer: () => undefined,
  });
  return { outbox, keys, pending, runTimers: () => timers.splice(0).forEach((run) => run()) };
}

beforeEach(() => taroStorage.clear());

test('a double tap sends one intent with one idempotency key', async () => {
  const { outbox, keys, pending } = scriptedOutbox();
  const { result } = renderHook(() => useEnroll('c-weld', '电焊工', outbox));
  let first = '';
  let second = '';
  act(() => {
    first = result.current.submit();
    second = result.current.submit();
  });
  expect(second).toBe(first);
  expect(outbox.items().filter((i) => i.action === 'enroll')).toHaveLength(1);
  await waitFor(() => expect(keys).toHaveLength(1));
  expect(result.current.status.state).toBe('sending');

  act(() => pending[0]?.resolve({ ok: true, data: enrollment() }));
  await waitFor(() => expect(result.current.status.state).toBe('done'));
  expect(new Set(keys)).toEqual(new Set([first]));
  outbox.stop();
});

test('retries after a network failure reuse the key of the first tap', async () => {
  const { outbox, keys, pending, runTimers } = scriptedOutbox();
  const { result } = renderHook(() => useEnroll('c-weld', '电焊工', outbox));
  let key = '';
  act(() => {
    key = result.current.submit();
  });
  await waitFor(() => expect(pending).toHaveLength(1));
  await act(async () => {
    pending[0]?.resolve({ ok: false, error: { code: 'NETWORK', message: '网络不太好' } });
    await Promise.resolve();
  });
  await waitFor(() =>
    expect(result.current.status).toMatchObject({ state: 'sending', waitingForNetwork: true }),
  );
  // The villager taps again while it waits: still the same intent.
  act(() => {
    expect(result.current.submit()).toBe(key);
  });
  runTimers();
  await waitFor(() => expect(pending.length).toBeGreaterThanOrEqual(2));
  act(() =>
    pending[pending.length - 1]?.resolve({
      ok: true,
      data: enrollment({ status: 'waitlisted', waitlistPosition: 2 }),
    }),
  );
  await waitFor(() => expect(result.current.status.state).toBe('done'));
  expect(new Set(keys)).toEqual(new Set([key]));
  const status = result.current.status;
  expect(status.state === 'done' && status.enrollment.waitlistPosition).toBe(2);
  outbox.stop();
});

test('a refusal is shown as the server said it, and the next tap is a new intent', async () => {
  const { outbox, keys, pending } = scriptedOutbox();
  const { result } = renderHook(() => useEnroll('c-weld', '电焊工', outbox));
  let first = '';
  act(() => {
    first = result.current.submit();
  });
  await waitFor(() => expect(pending).toHaveLength(1));
  const message = '这个课程有年龄上限，您的年龄超过了要求。';
  act(() => pending[0]?.resolve({ ok: false, error: { code: 'CONFLICT', message } }));
  await waitFor(() => expect(result.current.status).toEqual({ state: 'refused', message }));
  let second = '';
  act(() => {
    second = result.current.submit();
  });
  expect(second).not.toBe(first);
  await waitFor(() => expect(keys).toEqual([first, second]));
  outbox.stop();
});
