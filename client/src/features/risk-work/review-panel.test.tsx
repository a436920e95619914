import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { taroMocks, taroStorage } from '../../../test-support/taro-mock';
import { appHeldPhotos } from '../images/app-held-photos';
import { saveSession } from '../session/session-store';
import { RiskReviewPanel } from './review-panel';
import { reportFixture } from './risk-report-fixture';
import { typeInto } from './type-into';

// The phone's side of a photo: compression (canvas) and the bytes' trip to storage.
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
  data: { action: string; payload: Record<string, unknown>; idempotencyKey?: string };
}
const sent = () => request.mock.calls.map((call) => (call as [Sent])[0].data);

const tap = (testId: string) => act(() => void fireEvent.click(screen.getByTestId(testId)));

beforeEach(() => request.mockReset());

test('退回 without saying what is missing, or 不予通过 without a reason, is not sent', () => {
  render(
    <RiskReviewPanel
      report={reportFixture()}
      household={null}
      onDone={jest.fn()}
      onConflict={jest.fn()}
    />,
  );
  tap('risk-review-return');
  expect(screen.getByText('请写明还需要补充什么。')).toBeTruthy();
  tap('risk-review-reject');
  expect(screen.getByText('请写明不通过的原因。')).toBeTruthy();
  expect(request).not.toHaveBeenCalled();
});

test('the village approves only with the visit recorded; then it is sent with the version seen', async () => {
  const approved = reportFixture({ status: 'village_verified', version: 3 });
  request.mockResolvedValueOnce({ statusCode: 200, data: { ok: true, data: approved } });
  const onDone = jest.fn();
  render(
    <RiskReviewPanel
      report={reportFixture()}
      household={null}
      onDone={onDone}
      onConflict={jest.fn()}
    />,
  );
  expect(screen.getByTestId('visit-form')).toBeTruthy();
  tap('risk-review-approve');
  expect(screen.getByText('请填近12个月家庭人均纯收入（元，整数）。')).toBeTruthy();
  expect(screen.getByText('请写几句入户看到的情况。')).toBeTruthy();
  expect(request).not.toHaveBeenCalled();

  typeInto('visitedOn', '2026-12-02');
  typeInto('incomePerHead', '5200');
  typeInto('visitNote', '户主住院两周，家里只有老人和孩子');
  // 因残 confirmed besides the reported 因病.
  act(() => void fireEvent.click(document.querySelector('[data-risk="disability"]') as Element));
  tap('risk-review-approve');
  await waitFor(() => expect(onDone).toHaveBeenCalledWith(approved));
  expect(sent()).toEqual([
    {
      action: 'review',
      payload: {
        reportId: 'rr-1',
        expectedVersion: 2,
        decision: 'approve',
        note: '',
        visit: {
          visitedOn: '2026-12-02',
          incomePerHead: 5200,
          confirmedRisks: ['illness', 'disability'],
          note: '户主住院两周，家里只有老人和孩子',
          photoFileIds: [],
          householdId: 'hh-1',
        },
      },
      idempotencyKey: expect.stringMatching(/^rrev-/) as unknown,
    },
  ]);
});

test('a proxy report needs its household chosen before the village can approve', () => {
  request.mockResolvedValue({
    statusCode: 200,
    data: { ok: true, data: { items: [], nextCursor: null } },
  });
  render(
    <RiskReviewPanel
      report={reportFixture({ householdId: null, proxy: true })}
      household={null}
      onDone={jest.fn()}
      onConflict={jest.fn()}
    />,
  );
  typeInto('incomePerHead', '5200');
  typeInto('visitNote', '老人独居，儿子代为申报');
  tap('risk-review-approve');
  expect(screen.getByText('这份是代申报，请选出对应的农户。')).toBeTruthy();
  expect(sent().every((s) => s.action !== 'review')).toBe(true);
});

