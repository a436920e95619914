import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { taroMocks } from '../../../test-support/taro-mock';
import { ChapterEditor } from './chapter-editor';

const { request } = taroMocks;

interface Sent {
  data: { action: string; payload: Record<string, unknown> };
}
const sent = () => request.mock.calls.map((call) => (call as [Sent])[0].data);

beforeEach(() => request.mockReset());

test('a cadre edits a chapter and saves it without resending its items', async () => {
  request.mockResolvedValueOnce({
    statusCode: 200,
    data: {
      ok: true,
      data: {
        villageName: '祁牟村',
        chapters: [{ chapterId: 'ch1', order: 1, title: '村口', preface: '开篇', exhibits: [] }],
      },
    },
  });
  request.mockResolvedValueOnce({
    statusCode: 200,
    data: { ok: true, data: { chapterId: 'ch1', exhibits: 0 } },
  });
  render(<ChapterEditor villageId="village-zheqiao-qimou" />);
  const card = await screen.findByTestId('chapter-edit');
  const title = card.querySelector('[name="chapterTitle"]') as HTMLInputElement;
  act(() => void fireEvent.input(title, { target: { value: '第一章 村口与老槐树' } }));
  act(() => void fireEvent.click(screen.getByTestId('chapter-save')));
  await waitFor(() => expect(screen.getByTestId('chapter-saved')).toBeTruthy());
  expect(sent()[1]).toMatchObject({ action: 'upsertChapter' });
  expect(sent()[1]?.payload).toEqual({
    villageId: 'village-zheqiao-qimou',
    chapterId: 'ch1',
    order: 1,
    title: '第一章 村口与老槐树',
    preface: '开篇',
  });
});
