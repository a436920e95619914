import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { taroMocks } from '../../../test-support/taro-mock';
import { typeInto } from '../risk-work/type-into';
import type { FeedbackCase as CaseView } from './feedback-api';
import { FeedbackCase } from './feedback-case';
import { FeedbackInbox } from './feedback-inbox';
import { FeedbackInboxEntry } from './feedback-inbox-entry';
import { MyFeedbackList } from './my-feedback-list';

const { request, navigateTo } = taroMocks;

interface Sent {
  url: string;
  data: { action: string; payload: Record<string, unknown>; idempotencyKey?: string };
}
const ok = (data: unknown) => Promise.resolve({ statusCode: 200, data: { ok: true, data } });

function caseFixture(over: Partial<CaseView> = {}): CaseView {
  return {
    feedbackId: 'fb-1',
    category: 'help',
    content: '村口的路灯坏了，请尽快修理',
    status: 'received',
    level: 'village',
    reply: null,
    replies: [],
    createdAt: '2026-11-28T02:00:00.000Z',
    repliedAt: null,
    handledAt: null,
    submitterName: '王桂兰',
    contactMasked: '139****5678',
    villageId: 'village-zheqiao-qimou',
    villageName: '祁牟村',
    deadline: { dueOn: '2026-12-04', daysLeft: 3, overdue: false },
    canAct: true,
    passedUpAt: null,
    ...over,
  };
}

let sent: Sent[] = [];
function serve(answer: (s: Sent) => Promise<unknown>) {
  request.mockImplementation((options: unknown) => {
    const s = options as Sent;
    sent.push(s);
    return answer(s);
  });
}

beforeEach(() => {
  request.mockReset();
  navigateTo.mockClear();
  sent = [];
});

test('反馈待办 lists by due date with the overdue mark; a filter asks for that status', async () => {
  serve(({ data }) =>
    ok({
      items:
        data.payload.status === 'handled'
          ? []
          : [
              caseFixture({
                feedbackId: 'fb-late',
                deadline: { dueOn: '2026-12-04', daysLeft: -2, overdue: true },
              }),
              caseFixture({ feedbackId: 'fb-2' }),
            ],
      nextCursor: null,
    }),
  );
  render(<FeedbackInbox />);
  const rows = await screen.findAllByTestId('feedback-inbox-item');
  expect(rows.map((r) => [r.dataset.feedbackId, r.dataset.overdue])).toEqual([
    ['fb-late', 'yes'],
    ['fb-2', 'no'],
  ]);
  expect(within(rows[0] as HTMLElement).getByTestId('overdue-mark').textContent).toBe(
    '已超期 2 个工作日',
  );
  expect(sent[0]?.data).toMatchObject({ action: 'inbox', payload: { view: 'todo' } });

  const filter = screen.getByTestId('feedback-inbox-filter');
  act(() => void fireEvent.click(filter.querySelector('[data-category="handled"]') as HTMLElement));
  await screen.findByText('这里还没有反馈');
  expect(sent[sent.length - 1]?.data).toMatchObject({
    action: 'inbox',
    payload: { status: 'handled' },
  });
  expect(screen.getByTestId('feedback-inbox').dataset.filter).toBe('handled');
});

test('a row opens the case', async () => {
  serve(() => ok({ items: [caseFixture()], nextCursor: null }));
  render(<FeedbackInbox />);
  const row = await screen.findByTestId('feedback-inbox-item');
  act(() => void fireEvent.click(row));
  expect(navigateTo).toHaveBeenCalledWith({
    url: '/packages/feedback/pages/case/index?id=fb-1',
  });
});

