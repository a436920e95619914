import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { taroMocks, taroStorage } from '../../../test-support/taro-mock';
import { appHeldPhotos } from '../images/app-held-photos';
import { appOutbox } from '../outbox/app-outbox';
import { saveSession } from '../session/session-store';
import { ClaimDetail } from './claim-detail';
import { claimFixture } from './claim-fixture';
import { claimsPhotoGateway, okEnvelope } from './claim-test-gateway';
import type { ClaimStepView, ClaimView } from './claims-api';
import { MyClaims } from './my-claims';

jest.mock('../images/compress-image', () => ({
  compressImage: (_platform: string, path: string) => Promise.resolve({ path, compressed: true }),
}));
jest.mock('../../api/upload-file', () => ({
  ...jest.requireActual<object>('../../api/upload-file'),
  selectUploadFile: () => (target: { cloudPath: string }) =>
    Promise.resolve({ ok: true, data: { fileId: `cloud://${target.cloudPath}` } }),
}));

const { request } = taroMocks;
const chooseImage = jest.fn();
(Taro as unknown as { chooseImage: typeof chooseImage }).chooseImage = chooseImage;

interface Sent {
  url: string;
  data: { action: string; payload: Record<string, unknown>; idempotencyKey?: string };
}
const calls = (action: string) =>
  request.mock.calls
    .map((call) => (call as [Sent])[0])
    .filter((s) => s.url.endsWith('/api/claims') && s.data.action === action);

let claims: ClaimView[] = [];
let online = true;
/** Off: the photo uploads fail as on a link that is gone (the rest follows `online`). */
let photosReach = true;
const photos = claimsPhotoGateway();
beforeEach(() => {
  taroStorage.clear();
  online = true;
  photosReach = true;
  photos.reset();
  chooseImage.mockReset();
  chooseImage.mockResolvedValue({ tempFilePaths: ['blob:slip'] });
  request.mockReset();
  request.mockImplementation((options: Sent) => {
    const { action, payload } = options.data;
    if (!photosReach && ['startUpload', 'uploadPhoto'].includes(action))
      return Promise.reject(new Error('offline'));
    const upload = photos.answer(action, payload);
    if (upload) return okEnvelope(upload);
    // Offline only for what goes through the outbox; reading answers from the test's list.
    if (!online && ['submit', 'resubmit', 'appeal'].includes(action))
      return Promise.reject(new Error('offline'));
    if (action === 'mine') return okEnvelope({ items: claims, nextCursor: null });
    return okEnvelope(claims[0]);
  });
  saveSession({
    token: 't-ma',
    persona: 'villager',
    userId: 'u-ma',
    role: 'villager',
    name: '马福海',
  });
});
afterAll(() => appOutbox().stop());

const step = (over: Partial<ClaimStepView>): ClaimStepView => ({
  at: '2026-12-02T02:00:00.000Z',
  kind: 'approved',
  from: 'reported',
  to: 'materials_checked',
  actorRole: 'village_cadre',
  actorName: '何建国',
  note: null,
  ...over,
});
const states = () =>
  [...screen.getByTestId('claim-progress').children].map((el) => el.getAttribute('data-state'));

