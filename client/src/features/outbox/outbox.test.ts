import type { RawCall } from '../../api/api-client';
import type { ClientCallResult } from '../../api/client-call-result';
import { taroStorage } from '../../../test-support/taro-mock';
import { heldMarker } from '../images/held-photo';
import { createHeldPhotos, memoryHeldPhotoBackend } from '../images/held-photo-store';
import { IDEMPOTENCY_KEY_PATTERN } from './idempotency-key';
import { createOutbox, type Outbox } from './outbox';

interface Sent {
  fn: string;
  action: string;
  payload: unknown;
  key: string | undefined;
}

/** A server stand-in that answers each call with the next scripted result. */
function scriptedServer(answers: ClientCallResult<unknown>[]) {
  const sent: Sent[] = [];
  const call: RawCall = (fn, action, payload, options) => {
    sent.push({ fn, action, payload, key: options?.idempotencyKey });
    const answer = answers.shift() ?? { ok: true, data: { id: 'x' } };
    return Promise.resolve(answer);
  };
  return { call, sent };
}

const network = { ok: false, error: { code: 'NETWORK', message: '网络不好' } } as const;
const internal = { ok: false, error: { code: 'INTERNAL', message: '系统出了点问题' } } as const;
const rateLimited = { ok: false, error: { code: 'RATE_LIMITED', message: '太频繁' } } as const;
const invalid = {
  ok: false,
  error: { code: 'VALIDATION_FAILED', message: '填写有误', fieldErrors: { content: '太短' } },
} as const;
const forbidden = { ok: false, error: { code: 'FORBIDDEN', message: '没有权限' } } as const;

const MA = { userId: 'u-ma', name: '马文礼' };
const WANG = { userId: 'u-wang', name: '王桂兰' };
/** Who is logged in on the phone; tests change it as people log in and out. */
let user: { userId: string; name: string | null } | null = MA;

let clock = 1_000_000;
const now = () => clock;
const outboxes: Outbox[] = [];
function makeOutbox(call: RawCall): Outbox {
  const outbox = createOutbox({
    call,
    currentUser: () => user,
    now,
    random: () => 0.5,
    setTimer: () => 0,
    clearTimer: () => undefined,
  });
  outboxes.push(outbox);
  return outbox;
}

beforeEach(() => {
  taroStorage.clear();
  clock = 1_000_000;
  user = MA;
});
afterEach(() => outboxes.splice(0).forEach((o) => o.stop()));

const submission = {
  fn: 'feedback',
  action: 'submit',
  payload: { category: 'help', content: '村口路灯坏了' },
  label: '求帮助',
};

test('a network failure is retried later with the same idempotency key', async () => {
  const server = scriptedServer([network, internal, { ok: true, data: { feedbackId: 'f1' } }]);
  const outbox = makeOutbox(server.call);
  const item = outbox.enqueue(submission);
  expect(item.key).toMatch(IDEMPOTENCY_KEY_PATTERN);
  await outbox.flush();
  expect(outbox.items()[0]?.status).toBe('pending');
  expect(outbox.items()[0]?.lastError?.code).toBe('NETWORK');

  // Not due yet: the backoff holds the retry back.
  await outbox.flush();
  expect(server.sent).toHaveLength(1);

  clock += 60_000;
  await outbox.flush();
  expect(outbox.items()[0]?.status).toBe('pending');
  clock += 60_000;
  await outbox.flush();

  expect(server.sent).toHaveLength(3);
  expect(new Set(server.sent.map((s) => s.key))).toEqual(new Set([item.key]));
  expect(outbox.items()[0]).toMatchObject({
    status: 'sent',
    attempts: 3,
    result: { feedbackId: 'f1' },
  });
});

test('backoff grows between attempts', async () => {
  const server = scriptedServer([network, network]);
  const outbox = makeOutbox(server.call);
  outbox.enqueue(submission);
  await outbox.flush();
  const first = (outbox.items()[0]?.nextAttemptAt ?? 0) - clock;
  clock += first;
  await outbox.flush();
  const second = (outbox.items()[0]?.nextAttemptAt ?? 0) - clock;
  expect(first).toBeGreaterThan(0);
  expect(second).toBeGreaterThan(first);
});

