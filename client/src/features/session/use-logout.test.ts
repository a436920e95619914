import { taroMocks, taroStorage } from '../../../test-support/taro-mock';
import { readStored, writeStored } from '../../storage/local-store';
import { draftKey } from '../../storage/user-scoped-key';
import { appOutbox } from '../outbox/app-outbox';
import { readSelfCheckResult, saveSelfCheckResult } from '../policies/self-check-result-store';
import { pendingRevocationCount, sendPendingRevocations } from './pending-revocations';
import { loadSession, saveSession } from './session-store';
import { logout } from './use-logout';

const MA = {
  token: 'tok-ma-0000000000',
  persona: 'villager',
  userId: 'u-ma',
  role: 'villager',
  name: '马文礼',
} as const;
const offline = () => taroMocks.request.mockRejectedValue(new Error('request:fail offline'));
const isAny = (v: unknown): v is unknown => v !== null;

beforeEach(() => {
  taroStorage.clear();
  taroMocks.request.mockReset();
});

test('logout offline: his unsent item and draft are kept for him only, the rest cleared, the token revoked later', async () => {
  offline();
  saveSession(MA);
  const outbox = appOutbox();
  outbox.enqueue({
    fn: 'feedback',
    action: 'submit',
    payload: { category: 'help', content: '我家老人得了癌症' },
    label: '求帮助：我家老人得了癌症',
  });
  await outbox.flush({ force: true });
  writeStored(draftKey('u-ma', 'feedback'), { savedAt: 1, value: { content: '我儿子欠了贷款' } });
  saveSelfCheckResult([]);

  await logout('keep');
  expect(loadSession()).toBeNull();
  expect(readSelfCheckResult()).toBeNull();
  expect(outbox.items()).toEqual([]);
  expect(outbox.held()).toEqual([expect.objectContaining({ authorName: '马文礼' })]);
  expect(readStored(draftKey('u-ma', 'feedback'), isAny)).not.toBeNull();
  expect(pendingRevocationCount()).toBe(1);

  // The network is back: the old token's session is ended with that token.
  taroMocks.request.mockResolvedValue({
    statusCode: 200,
    data: { ok: true, data: { revoked: true } },
  });
  await sendPendingRevocations();
  expect(taroMocks.request).toHaveBeenLastCalledWith(
    expect.objectContaining({
      url: '/api/users',
      header: expect.objectContaining({ Authorization: `Bearer ${MA.token}` }) as unknown,
      data: expect.objectContaining({ action: 'logout' }) as unknown,
    }),
  );
  expect(pendingRevocationCount()).toBe(0);

  // He comes back and this time clears everything.
  offline();
  saveSession(MA);
  expect(outbox.items()).toHaveLength(1);
  await logout('clear');
  expect(outbox.held()).toEqual([]);
  expect(readStored(draftKey('u-ma', 'feedback'), isAny)).toBeNull();
  expect(JSON.stringify([...taroStorage.dump()])).not.toMatch(/癌症|贷款/);
});