test('我的理赔 lists each claim with its status, amount and progress, and what is still on the phone', async () => {
  claims = [
    claimFixture({ claimId: 'cl-new' }),
    claimFixture({
      claimId: 'cl-approved',
      status: 'approved',
      approvedAmount: 20000,
      assessedAmount: 20500,
      proxy: true,
      subjectName: '马老汉',
      filedBy: { name: '马福海', role: 'villager', relation: 'child' },
    }),
  ];
  online = false;
  appOutbox().enqueue({
    fn: 'claims',
    action: 'submit',
    payload: { type: 'disaster' },
    label: '申请理赔：因灾',
  });
  render(<MyClaims />);
  await waitFor(() => expect(screen.getAllByTestId('claim-card')).toHaveLength(2));
  const card = (id: string) =>
    within(
      screen
        .getAllByTestId('claim-card')
        .find((el) => el.getAttribute('data-claim-id') === id) as HTMLElement,
    );
  expect(card('cl-new').getByTestId('claim-status').textContent).toBe('已报案，等村里核对材料');
  expect(card('cl-new').getByTestId('claim-amount').textContent).toBe(
    '预计可赔约 20,500 元，以审核为准',
  );
  expect(card('cl-approved').getByTestId('claim-status').textContent).toBe(
    '市里已审定，公示后赔付',
  );
  expect(card('cl-approved').getByTestId('claim-amount').textContent).toBe('审定赔付 20,000 元');
  expect(card('cl-approved').getByTestId('claim-filed-by').textContent).toBe(
    '代为申请：马福海（子女）',
  );
  const queued = within(screen.getByTestId('outbox-list'));
  expect(queued.getByText('申请理赔：因灾')).toBeTruthy();
  expect(queued.getByText('等待发送')).toBeTruthy();
  act(() => void fireEvent.click(card('cl-new').getByTestId('claim-open')));
  expect(taroMocks.navigateTo).toHaveBeenCalledWith({
    url: '/packages/claims/pages/claim/index?claimId=cl-new',
  });
});

test('returned for a missing 结算单: the family photographs it and resubmits the same claim', async () => {
  claims = [
    claimFixture({
      claimId: 'cl-back',
      version: 2,
      status: 'returned',
      waitingFor: 'family',
      deadline: null,
      returnNote: '缺少报销结算单',
      missing: [
        { id: 'settlement_slips', label: '报销结算单', need: 1, items: ['settlement_slips'] },
      ],
      can: { review: false, resubmit: true, appeal: false, markPaid: false },
      steps: [
        ...claimFixture().steps,
        step({ kind: 'returned', to: 'returned', note: '缺少报销结算单' }),
      ],
    }),
  ];
  render(<ClaimDetail claimId="cl-back" />);
  const back = within(await screen.findByTestId('claim-returned'));
  expect(back.getByText('村里说还需要补充：')).toBeTruthy();
  expect(back.getByTestId('claim-return-note').textContent).toBe('缺少报销结算单');
  expect(back.getByTestId('claim-missing-item').textContent).toBe('还缺：报销结算单');
  expect(states().slice(0, 2)).toEqual(['done', 'stopped']);

  act(() => void fireEvent.click(back.getByTestId('claim-resubmit-open')));
  // Nothing added yet: stopped on the phone.
  act(() => void fireEvent.click(back.getByTestId('claim-resubmit-send')));
  expect(back.getByTestId('claim-resubmit-problem').textContent).toContain('请先拍缺少的材料');
  act(() => void fireEvent.click(back.getByTestId('claim-resubmit-item-settlement_slips')));
  await act(async () => {
    fireEvent.click(back.getByTestId('photo-add'));
    await Promise.resolve();
  });
  await waitFor(() => expect(back.getAllByTestId('photo-uploaded')).toHaveLength(1));
  act(() => void fireEvent.click(back.getByTestId('claim-resubmit-send')));
  await waitFor(() => expect(calls('resubmit')).toHaveLength(1));
  expect(calls('resubmit')[0]?.data.payload).toEqual({
    claimId: 'cl-back',
    expectedVersion: 2,
    documents: [{ item: 'settlement_slips', fileIds: ['f-t-1'] }],
    answer: '',
  });
  // Sent: the claim is read again.
  await waitFor(() => expect(calls('get').length).toBeGreaterThan(1));
});