test('the queue survives an app restart and is sent with the original key', async () => {
  const offline = scriptedServer([network]);
  const before = makeOutbox(offline.call);
  const item = before.enqueue(submission);
  await before.flush();
  before.stop();

  // A new outbox reads the same storage, as the app does after a restart.
  const online = scriptedServer([{ ok: true, data: { feedbackId: 'f9' } }]);
  const after = makeOutbox(online.call);
  expect(after.items()).toEqual([expect.objectContaining({ key: item.key, status: 'pending' })]);
  await after.flush({ force: true });
  expect(online.sent).toEqual([
    { fn: 'feedback', action: 'submit', payload: submission.payload, key: item.key },
  ]);
  expect(after.items()[0]?.status).toBe('sent');
});

test('an item caught mid-send by a restart is sent again, not lost', async () => {
  let release: (r: ClientCallResult<unknown>) => void = () => undefined;
  const hanging: RawCall = () => new Promise((resolve) => (release = resolve));
  const before = makeOutbox(hanging);
  const item = before.enqueue(submission);
  expect(before.items()[0]?.status).toBe('sending');

  const server = scriptedServer([{ ok: true, data: {} }]);
  const after = makeOutbox(server.call);
  expect(after.items()[0]?.status).toBe('pending');
  await after.flush();
  expect(server.sent[0]?.key).toBe(item.key);
  release({ ok: true, data: {} });
});

test.each([
  ['VALIDATION_FAILED', invalid],
  ['FORBIDDEN', forbidden],
])('a %s answer fails the item and it is not retried', async (_code, answer) => {
  const server = scriptedServer([answer]);
  const outbox = makeOutbox(server.call);
  outbox.enqueue(submission);
  await outbox.flush();
  clock += 3_600_000;
  await outbox.flush({ force: true });
  expect(server.sent).toHaveLength(1);
  expect(outbox.items()[0]).toMatchObject({ status: 'failed', lastError: answer.error });
});

test.each([
  ['NETWORK', network],
  ['RATE_LIMITED (429)', rateLimited],
  ['INTERNAL (5xx)', internal],
])('a %s answer keeps the item pending for a retry', async (_code, answer) => {
  const server = scriptedServer([answer]);
  const outbox = makeOutbox(server.call);
  outbox.enqueue(submission);
  await outbox.flush();
  expect(outbox.items()[0]?.status).toBe('pending');
  clock += 3_600_000;
  await outbox.flush();
  expect(server.sent).toHaveLength(2);
  expect(outbox.items()[0]?.status).toBe('sent');
});

test('listeners see pending, then sent', async () => {
  const server = scriptedServer([]);
  const outbox = makeOutbox(server.call);
  const seen: string[] = [];
  outbox.subscribe(() =>
    seen.push(
      outbox
        .items()
        .map((i) => i.status)
        .join(','),
    ),
  );
  outbox.enqueue(submission);
  await outbox.flush();
  expect(seen[0]).toBe('pending');
  expect(seen).toContain('sending');
  expect(seen[seen.length - 1]).toBe('sent');
});

test('each submission gets its own key', () => {
  const outbox = makeOutbox(scriptedServer([network, network]).call);
  const a = outbox.enqueue(submission);
  const b = outbox.enqueue(submission);
  expect(a.key).not.toBe(b.key);
});

