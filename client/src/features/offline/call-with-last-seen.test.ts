import { taroStorage } from '../../../test-support/taro-mock';
import type { ClientCallResult } from '../../api/client-call-result';
import { clearSession, saveSession } from '../session/session-store';
import { callWithLastSeen } from './call-with-last-seen';
import { readLastSeen } from './last-seen-cache';

const MA = {
  token: 'tok-ma-0000000000',
  persona: 'villager',
  userId: 'u-ma',
  role: 'villager',
  name: '马文礼',
} as const;
const WANG = { ...MA, token: 'tok-wang-00000000', userId: 'u-wang', name: '王桂兰' } as const;

const household = { household: { householdId: 'h-1', headName: '马文礼' } };

beforeEach(() => {
  taroStorage.clear();
  saveSession(MA);
});

/** A read whose answer arrives when the test says so. */
function slowRead() {
  let answer: (r: ClientCallResult<typeof household>) => void = () => undefined;
  const load = () =>
    new Promise<ClientCallResult<typeof household>>((resolve) => {
      answer = resolve;
    });
  return { load, answer: (r: ClientCallResult<typeof household>) => answer(r) };
}

test('an answer kept for the signed-in user is there for them', async () => {
  const read = slowRead();
  const call = callWithLastSeen(read.load, 'my-household');
  read.answer({ ok: true, data: household });
  await call;
  expect(readLastSeen('u-ma', 'my-household')?.data).toEqual(household);
});

test('a read still on its way at logout is not kept for the one who left', async () => {
  const read = slowRead();
  const call = callWithLastSeen(read.load, 'my-household');
  clearSession();
  read.answer({ ok: true, data: household });
  const outcome = await call;
  expect(outcome).toEqual({
    ok: false,
    error: { code: 'UNAUTHENTICATED', message: '登录的人换了，请重新打开这一页。' },
  });
  expect(readLastSeen('u-ma', 'my-household')).toBeNull();
});

test('a read on its way when another person logs in is kept for nobody', async () => {
  const read = slowRead();
  const call = callWithLastSeen(read.load, 'my-household');
  clearSession();
  saveSession(WANG);
  read.answer({ ok: true, data: household });
  expect((await call).ok).toBe(false);
  expect(readLastSeen('u-ma', 'my-household')).toBeNull();
  expect(readLastSeen('u-wang', 'my-household')).toBeNull();
});

test('a public list read before login and answered after it is shown, and kept for nobody', async () => {
  clearSession();
  const read = slowRead();
  const call = callWithLastSeen(read.load, 'policies');
  saveSession(WANG);
  read.answer({ ok: true, data: household });
  expect((await call).ok).toBe(true);
  expect(readLastSeen('u-wang', 'policies')).toBeNull();
});