test('returned: a paper photographed offline waits on the phone and goes up before the resubmission, once', async () => {
  claims = [
    claimFixture({
      claimId: 'cl-back',
      version: 2,
      status: 'returned',
      waitingFor: 'family',
      deadline: null,
      returnNote: '缺少报销结算单',
      missing: [
        { id: 'settlement_slips', label: '报销结算单', need: 1, items: ['settlement_slips'] },
      ],
      can: { review: false, resubmit: true, appeal: false, markPaid: false },
    }),
  ];
  render(<ClaimDetail claimId="cl-back" />);
  const back = within(await screen.findByTestId('claim-returned'));
  act(() => void fireEvent.click(back.getByTestId('claim-resubmit-open')));
  act(() => void fireEvent.click(back.getByTestId('claim-resubmit-item-settlement_slips')));
  online = false;
  photosReach = false;
  await act(async () => {
    fireEvent.click(back.getByTestId('photo-add'));
    await Promise.resolve();
  });
  await waitFor(() => expect(back.getByTestId('photos-waiting')).toBeTruthy());
  expect(back.getAllByTestId('photo-held')).toHaveLength(1);
  expect(back.getByTestId('claim-resubmit-item-settlement_slips').textContent).toContain(
    '新拍 1 张',
  );
  act(() => void fireEvent.click(back.getByTestId('claim-resubmit-send')));
  expect(screen.getByTestId('claim-resubmit-queued').textContent).toContain('有网时会自动发送');
  await act(async () => appOutbox().flush({ force: true }));
  expect(calls('resubmit')).toHaveLength(0);

  online = true;
  photosReach = true;
  await act(async () => appOutbox().flush({ force: true }));
  await waitFor(() => expect(calls('resubmit')).toHaveLength(1));
  const order = request.mock.calls
    .map((call) => (call as [Sent])[0].data.action)
    .filter((a) => a === 'uploadPhoto' || a === 'resubmit');
  expect(order).toEqual(['uploadPhoto', 'resubmit']);
  expect(calls('resubmit')[0]?.data.payload).toEqual({
    claimId: 'cl-back',
    expectedVersion: 2,
    documents: [{ item: 'settlement_slips', fileIds: ['f-t-1'] }],
    answer: '',
  });
  await waitFor(async () => expect(await appHeldPhotos().listOf('u-ma')).toHaveLength(0));
  await act(async () => appOutbox().flush({ force: true }));
  expect(calls('resubmit')).toHaveLength(1);
});

test('rejected: the reason, and 申请复核 to the level above only when the server allows it', async () => {
  claims = [
    claimFixture({
      claimId: 'cl-no',
      version: 4,
      status: 'rejected',
      waitingFor: 'family',
      rejection: {
        at: '2026-12-03T02:00:00.000Z',
        level: 'town',
        reason: '自付费用不属于防贫保险范围',
        appealTo: 'city',
        appealBy: '2026-12-17',
      },
      can: { review: false, resubmit: false, appeal: true, markPaid: false },
      steps: [
        ...claimFixture().steps,
        step({}),
        step({
          kind: 'rejected',
          from: 'materials_checked',
          to: 'rejected',
          actorRole: 'town_reviewer',
          actorName: '王镇',
          note: '自付费用不属于防贫保险范围',
        }),
      ],
    }),
  ];
  render(<ClaimDetail claimId="cl-no" />);
  const panel = within(await screen.findByTestId('claim-rejection'));
  expect(panel.getByText('镇上没有通过的原因：')).toBeTruthy();
  expect(panel.getByTestId('claim-rejection-reason').textContent).toBe(
    '自付费用不属于防贫保险范围',
  );
  expect(panel.getByTestId('claim-appeal-where').textContent).toContain('会交给市里复核');
  expect(states()).toEqual(['done', 'done', 'stopped', 'todo', 'todo', 'todo']);
  act(() => void fireEvent.click(panel.getByTestId('claim-appeal-open')));
  act(() => {
    panel
      .getByTestId('claim-appeal-reason')
      .dispatchEvent(
        new CustomEvent('input', { detail: { value: '结算单上写着自付四万元' }, bubbles: true }),
      );
  });
  online = false;
  act(() => void fireEvent.click(panel.getByTestId('claim-appeal-send')));
  expect(panel.getByTestId('claim-appeal-queued').textContent).toContain('会交给市里复核');
  expect(panel.queryByTestId('claim-appeal-open')).toBeNull();
  await waitFor(() => expect(calls('appeal')).toHaveLength(1));
  expect(calls('appeal')[0]?.data.payload).toEqual({
    claimId: 'cl-no',
    expectedVersion: 4,
    reason: '结算单上写着自付四万元',
  });
});