describe('shared phones: an item goes out only as its author', () => {
  test('queued by 马文礼 offline, held while 王桂兰 is logged in, sent when he is back', async () => {
    const server = scriptedServer([network]);
    const outbox = makeOutbox(server.call);
    const item = outbox.enqueue(submission);
    expect(item.author).toEqual(MA);
    await outbox.flush();
    expect(server.sent).toHaveLength(1);

    user = null; // 马文礼 logs out, keeping what is unsent
    await outbox.userChanged();
    user = WANG; // 王桂兰 logs in on the same phone
    await outbox.userChanged();
    clock += 3_600_000;
    await outbox.flush({ force: true });
    expect(server.sent).toHaveLength(1);
    // She sees only whose it is, nothing of it.
    expect(outbox.items()).toEqual([]);
    expect(outbox.held()).toEqual([
      {
        key: item.key,
        fn: 'feedback',
        action: 'submit',
        authorName: '马文礼',
        createdAt: 1_000_000,
      },
    ]);

    user = MA;
    await outbox.userChanged();
    expect(server.sent).toHaveLength(2);
    expect(server.sent[1]?.key).toBe(item.key);
    expect(outbox.items()[0]?.status).toBe('sent');
  });

  test('the author is checked at send time, not only at enqueue', async () => {
    let release: (r: ClientCallResult<unknown>) => void = () => undefined;
    const calls: string[] = [];
    const slow: RawCall = (_fn, _action, payload) => {
      calls.push((payload as { content: string }).content);
      return new Promise((resolve) => (release = resolve));
    };
    const outbox = makeOutbox(slow);
    outbox.enqueue(submission); // goes out at once, in flight
    outbox.enqueue({ ...submission, payload: { category: 'help', content: '第二条' } });
    user = WANG; // the login changes while the first is on its way
    release(network);
    await outbox.flush({ force: true });
    expect(calls).toEqual(['村口路灯坏了']);
    expect(outbox.held()).toHaveLength(2);
  });

  test('with nobody logged in nothing is sent, and a new item is refused, not kept for the next person', async () => {
    const server = scriptedServer([]);
    user = null;
    const outbox = makeOutbox(server.call);
    const item = outbox.enqueue(submission);
    expect(item).toMatchObject({ author: null, status: 'failed' });
    user = WANG;
    await outbox.userChanged();
    expect(server.sent).toHaveLength(0);
    expect(outbox.items()).toEqual([]);
  });

  test('logout keeps the unsent items for their author only, or clears them; finished ones go', async () => {
    const server = scriptedServer([{ ok: true, data: {} }, network, network]);
    const outbox = makeOutbox(server.call);
    outbox.enqueue(submission);
    await outbox.flush();
    outbox.enqueue({ ...submission, label: '未发送' });
    await outbox.flush();
    outbox.forgetUser(MA.userId, { keepUnsent: true });
    expect(outbox.items().map((i) => [i.label, i.status])).toEqual([['未发送', 'pending']]);
    outbox.forgetUser(MA.userId, { keepUnsent: false });
    expect(outbox.items()).toEqual([]);
  });

  test('items stored before they carried an author are never sent as the person logged in', async () => {
    taroStorage.clear();
    const legacy = {
      key: 'fb-legacy-0000000001',
      fn: 'feedback',
      action: 'submit',
      payload: submission.payload,
      label: submission.label,
      status: 'pending',
      attempts: 0,
      createdAt: 1,
      nextAttemptAt: 1,
    };
    const { default: Taro } = await import('@tarojs/taro');
    Taro.setStorageSync('psv.outbox.v1', JSON.stringify([legacy]));
    const server = scriptedServer([]);
    const outbox = makeOutbox(server.call);
    await outbox.flush({ force: true });
    expect(server.sent).toHaveLength(0);
  });
});