test('the case screen answers, then offers 已处理; a retried tap reuses its idempotency key', async () => {
  const answered = caseFixture({
    status: 'answered',
    deadline: null,
    reply: '明天安排电工修理',
    replies: [
      {
        text: '明天安排电工修理',
        byName: '李村干',
        byLevel: 'village',
        at: '2026-11-30T02:00:00Z',
      },
    ],
  });
  let replies = 0;
  serve(({ data }) => {
    if (data.action === 'get') return ok(caseFixture());
    if (data.action === 'reply') {
      replies += 1;
      if (replies === 1)
        return Promise.resolve({
          statusCode: 503,
          data: { ok: false, error: { code: 'UNAVAILABLE', message: '网络不好，请再试一次。' } },
        });
      return ok(answered);
    }
    if (data.action === 'markHandled') return ok({ ...answered, status: 'handled', canAct: false });
    throw new Error(`unexpected ${data.action}`);
  });
  render(<FeedbackCase feedbackId="fb-1" />);
  await screen.findByTestId('feedback-reply-form');
  expect(screen.getByTestId('feedback-case-contact').textContent).toContain('139****5678');
  expect(screen.queryByTestId('feedback-mark-handled')).toBeNull();

  // Too short: said in Chinese, nothing sent.
  typeInto('reply', '好');
  act(() => void fireEvent.click(screen.getByTestId('feedback-reply-send')));
  expect(screen.getByText('答复至少写2个字。')).toBeTruthy();
  expect(sent.filter((s) => s.data.action === 'reply')).toHaveLength(0);

  typeInto('reply', '明天安排电工修理');
  act(() => void fireEvent.click(screen.getByTestId('feedback-reply-send')));
  await screen.findByTestId('feedback-case-error');
  // The text stays in the box after a failed send.
  expect((document.querySelector('[name="reply"]') as HTMLTextAreaElement).value).toBe(
    '明天安排电工修理',
  );
  act(() => void fireEvent.click(screen.getByTestId('feedback-reply-send')));
  await waitFor(() => expect(screen.getByTestId('feedback-case').dataset.status).toBe('answered'));
  const replyCalls = sent.filter((s) => s.data.action === 'reply');
  expect(replyCalls.map((s) => s.data.payload)).toEqual([
    { feedbackId: 'fb-1', reply: '明天安排电工修理' },
    { feedbackId: 'fb-1', reply: '明天安排电工修理' },
  ]);
  expect(replyCalls[0]?.data.idempotencyKey).toBe(replyCalls[1]?.data.idempotencyKey);
  expect(screen.getByTestId('feedback-case-notice').textContent).toContain('群众会收到消息');
  expect(screen.getByTestId('feedback-case-reply').textContent).toContain('李村干');

  act(() => void fireEvent.click(screen.getByTestId('feedback-mark-handled')));
  await waitFor(() => expect(screen.getByTestId('feedback-case').dataset.status).toBe('handled'));
  expect(screen.queryByTestId('feedback-reply-form')).toBeNull();
});

test('转交上级 sends the note; a case the town now works is read only for the village', async () => {
  serve(({ data }) => {
    if (data.action === 'get') return ok(caseFixture());
    if (data.action === 'passUp')
      return ok(
        caseFixture({
          status: 'passed_up',
          level: 'town',
          canAct: false,
          deadline: { dueOn: '2026-12-08', daysLeft: 5, overdue: false },
        }),
      );
    throw new Error(`unexpected ${data.action}`);
  });
  render(<FeedbackCase feedbackId="fb-1" />);
  await screen.findByTestId('feedback-pass-up-form');
  typeInto('passUpNote', '需要镇上协调供电所');
  act(() => void fireEvent.click(screen.getByTestId('feedback-pass-up')));
  await waitFor(() => expect(screen.getByTestId('feedback-case').dataset.level).toBe('town'));
  expect(sent.find((s) => s.data.action === 'passUp')?.data.payload).toEqual({
    feedbackId: 'fb-1',
    note: '需要镇上协调供电所',
  });
  expect(screen.getByTestId('feedback-case-read-only').textContent).toContain('镇上');
  expect(screen.getByTestId('deadline').dataset.dueOn).toBe('2026-12-08');
  expect(screen.queryByTestId('feedback-reply-form')).toBeNull();
});

test('我反馈过的 shows each answer with who gave it and when, and the status', async () => {
  serve(() =>
    ok({
      items: [
        {
          feedbackId: 'fb-1',
          category: 'help',
          content: '村口的路灯坏了',
          status: 'answered',
          level: 'town',
          reply: '镇里协调供电所下周修',
          replies: [
            { text: '已转镇上', byName: '李村干', byLevel: 'village', at: '2026-11-30T02:00:00Z' },
            {
              text: '镇里协调供电所下周修',
              byName: null,
              byLevel: 'town',
              at: '2026-12-01T02:00:00Z',
            },
          ],
          createdAt: '2026-11-28T02:00:00.000Z',
          repliedAt: '2026-12-01T02:00:00Z',
          handledAt: null,
        },
      ],
      nextCursor: null,
    }),
  );
  render(<MyFeedbackList enabled />);
  const item = await screen.findByTestId('my-feedback-item');
  expect(item.dataset.status).toBe('answered');
  expect(within(item).getByTestId('my-feedback-status').textContent).toBe('已答复');
  const replies = within(item).getAllByTestId('my-feedback-reply');
  expect(replies.map((r) => r.textContent?.split('2026')[0])).toEqual([
    '村里（李村干）答复：已转镇上',
    '镇上答复：镇里协调供电所下周修',
  ]);
  expect(replies[1]?.textContent).toMatch(/2026-12-01 \d\d:00/);
});

test('the 工作台 entry opens 反馈待办', () => {
  render(<FeedbackInboxEntry />);
  act(() => void fireEvent.click(screen.getByTestId('open-feedback-inbox')));
  expect(navigateTo).toHaveBeenCalledWith({ url: '/packages/feedback/pages/inbox/index' });
});