test('a rejected claim already appealed offers no second appeal', async () => {
  claims = [
    claimFixture({
      status: 'rejected',
      isAppeal: true,
      rejection: {
        at: '2026-12-03T02:00:00.000Z',
        level: 'city',
        reason: '复核后仍不符合',
        appealTo: null,
        appealBy: null,
      },
    }),
  ];
  render(<ClaimDetail claimId="cl-1" />);
  await screen.findByTestId('claim-rejection');
  expect(screen.queryByTestId('claim-appeal-open')).toBeNull();
});

test('paid: every step with its date, survey and approved amounts, the 公示 and the payment; the card only as ****2108', async () => {
  claims = [
    claimFixture({
      status: 'paid',
      waitingFor: null,
      deadline: null,
      assessedAmount: 20500,
      approvedAmount: 20500,
      survey: {
        surveyedOn: '2026-12-05',
        assessedAmount: 20500,
        note: '住院属实，票据齐全',
        byName: '孙保平',
      },
      publicity: { startsOn: '2026-12-07', endsOn: '2026-12-12', ended: true },
      payment: { paidOn: '2026-12-15', reference: 'PAY-20261215-0001', dueOn: '2026-12-19' },
      steps: [
        ...claimFixture().steps,
        step({ at: '2026-12-02T02:00:00.000Z' }),
        step({
          at: '2026-12-03T02:00:00.000Z',
          from: 'materials_checked',
          to: 'town_reviewed',
          actorRole: 'town_reviewer',
          actorName: '王镇',
        }),
        step({
          at: '2026-12-05T02:00:00.000Z',
          from: 'town_reviewed',
          to: 'surveyed',
          actorRole: 'insurer',
          actorName: '孙保平',
        }),
        step({
          at: '2026-12-06T02:00:00.000Z',
          from: 'surveyed',
          to: 'approved',
          actorRole: 'city_approver',
          actorName: '李市',
        }),
        step({
          at: '2026-12-15T02:00:00.000Z',
          kind: 'paid',
          from: 'approved',
          to: 'paid',
          actorRole: 'insurer',
          actorName: '孙保平',
        }),
      ],
    }),
  ];
  render(<ClaimDetail claimId="cl-1" />);
  const detail = await screen.findByTestId('claim-detail');
  expect(detail.getAttribute('data-status')).toBe('paid');
  expect(screen.getByTestId('claim-status').textContent).toBe('已赔付');
  expect(states()).toEqual(['done', 'done', 'done', 'done', 'done', 'done']);
  const steps = screen.getAllByTestId('claim-step');
  expect(steps.map((s) => s.getAttribute('data-kind'))).toEqual([
    'submitted',
    'approved',
    'approved',
    'approved',
    'approved',
    'paid',
  ]);
  expect(steps[1]?.textContent).toContain('12月2日');
  expect(steps[1]?.textContent).toContain('村里（何建国）核对了材料');
  expect(steps[3]?.textContent).toContain('保险公司（孙保平）查勘完了');
  expect(steps[5]?.textContent).toContain('已把钱打到银行卡');
  expect(screen.getByTestId('claim-assessed').textContent).toContain('20,500 元');
  expect(screen.getByTestId('claim-approved').textContent).toContain('20,500 元');
  expect(screen.getByTestId('claim-publicity').textContent).toContain('已经结束');
  expect(screen.getByTestId('claim-paid-on').textContent).toContain('12月15日');
  expect(screen.getByTestId('claim-payment-reference').textContent).toContain('PAY-20261215-0001');
  expect(screen.getByTestId('claim-payment').textContent).toContain('农业银行 ****2108');
  expect(screen.getByTestId('claim-amount').textContent).toBe('已赔付 20,500 元');
  expect(screen.queryByTestId('claim-returned')).toBeNull();
  expect(screen.queryByTestId('claim-rejection')).toBeNull();
});
