import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { taroMocks } from '../../../test-support/taro-mock';
import type { ExhibitDetailView } from './exhibits-api';
import { ReviewPanel } from './review-panel';

const { request } = taroMocks;

const pending: ExhibitDetailView = {
  exhibitId: 'ex-1',
  version: 1,
  villageId: 'v-qimou',
  villageName: '祁牟村',
  category: 'artifact',
  title: '爷爷的老木犁',
  story: '这把木犁是爷爷年轻时自己做的。',
  era: null,
  images: [],
  status: 'pending',
  reviewNote: null,
  contributorName: '马**',
  views: 0,
  likes: 0,
  likedByMe: false,
  demo: false,
  createdAt: '2026-11-30T08:00:00.000Z',
  history: [],
};

interface Sent {
  data: { action: string; payload: { decision: string }; idempotencyKey?: string };
}
const sent = () => request.mock.calls.map((call) => (call as [Sent])[0].data);

beforeEach(() => request.mockReset());

test('通过展出 tapped twice sends one decision with one key and says it is published', async () => {
  let answer: (value: unknown) => void = () => undefined;
  request.mockReturnValueOnce(new Promise((resolve) => (answer = resolve)));
  render(<ReviewPanel exhibit={pending} />);
  act(() => {
    fireEvent.click(screen.getByTestId('review-publish'));
    fireEvent.click(screen.getByTestId('review-publish'));
  });
  expect(screen.getByTestId('review-publish').textContent).toContain('正在提交');
  await act(async () => {
    answer({ statusCode: 200, data: { ok: true, data: { ...pending, status: 'published' } } });
    await Promise.resolve();
  });
  await waitFor(() => expect(screen.getByTestId('review-done').dataset.status).toBe('published'));
  expect(sent()).toHaveLength(1);
  expect(sent()[0]).toMatchObject({ action: 'review', payload: { decision: 'publish' } });
  expect(sent()[0]?.idempotencyKey).toMatch(/^review-/);
});

test("a refusal without a reason shows the server's field message under the reason box", async () => {
  request.mockResolvedValueOnce({
    statusCode: 400,
    data: {
      ok: false,
      error: {
        code: 'VALIDATION_FAILED',
        message: '填写的内容有误，请检查',
        fieldErrors: { reason: '退回或不通过时，请写明原因' },
      },
    },
  });
  render(<ReviewPanel exhibit={pending} />);
  act(() => void fireEvent.click(screen.getByTestId('review-reject')));
  expect(await screen.findByText('退回或不通过时，请写明原因')).toBeTruthy();
  expect(screen.queryByTestId('review-done')).toBeNull();
  expect(sent()[0]?.payload).toEqual({ exhibitId: 'ex-1', decision: 'reject' });
});

test('a resubmitted contribution shows the cadre its history: 提交 / 退回：note / 重新提交', () => {
  render(
    <ReviewPanel
      exhibit={{
        ...pending,
        history: [
          { at: '2026-11-28T02:00:00.000Z', kind: 'submitted', note: null, changed: [] },
          { at: '2026-11-29T02:00:00.000Z', kind: 'needs_edit', note: '照片太暗', changed: [] },
          { at: '2026-11-30T02:00:00.000Z', kind: 'resubmitted', note: null, changed: ['photos'] },
        ],
      }}
    />,
  );
  expect(screen.getAllByTestId('exhibit-history-entry').map((e) => e.textContent)).toEqual([
    '11月28日 提交',
    '11月29日 退回：照片太暗',
    '11月30日 重新提交（改了照片）',
  ]);
});
