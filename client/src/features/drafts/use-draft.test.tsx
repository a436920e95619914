import { act, renderHook } from '@testing-library/react';
import { taroStorage } from '../../../test-support/taro-mock';
import { clearUserData } from '../../storage/user-scoped-key';
import { clearSession, saveSession } from '../session/session-store';
import { useDraft } from './use-draft';

interface Form {
  content: string;
  contact: string;
}
const empty: Form = { content: '', contact: '' };
const isForm = (value: unknown): value is Form =>
  typeof value === 'object' && value !== null && 'content' in value && 'contact' in value;

beforeEach(() => {
  taroStorage.clear();
  jest.useFakeTimers();
});
afterEach(() => jest.useRealTimers());

test('typed text is saved and comes back when the form opens again', () => {
  const first = renderHook(() => useDraft('feedback', empty, isForm));
  expect(first.result.current.restored).toBe(false);
  act(() => first.result.current.update({ content: '路灯坏了' }));
  act(() => void jest.advanceTimersByTime(500));
  first.unmount();

  const second = renderHook(() => useDraft('feedback', empty, isForm));
  expect(second.result.current.value).toEqual({ content: '路灯坏了', contact: '' });
  expect(second.result.current.restored).toBe(true);
});

test('leaving the page before the save delay still keeps the last keystrokes', () => {
  const first = renderHook(() => useDraft('feedback', empty, isForm));
  act(() => first.result.current.update({ contact: '13800138000' }));
  first.unmount();
  const second = renderHook(() => useDraft('feedback', empty, isForm));
  expect(second.result.current.value.contact).toBe('13800138000');
});

test('flush saves at once: a page killed right after (no unmount, no timer) still has it', () => {
  const first = renderHook(() => useDraft('feedback', empty, isForm));
  act(() => first.result.current.update({ content: '照片已存在手机上' }));
  // A reload within the save delay: nothing unmounts, the timer never fires.
  const before = renderHook(() => useDraft('feedback', empty, isForm));
  expect(before.result.current.value.content).toBe('');
  act(() => first.result.current.flush());
  const after = renderHook(() => useDraft('feedback', empty, isForm));
  expect(after.result.current.value.content).toBe('照片已存在手机上');
});

test('clear forgets the draft', () => {
  const first = renderHook(() => useDraft('feedback', empty, isForm));
  act(() => first.result.current.update({ content: '要清掉的内容' }));
  act(() => void jest.advanceTimersByTime(500));
  act(() => first.result.current.clear());
  expect(first.result.current.value).toEqual(empty);
  first.unmount();
  expect(renderHook(() => useDraft('feedback', empty, isForm)).result.current.restored).toBe(false);
});

test('a stored value of the wrong shape is ignored', () => {
  const other = renderHook(() =>
    useDraft('feedback', { foo: 1 }, (_v): _v is { foo: number } => true),
  );
  act(() => other.result.current.update({ foo: 2 }));
  act(() => void jest.advanceTimersByTime(500));
  other.unmount();
  expect(renderHook(() => useDraft('feedback', empty, isForm)).result.current.value).toEqual(empty);
});

test('an update given as a function builds on the latest value, not a stale render', () => {
  interface Photos {
    photos: string[];
  }
  const isPhotos = (value: unknown): value is Photos =>
    typeof value === 'object' && value !== null && 'photos' in value;
  const { result } = renderHook(() => useDraft<Photos>('photos', { photos: [] }, isPhotos));
  const staleUpdate = result.current.update;
  // Two uploads finish in the same tick, each holding the update of the render that started them.
  act(() => {
    staleUpdate((current) => ({ photos: [...current.photos, 'a.jpg'] }));
    staleUpdate((current) => ({ photos: [...current.photos, 'b.jpg'] }));
  });
  expect(result.current.value.photos).toEqual(['a.jpg', 'b.jpg']);
});

describe('shared phones', () => {
  const ma = {
    token: 't-ma',
    persona: 'villager',
    userId: 'u-ma',
    role: 'villager',
    name: '马文礼',
  } as const;
  const wang = {
    token: 't-wang',
    persona: 'villager_b',
    userId: 'u-wang',
    role: 'villager',
    name: '王桂兰',
  } as const;

  test("one person's draft is never shown to the next person on the phone", () => {
    saveSession(ma);
    const form = renderHook(() => useDraft('feedback', empty, isForm));
    act(() => form.result.current.update({ content: '我儿子欠了贷款' }));
    // He logs out and she logs in while the form is still open (before the save delay).
    act(() => clearSession());
    act(() => saveSession(wang));
    expect(form.result.current.value).toEqual(empty);
    expect(form.result.current.restored).toBe(false);
    act(() => form.result.current.update({ contact: '13900000000' }));
    act(() => void jest.advanceTimersByTime(500));
    form.unmount();

    expect(renderHook(() => useDraft('feedback', empty, isForm)).result.current.value).toEqual({
      content: '',
      contact: '13900000000',
    });
    expect(
      JSON.stringify([...taroStorage.dump()].filter(([k]) => k.includes('u-wang'))),
    ).not.toContain('贷款');
    act(() => saveSession(ma));
    expect(renderHook(() => useDraft('feedback', empty, isForm)).result.current.value).toEqual({
      content: '我儿子欠了贷款',
      contact: '',
    });
  });

  test('logout clears the drafts, or keeps them for their owner only', () => {
    saveSession(ma);
    const form = renderHook(() => useDraft('feedback', empty, isForm));
    act(() => form.result.current.update({ content: '我儿子欠了贷款' }));
    form.unmount();
    clearUserData('u-ma', { keepDrafts: true });
    expect(renderHook(() => useDraft('feedback', empty, isForm)).result.current.value.content).toBe(
      '我儿子欠了贷款',
    );
    clearUserData('u-ma', { keepDrafts: false });
    expect(renderHook(() => useDraft('feedback', empty, isForm)).result.current.value).toEqual(
      empty,
    );
    expect(JSON.stringify([...taroStorage.dump()])).not.toContain('贷款');
  });
});
