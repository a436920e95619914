import { taroStorage } from '../../../test-support/taro-mock';
import { storedKeys } from '../../storage/local-store';
import { clearUserData } from '../../storage/user-scoped-key';
import {
  LAST_SEEN_LIMIT,
  LAST_SEEN_MAX_AGE_MS,
  LAST_SEEN_MAX_CHARS,
  LAST_SEEN_MAX_ITEMS,
  keepLastSeen,
  readLastSeen,
} from './last-seen-cache';

const NOW = Date.parse('2026-12-03T10:00:00.000Z');

beforeEach(() => taroStorage.clear());

test('a kept list is read back by its user only, never by the next person on the phone', () => {
  keepLastSeen('u-ma', 'households.mine', { household: { headName: '马文礼' } }, NOW);
  expect(readLastSeen('u-ma', 'households.mine', NOW + 1000)).toEqual({
    data: { household: { headName: '马文礼' } },
    savedAt: NOW,
  });
  expect(readLastSeen('u-wang', 'households.mine', NOW)).toBeNull();
  expect(readLastSeen(null, 'households.mine', NOW)).toBeNull();
});

test('logout removes what the user kept (drafts kept or not), other users keep theirs', () => {
  keepLastSeen('u-ma', 'households.mine', { household: { headName: '马文礼' } }, NOW);
  keepLastSeen('u-wang', 'households.mine', { household: { headName: '王桂兰' } }, NOW);
  keepLastSeen(null, 'policies.list|all', { items: [{ policyId: 'p1' }] }, NOW);
  clearUserData('u-ma', { keepDrafts: true });
  expect(readLastSeen('u-ma', 'households.mine', NOW)).toBeNull();
  expect(readLastSeen(null, 'policies.list|all', NOW)).toBeNull();
  expect(readLastSeen('u-wang', 'households.mine', NOW)).not.toBeNull();
  expect(storedKeys().filter((k) => k.startsWith('u.u-ma.'))).toEqual([]);
});

test('a copy older than the limit is not shown and is removed', () => {
  keepLastSeen('u-ma', 'training.courses|all|open', { items: [] }, NOW);
  expect(
    readLastSeen('u-ma', 'training.courses|all|open', NOW + LAST_SEEN_MAX_AGE_MS),
  ).not.toBeNull();
  expect(
    readLastSeen('u-ma', 'training.courses|all|open', NOW + LAST_SEEN_MAX_AGE_MS + 1),
  ).toBeNull();
  expect(readLastSeen('u-ma', 'training.courses|all|open', NOW)).toBeNull();
});

test('only the newest lists are kept per user; the oldest are dropped from storage', () => {
  for (let i = 0; i < LAST_SEEN_LIMIT + 3; i += 1) {
    keepLastSeen('u-ma', `exhibits.list|v${i}`, { items: [i] }, NOW + i);
  }
  const kept = storedKeys().filter((k) => k.startsWith('u.u-ma.last-seen.'));
  expect(kept).toHaveLength(LAST_SEEN_LIMIT);
  expect(readLastSeen('u-ma', 'exhibits.list|v0', NOW + 100)).toBeNull();
  expect(readLastSeen('u-ma', 'exhibits.list|v2', NOW + 100)).toBeNull();
  expect(readLastSeen('u-ma', 'exhibits.list|v3', NOW + 100)).not.toBeNull();
  // Keeping one again makes it the newest: it survives the next ones.
  keepLastSeen('u-ma', 'exhibits.list|v3', { items: [3] }, NOW + 50);
  keepLastSeen('u-ma', 'exhibits.list|new', { items: [] }, NOW + 51);
  expect(readLastSeen('u-ma', 'exhibits.list|v3', NOW + 100)).not.toBeNull();
  expect(readLastSeen('u-ma', 'exhibits.list|v4', NOW + 100)).toBeNull();
});

test('a long list keeps its first items; a copy too big to keep replaces nothing stale', () => {
  const items = Array.from({ length: 50 }, (_, i) => ({ id: i }));
  keepLastSeen('u-ma', 'policies.list|all', { items, extra: 1 }, NOW);
  const read = readLastSeen<{ items: { id: number }[]; extra: number }>(
    'u-ma',
    'policies.list|all',
    NOW,
  );
  expect(read?.data.items).toHaveLength(LAST_SEEN_MAX_ITEMS);
  expect(read?.data.items[0]).toEqual({ id: 0 });
  expect(read?.data.extra).toBe(1);

  keepLastSeen('u-ma', 'policies.list|all', { text: 'x'.repeat(LAST_SEEN_MAX_CHARS) }, NOW + 1);
  // The older copy is gone too: it would be shown as 上次的内容 although it is not.
  expect(readLastSeen('u-ma', 'policies.list|all', NOW + 2)).toBeNull();
});
