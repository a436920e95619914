import { act, fireEvent, render, screen } from '@testing-library/react';
import { taroMocks } from '../../../test-support/taro-mock';
import { CuratePanel } from './curate-panel';
import type { ExhibitDetailView } from './exhibits-api';

const { request } = taroMocks;

const published: ExhibitDetailView = {
  exhibitId: 'ex-1',
  version: 3,
  villageId: 'village-zheqiao-qimou',
  villageName: '祁牟村',
  category: 'artifact',
  title: '老木犁',
  story: '这把木犁是爷爷年轻时自己做的。',
  era: null,
  images: [],
  status: 'published',
  reviewNote: null,
  contributorName: '马**',
  views: 9,
  likes: 2,
  likedByMe: false,
  demo: false,
  createdAt: '2026-11-30T08:00:00.000Z',
  history: [],
};

interface Sent {
  data: { action: string; payload: Record<string, unknown> };
}
const sent = () => request.mock.calls.map((call) => (call as [Sent])[0].data);

beforeEach(() => request.mockReset());

function typeInto(name: string, value: string) {
  const field = document.querySelector(`[name="${name}"]`);
  if (!field) throw new Error(`no field ${name}`);
  act(() => void fireEvent.input(field, { target: { value }, detail: { value } }));
}

test('only changed fields are sent, with the version the cadre saw; the page gets the saved exhibit', async () => {
  const saved = { ...published, version: 4, era: '1970年代' };
  request.mockResolvedValueOnce({ statusCode: 200, data: { ok: true, data: saved } });
  const onSaved = jest.fn();
  render(<CuratePanel exhibit={published} onSaved={onSaved} />);
  act(() => void fireEvent.click(screen.getByTestId('curate-open')));
  act(() => void fireEvent.click(screen.getByTestId('curate-save'))); // nothing changed yet
  expect(request).not.toHaveBeenCalled();
  typeInto('era', '1970年代');
  act(() => void fireEvent.click(screen.getByTestId('curate-save')));
  expect(await screen.findByTestId('curate-saved')).toBeTruthy();
  expect(sent()).toEqual([
    {
      action: 'update',
      payload: { exhibitId: 'ex-1', expectedVersion: 3, era: '1970年代' },
      idempotencyKey: expect.stringMatching(/^curate-/) as unknown,
    },
  ]);
  expect(onSaved).toHaveBeenCalledWith(saved);
});

test('an edit made meanwhile by someone else is not overwritten: CONFLICT says to reopen', async () => {
  request.mockResolvedValueOnce({
    statusCode: 409,
    data: { ok: false, error: { code: 'CONFLICT', message: '数据已被修改' } },
  });
  render(<CuratePanel exhibit={published} onSaved={jest.fn()} />);
  act(() => void fireEvent.click(screen.getByTestId('curate-open')));
  typeInto('title', '爷爷的老木犁');
  act(() => void fireEvent.click(screen.getByTestId('curate-save')));
  expect(await screen.findByText(/刚被别人改过/)).toBeTruthy();
});