test('a CONFLICT (someone else decided, or the 公示 is not over) goes to the page with the words', async () => {
  request.mockResolvedValueOnce({
    statusCode: 409,
    data: {
      ok: false,
      error: { code: 'CONFLICT', message: '村内公示还没结束，12月9日以后才能审核' },
    },
  });
  const onConflict = jest.fn();
  render(
    <RiskReviewPanel
      report={reportFixture({
        status: 'village_verified',
        waitingFor: 'town',
        publicity: { startsOn: '2026-12-03', endsOn: '2026-12-08', ended: false },
      })}
      household={null}
      onDone={jest.fn()}
      onConflict={onConflict}
    />,
  );
  expect(screen.getByTestId('publicity-gate').textContent).toContain('公示结束后才能审核通过');
  expect(screen.queryByTestId('visit-form')).toBeNull();
  tap('risk-review-approve');
  await waitFor(() =>
    expect(onConflict).toHaveBeenCalledWith('村内公示还没结束，12月9日以后才能审核'),
  );
  expect(sent()[0]?.payload).toMatchObject({ decision: 'approve', expectedVersion: 2 });
});

test('a visit photo taken with no network waits on the phone; 通过 waits for it, then names its fileId', async () => {
  taroStorage.clear();
  saveSession({
    token: 't-he',
    persona: 'village_cadre',
    userId: 'u-he',
    role: 'village_cadre',
    name: '何建国',
  });
  chooseImage.mockResolvedValue({ tempFilePaths: ['blob:visit'] });
  let online = false;
  const approved = reportFixture({ status: 'village_verified', version: 3 });
  request.mockImplementation((options: Sent) => {
    if (!online) return Promise.reject(new Error('offline'));
    const { action, payload } = options.data;
    const data =
      action === 'startUpload'
        ? {
            ticketId: 't-1',
            cloudPath: 'risk/1.jpg',
            expiresAt: '2026-12-09T10:00:00.000Z',
            maxBytes: 2_000_000,
            localUploadUrl: null,
          }
        : action === 'uploadPhoto'
          ? { fileId: `f-${(payload.photo as { ticketId: string }).ticketId}`, url: '/f', bytes: 9 }
          : approved;
    return Promise.resolve({ statusCode: 200, data: { ok: true, data } });
  });
  const onDone = jest.fn();
  render(
    <RiskReviewPanel
      report={reportFixture()}
      household={null}
      onDone={onDone}
      onConflict={jest.fn()}
    />,
  );
  typeInto('visitedOn', '2026-12-02');
  typeInto('incomePerHead', '5200');
  typeInto('visitNote', '户主住院两周，家里只有老人和孩子');
  await act(async () => {
    fireEvent.click(screen.getByTestId('photo-add'));
    await Promise.resolve();
  });
  await waitFor(() => expect(screen.getByTestId('photos-waiting')).toBeTruthy());
  expect(screen.getAllByTestId('photo-held')).toHaveLength(1);
  tap('risk-review-approve');
  expect(screen.getByTestId('photos-not-sent').textContent).toBe(
    '照片还没传上去，有网后会自动上传，传完再点一次',
  );
  expect(sent().some((s) => s.action === 'review')).toBe(false);

  // The network returns: the photo goes up by itself, and 通过 sends the visit with its fileId.
  online = true;
  await act(async () => {
    window.dispatchEvent(new Event('online'));
    await Promise.resolve();
  });
  await waitFor(() => expect(screen.getAllByTestId('photo-uploaded')).toHaveLength(1));
  expect(screen.queryByTestId('photos-not-sent')).toBeNull();
  tap('risk-review-approve');
  await waitFor(() => expect(onDone).toHaveBeenCalledWith(approved));
  const reviews = sent().filter((s) => s.action === 'review');
  expect(reviews).toHaveLength(1);
  expect((reviews[0]?.payload.visit as { photoFileIds: string[] }).photoFileIds).toEqual(['f-t-1']);
  expect(sent().filter((s) => s.action === 'uploadPhoto')).toHaveLength(1);
  // Recorded: the photo leaves the phone.
  await waitFor(async () => expect(await appHeldPhotos().listOf('u-he')).toHaveLength(0));
});