describe('held photos of an item', () => {
  /** A photo send the test finishes by hand (a slow 2G upload). */
  function slowPhotos() {
    const released: string[] = [];
    let finish: (r: ClientCallResult<{ fileId: string }>) => void = () => undefined;
    const photos = {
      send: jest.fn(
        () =>
          new Promise<ClientCallResult<{ fileId: string }>>((resolve) => {
            finish = resolve;
          }),
      ),
      release: jest.fn((owner: string, id: string) => {
        released.push(`${owner}/${id}`);
        return Promise.resolve();
      }),
    };
    return { photos, released, finish: (r: ClientCallResult<{ fileId: string }>) => finish(r) };
  }
  const withPhoto = (id: string) => ({
    ...submission,
    payload: { ...submission.payload, photo: heldMarker(id) },
    photos: [id],
  });

  test('logout with "clear" while a photo is going up: the item is gone when the send settles', async () => {
    const server = scriptedServer([]);
    const slow = slowPhotos();
    const outbox = createOutbox({
      call: server.call,
      currentUser: () => user,
      now,
      random: () => 0.5,
      setTimer: () => 0,
      clearTimer: () => undefined,
      photos: slow.photos,
    });
    outboxes.push(outbox);
    outbox.enqueue(withPhoto('p1'));
    const sending = outbox.flush({ force: true });
    await Promise.resolve();
    expect(outbox.items()[0]?.status).toBe('sending');
    // 马文礼 logs out and clears; the photo's send then comes back refused (the login changed).
    user = null;
    outbox.forgetUser(MA.userId, { keepUnsent: false });
    slow.finish({ ok: false, error: { code: 'UNAUTHENTICATED', message: '登录的人换了' } });
    await sending;
    user = MA;
    expect(outbox.items()).toEqual([]);
    // He logs in again while a second cleared item's photo is still going up: it is not sent.
    outbox.enqueue(withPhoto('p2'));
    const again = outbox.flush({ force: true });
    await Promise.resolve();
    outbox.forgetUser(MA.userId, { keepUnsent: false });
    slow.finish({ ok: true, data: { fileId: 'f-p2' } });
    await again;
    expect(outbox.items()).toEqual([]);
    expect(outbox.held()).toEqual([]);
    // Nothing of his is left in storage either (a new outbox over the same storage).
    const reopened = makeOutbox(server.call);
    expect(reopened.items()).toEqual([]);
    await reopened.flush({ force: true });
    expect(server.sent).toHaveLength(0);
    expect(slow.released).toContain(`${MA.userId}/p1`);
  });

  test('logout with "keep" while a photo is going up: the item waits for him', async () => {
    const server = scriptedServer([]);
    const slow = slowPhotos();
    const outbox = createOutbox({
      call: server.call,
      currentUser: () => user,
      now,
      setTimer: () => 0,
      clearTimer: () => undefined,
      photos: slow.photos,
    });
    outboxes.push(outbox);
    outbox.enqueue(withPhoto('p1'));
    const sending = outbox.flush({ force: true });
    await Promise.resolve();
    user = null;
    outbox.forgetUser(MA.userId, { keepUnsent: true });
    slow.finish({ ok: false, error: { code: 'UNAUTHENTICATED', message: '登录的人换了' } });
    await sending;
    user = MA;
    expect(outbox.items().map((i) => i.status)).toEqual(['pending']);
    expect(slow.released).toEqual([]);
  });

  test('photos of an item sent just before the app stopped are released when it starts again', async () => {
    const held = createHeldPhotos(memoryHeldPhotoBackend());
    const ids: string[] = [];
    for (let i = 0; i < 3; i++)
      ids.push((await held.hold(MA.userId, 'claims', { photo: `blob:${i}`, size: 100 })).localId);
    const server = scriptedServer([]);
    const send = (_owner: string, id: string) =>
      Promise.resolve({ ok: true as const, data: { fileId: `f-${id}` } });
    const options = { call: server.call, currentUser: () => user, now, setTimer: () => 0 };
    // The page goes away (a reload) right after the answer: the removal never finishes.
    const first = createOutbox({
      ...options,
      clearTimer: () => undefined,
      photos: { send, release: () => new Promise<void>(() => undefined) },
    });
    outboxes.push(first);
    first.enqueue({ ...submission, payload: { photos: ids.map(heldMarker) }, photos: ids });
    await first.flush({ force: true });
    expect(first.items().map((i) => i.status)).toEqual(['sent']);
    expect(await held.listOf(MA.userId)).toHaveLength(3);
    // The app starts again: the sent item's photos leave the phone.
    const again = createOutbox({
      ...options,
      clearTimer: () => undefined,
      photos: { send, release: (owner, id) => held.release(owner, id) },
    });
    outboxes.push(again);
    await Promise.resolve();
    expect(await held.listOf(MA.userId)).toEqual([]);
    expect(server.sent).toHaveLength(1);
  });

  test('finished items dropped past keepFinished release their held photos', async () => {
    const server = scriptedServer([invalid, invalid, invalid]);
    const released: string[] = [];
    const outbox = createOutbox({
      call: server.call,
      currentUser: () => user,
      now,
      setTimer: () => 0,
      clearTimer: () => undefined,
      keepFinished: 1,
      photos: {
        send: (_owner, id) => Promise.resolve({ ok: true, data: { fileId: `f-${id}` } }),
        release: (owner, id) => {
          released.push(`${owner}/${id}`);
          return Promise.resolve();
        },
      },
    });
    outboxes.push(outbox);
    outbox.enqueue(withPhoto('p1'));
    await outbox.flush({ force: true });
    expect(outbox.items().map((i) => i.status)).toEqual(['failed']);
    expect(released).toEqual([]);
    outbox.enqueue(withPhoto('p2'));
    await outbox.flush({ force: true });
    expect(outbox.items().map((i) => i.photos)).toEqual([['p2']]);
    expect(released).toEqual([`${MA.userId}/p1`]);
  });
});
