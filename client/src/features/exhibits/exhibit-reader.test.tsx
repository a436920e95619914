import { act, fireEvent, render, screen } from '@testing-library/react';
import { taroMocks } from '../../../test-support/taro-mock';
import { ExhibitReader } from './exhibit-reader';

const { request, navigateTo } = taroMocks;

const card = (exhibitId: string, title: string) => ({
  exhibitId,
  villageId: 'village-zheqiao-qimou',
  villageName: '祁牟村',
  category: 'village_history',
  title,
  era: null,
  status: 'published',
  views: 0,
  likes: 0,
  coverUrl: null,
});

beforeEach(() => {
  request.mockReset();
  navigateTo.mockClear();
});

test('chapters read in their order, page by page, and an exhibit opens from its chapter', async () => {
  request.mockResolvedValueOnce({
    statusCode: 200,
    data: {
      ok: true,
      data: {
        villageName: '祁牟村',
        chapters: [
          {
            chapterId: 'c2',
            order: 2,
            title: '家风家训',
            preface: '好家风代代传。',
            exhibits: [card('e2', '马家家训')],
          },
          {
            chapterId: 'c1',
            order: 1,
            title: '村口',
            preface: '村口有棵老槐树。',
            exhibits: [card('e1', '老村口')],
          },
        ],
      },
    },
  });
  render(<ExhibitReader villageId="village-zheqiao-qimou" />);
  expect(await screen.findByText(/第 1 章/)).toBeTruthy();
  expect(screen.getByText('村口有棵老槐树。')).toBeTruthy();
  expect(screen.queryByTestId('chapter-previous')).toBeNull();
  act(() => void fireEvent.click(screen.getByTestId('chapter-next')));
  expect(screen.getByText(/第 2 章/)).toBeTruthy();
  expect(screen.getByTestId('exhibit-reader').dataset.chapter).toBe('c2');
  expect(screen.queryByTestId('chapter-next')).toBeNull();
  act(() => void fireEvent.click(screen.getByText('马家家训')));
  expect(navigateTo).toHaveBeenCalledWith({ url: '/packages/exhibits/pages/detail/index?id=e2' });
  act(() => void fireEvent.click(screen.getByTestId('chapter-previous')));
  expect(screen.getByText('村口有棵老槐树。')).toBeTruthy();
  // The contents line jumps straight to a chapter.
  const contents = screen.getByTestId('chapter-contents');
  const second = contents.querySelector('[data-chapter="c2"]');
  if (!second) throw new Error('chapter 2 is not in the contents');
  act(() => void fireEvent.click(second));
  expect(screen.getByText('好家风代代传。')).toBeTruthy();
});

test('a village without chapters says the book is not ready yet', async () => {
  request.mockResolvedValueOnce({
    statusCode: 200,
    data: { ok: true, data: { villageName: '王坪村', chapters: [] } },
  });
  render(<ExhibitReader villageId="village-baohan-wangping" />);
  expect(await screen.findByText('这个村的读本还没有编好')).toBeTruthy();
});
