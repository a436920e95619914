import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { taroMocks, taroStorage } from '../../../test-support/taro-mock';
import { appHeldPhotos } from '../images/app-held-photos';
import { appOutbox } from '../outbox/app-outbox';
import { saveSession } from '../session/session-store';
import { chinaToday } from './risk-dates';
import { reportFixture } from './risk-report-fixture';
import { RiskForm } from './risk-form';

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
  url: string;
  header?: Record<string, string>;
  data: { action: string; payload: Record<string, unknown>; idempotencyKey?: string };
}
const sent = () => request.mock.calls.map((call) => (call as [Sent])[0]);
const submits = () =>
  sent().filter((s) => s.url.endsWith('/api/risk') && s.data.action === 'submit');

const stepOf = () => screen.getByTestId('risk-form').getAttribute('data-step');
const tap = (testId: string) => act(() => void fireEvent.click(screen.getByTestId(testId)));
const next = () => tap('risk-next');
/**
 * Types into a field: Taro's Input renders a native <input> inside; its Textarea is a web
 * component that jest does not upgrade, so it gets the input event Taro itself would send.
 */
const type = (testId: string, value: string) => {
  const host = screen.getByTestId(testId);
  const input = host.tagName === 'INPUT' ? host : host.querySelector('input');
  act(() => {
    if (input) fireEvent.input(input, { target: { value }, detail: { value } });
    else host.dispatchEvent(new CustomEvent('input', { detail: { value }, bubbles: true }));
  });
};

const villages = {
  items: [
    { id: 'village-zheqiao-qimou', name: '祁牟村', level: 'village', parentId: 't-1' },
    { id: 'village-zheqiao-wangping', name: '王坪村', level: 'village', parentId: 't-1' },
  ],
};

/** What `risk.startUpload` / `risk.uploadPhoto` answer: tickets t-1, t-2 … give fileIds f-t-1 … */
let tickets = 0;
function photoAnswer(action: string, payload: Record<string, unknown>): unknown {
  if (action === 'startUpload')
    return {
      ticketId: `t-${++tickets}`,
      cloudPath: `risk/${tickets}.jpg`,
      expiresAt: '2026-12-09T10:00:00.000Z',
      maxBytes: 2_000_000,
      localUploadUrl: null,
    };
  if (action === 'uploadPhoto') {
    const photo = payload.photo as { ticketId: string };
    return { fileId: `f-${photo.ticketId}`, url: `/files/${photo.ticketId}`, bytes: 100 };
  }
  return null;
}

/** The gateway: villages for the picker; photos and `submit` answer only when online. */
let online = false;
beforeEach(() => {
  taroStorage.clear();
  online = false;
  tickets = 0;
  chooseImage.mockReset();
  chooseImage.mockResolvedValue({ tempFilePaths: ['blob:a'] });
  request.mockReset();
  request.mockImplementation((options: Sent) => {
    if (options.url.endsWith('/api/users'))
      return Promise.resolve({ statusCode: 200, data: { ok: true, data: villages } });
    if (!online) return Promise.reject(new Error('offline'));
    const upload = photoAnswer(options.data.action, options.data.payload);
    if (upload) return Promise.resolve({ statusCode: 200, data: { ok: true, data: upload } });
    return Promise.resolve({ statusCode: 200, data: { ok: true, data: reportFixture() } });
  });
  login('u-ma', '马福海');
});

function login(userId: string, name: string) {
  saveSession({ token: `t-${userId}`, persona: 'villager', userId, role: 'villager', name });
}

const riskCalls = (action: string) =>
  sent().filter((s) => s.url.endsWith('/api/risk') && s.data.action === action);

/** 为自己家, 因病, today, a description, 30000 元, then the photo screen. */
function fillUpToPhotos() {
  tap('risk-who-self');
  next();
  tap('risk-type-illness');
  next();
  tap('risk-date-today');
  next();
  type('risk-description', '老伴住院做手术，花了很多钱');
  next();
  for (const key of ['3', '0', '0', '0', '0']) tap(`risk-key-${key}`);
  next();
  expect(stepOf()).toBe('photos');
}

async function pickPhoto() {
  await act(async () => {
    fireEvent.click(screen.getByTestId('photo-add'));
    await Promise.resolve();
  });
}
afterAll(() => appOutbox().stop());

/** 为自己家, 因病, today, a description, 30000 元, no photo, no phone, consent. */
function fillIllnessReport() {
  tap('risk-who-self');
  next();
  tap('risk-type-illness');
  next();
  tap('risk-date-today');
  next();
  type('risk-description', '老伴住院做手术，花了很多钱');
  next();
  for (const key of ['3', '0', '0', '0', '0']) tap(`risk-key-${key}`);
  next();
  next(); // 照片（可不传）
  next(); // 联系电话（可不填）
  tap('risk-consent-agree');
  next();
}

test('one question per screen: 下一步 waits for an answer on every required screen', () => {
  render(<RiskForm />);
  expect(stepOf()).toBe('who');
  expect(screen.getByTestId('risk-question').textContent).toBe('这次是为谁申报？');
  expect(screen.getByTestId('risk-progress-text').textContent).toContain('第 1 步');

  next();
  expect(stepOf()).toBe('who');
  expect(screen.getByTestId('risk-blocked').textContent).toContain('为自己家，还是替家人申报');
  tap('risk-who-self');
  expect(screen.queryByTestId('risk-blocked')).toBeNull();
  next();
  expect(stepOf()).toBe('risks');
  // All 11 types are there as cards with a picture.
  expect(
    screen.getByTestId('risk-types').querySelectorAll('[data-testid^="risk-type-"]'),
  ).toHaveLength(11);
  next();
  expect(stepOf()).toBe('risks');
  expect(screen.getByTestId('risk-blocked').textContent).toBe('请至少选一种困难');
  tap('risk-type-illness');
  next();
  expect(stepOf()).toBe('occurred');
  next();
  expect(stepOf()).toBe('occurred');
  tap('risk-date-today');
  expect(screen.getByTestId('risk-date-value').getAttribute('data-date')).toBe(chinaToday());
  // The date cannot go past today.
  tap('risk-date-day-plus');
  expect(screen.getByTestId('risk-date-value').getAttribute('data-date')).toBe(chinaToday());
  next();
  expect(stepOf()).toBe('description');
  type('risk-description', '住院');
  next();
  expect(stepOf()).toBe('description');
  expect(screen.getByTestId('risk-blocked').textContent).toContain('至少写 4 个字');
  type('risk-description', '老伴住院做手术');
  next();
  expect(stepOf()).toBe('cost');
  next();
  expect(stepOf()).toBe('cost');
  tap('risk-key-5');
  tap('risk-key-0');
  tap('risk-key-0');
  tap('risk-key-0');
  expect(screen.getByTestId('risk-cost-value').textContent).toBe('5,000 元');
  next();
  // Photos and phone may be left out.
  expect(stepOf()).toBe('photos');
  next();
  expect(stepOf()).toBe('phone');
  tap('risk-key-1');
  tap('risk-key-3');
  next();
  expect(stepOf()).toBe('phone');
  expect(screen.getByTestId('risk-blocked').textContent).toContain('11位');
  tap('risk-key-clear');
  next();
  // 因病 is not a 绿色通道 case: straight on to the consent.
  expect(stepOf()).toBe('consent');
  expect(screen.getByTestId('risk-consent-text').textContent).toContain(
    '同意村、镇、市工作人员入户核实',
  );
  next();
  expect(stepOf()).toBe('consent');
  expect(screen.getByTestId('risk-blocked').textContent).toContain('我同意');
  tap('risk-consent-agree');
  next();
  expect(stepOf()).toBe('confirm');
  // 上一步 goes back one screen and keeps the answer.
  tap('risk-back');
  expect(stepOf()).toBe('consent');
  expect(screen.getByTestId('risk-consent-agree').getAttribute('data-selected')).toBe('yes');
});

test('因自然灾害 asks which disaster, then the 绿色通道 question, and both are sent', async () => {
  render(<RiskForm />);
  tap('risk-who-self');
  next();
  tap('risk-type-disaster');
  tap('risk-type-housing');
  next();
  expect(stepOf()).toBe('disaster_subtype');
  next();
  expect(stepOf()).toBe('disaster_subtype');
  expect(screen.getByTestId('risk-blocked').textContent).toBe('请选是哪种自然灾害');
  tap('risk-disaster-flood');
  next();
  expect(stepOf()).toBe('occurred');
  tap('risk-date-yesterday');
  next();
  type('risk-description', '洪水把院墙冲塌了');
  next();
  tap('risk-key-0');
  next();
  next();
  next();
  expect(stepOf()).toBe('urgent');
  next();
  expect(stepOf()).toBe('urgent');
  tap('risk-urgent-yes');
  next();
  tap('risk-consent-agree');
  next();
  expect(stepOf()).toBe('confirm');
  const summary = screen.getByTestId('risk-summary').textContent ?? '';
  expect(summary).toContain('因自然灾害、因安全住房');
  expect(summary).toContain('洪涝');
  expect(summary).toContain('急需帮助');

  online = true;
  tap('risk-submit');
  await waitFor(() => expect(submits()).toHaveLength(1));
  expect(submits()[0]?.data.payload).toMatchObject({
    risks: ['disaster', 'housing'],
    disasterSubtype: 'flood',
    urgent: true,
    estimatedCost: 0,
  });
});

test('unticking 因自然灾害 drops the sub-type screen and the 绿色通道 question', () => {
  render(<RiskForm />);
  tap('risk-who-self');
  next();
  tap('risk-type-disaster');
  tap('risk-type-disaster');
  tap('risk-type-illness');
  next();
  expect(stepOf()).toBe('occurred');
});

test('filed while offline: saved with a plain message, sent once through the outbox when back online', async () => {
  render(<RiskForm />);
  fillIllnessReport();
  expect(stepOf()).toBe('confirm');
  tap('risk-submit');
  expect(screen.getByTestId('risk-queued').textContent).toContain('已保存，有网时会自动发送');
  expect(screen.getByTestId('risk-go-mine')).toBeTruthy();
  await waitFor(() => expect(submits()).toHaveLength(1));
  const first = submits()[0];
  expect(first?.data.payload).toEqual({
    risks: ['illness'],
    occurredOn: chinaToday(),
    description: '老伴住院做手术，花了很多钱',
    estimatedCost: 30000,
    photoFileIds: [],
    urgent: false,
    consent: { version: 'risk-check-2026-12', agreed: true },
  });
  expect(first?.data.idempotencyKey).toMatch(/^risk/);

  online = true;
  await act(async () => appOutbox().flush({ force: true }));
  await waitFor(() => expect(submits()).toHaveLength(2));
  // The retry is the same submission: same key, same body.
  expect(submits()[1]?.data).toEqual(first?.data);
  await act(async () => appOutbox().flush({ force: true }));
  expect(submits()).toHaveLength(2);
});

test('替家人申报 asks relation, name, village and why, and sends them as the proxy', async () => {
  online = true;
  render(<RiskForm />);
  tap('risk-who-proxy');
  next();
  expect(stepOf()).toBe('proxy_relation');
  next();
  expect(stepOf()).toBe('proxy_relation');
  tap('risk-relation-child');
  next();
  expect(stepOf()).toBe('proxy_name');
  type('risk-proxy-name', '马老汉1');
  next();
  expect(screen.getByTestId('risk-blocked').textContent).toContain('汉字或字母');
  type('risk-proxy-name', '马福海');
  next();
  expect(stepOf()).toBe('proxy_village');
  next();
  expect(stepOf()).toBe('proxy_village');
  const village = await screen.findByText('王坪村');
  act(() => void fireEvent.click(village));
  expect(screen.getByTestId('risk-village-chosen').textContent).toContain('王坪村');
  next();
  expect(stepOf()).toBe('proxy_reason');
  act(() => void fireEvent.click(screen.getByText('年纪大了')));
  next();
  expect(stepOf()).toBe('risks');
  tap('risk-type-illness');
  next();
  tap('risk-date-today');
  next();
  type('risk-description', '父亲住院了');
  next();
  tap('risk-key-8');
  next();
  next();
  next();
  tap('risk-consent-agree');
  next();
  expect(screen.getByTestId('risk-summary').textContent).toContain('替马福海申报（我是子女）');
  tap('risk-submit');
  await waitFor(() => expect(submits()).toHaveLength(1));
  expect(submits()[0]?.data.payload.proxy).toEqual({
    relation: 'child',
    name: '马福海',
    villageId: 'village-zheqiao-wangping',
    reason: '年纪大了',
  });
});

test('closing the app keeps the answers and the screen; the next open carries on', () => {
  const first = render(<RiskForm />);
  tap('risk-who-self');
  next();
  tap('risk-type-illness');
  tap('risk-type-unemployment');
  next();
  tap('risk-date-today');
  next();
  type('risk-description', '儿子打工摔伤了腿');
  first.unmount();

  render(<RiskForm />);
  expect(stepOf()).toBe('description');
  expect(screen.getByTestId('risk-restored')).toBeTruthy();
  expect(screen.getByTestId<HTMLTextAreaElement>('risk-description').value).toBe(
    '儿子打工摔伤了腿',
  );
  tap('risk-back');
  tap('risk-back');
  expect(stepOf()).toBe('risks');
  expect(screen.getByTestId('risk-type-illness').getAttribute('data-selected')).toBe('yes');
  expect(screen.getByTestId('risk-type-unemployment').getAttribute('data-selected')).toBe('yes');
  expect(screen.getByTestId('risk-types-count').textContent).toContain('已选 2 种');
  expect(request.mock.calls.some((c) => (c as [Sent])[0].url.endsWith('/api/risk'))).toBe(false);
});

test('no more than 5 risks can be chosen', () => {
  render(<RiskForm />);
  tap('risk-who-self');
  next();
  for (const risk of ['illness', 'disability', 'education', 'accident', 'job', 'housing'])
    tap(`risk-type-${risk === 'job' ? 'unemployment' : risk}`);
  expect(screen.getByTestId('risk-types-count').textContent).toContain('已选 5 种');
  expect(screen.getByTestId('risk-type-housing').getAttribute('data-selected')).toBe('no');
});

test('a photo picked offline joins the report at once, waits, and goes up once before the report when the network returns', async () => {
  render(<RiskForm />);
  fillUpToPhotos();
  await pickPhoto();
  // Kept on the phone and counted, though nothing could be sent.
  await waitFor(() => expect(screen.getByTestId('photos-waiting')).toBeTruthy());
  expect(screen.getByTestId('photos-waiting').textContent).toBe(
    '1 张照片已存在手机上，等网络，联网后自动上传。',
  );
  expect(document.body.textContent).toContain('照片（1/6）');
  expect(riskCalls('uploadPhoto')).toHaveLength(0);
  next();
  next();
  tap('risk-consent-agree');
  next();
  expect(stepOf()).toBe('confirm');
  expect(screen.getByTestId('risk-form').textContent).toContain('1 张');
  tap('risk-submit');
  expect(screen.getByTestId('risk-queued').textContent).toContain('已保存，有网时会自动发送');
  // Offline the outbox tries the photo first; the report itself is not sent before its photo.
  await act(async () => appOutbox().flush({ force: true }));
  expect(submits()).toHaveLength(0);
  expect(await appHeldPhotos().listOf('u-ma')).toHaveLength(1);

  online = true;
  await act(async () => appOutbox().flush({ force: true }));
  await waitFor(() => expect(submits()).toHaveLength(1));
  const calls = sent()
    .filter((s) => s.url.endsWith('/api/risk'))
    .map((s) => s.data.action);
  // Photo ticket, photo finished, then the report, which names the server's fileId.
  expect(calls.lastIndexOf('uploadPhoto')).toBeLessThan(calls.indexOf('submit'));
  expect(riskCalls('uploadPhoto')).toHaveLength(1);
  expect(submits()[0]?.data.payload.photoFileIds).toEqual(['f-t-1']);
  // Sent: the photo no longer takes room on the phone; a second flush sends nothing again.
  await waitFor(async () => expect(await appHeldPhotos().listOf('u-ma')).toHaveLength(0));
  await act(async () => appOutbox().flush({ force: true }));
  expect(submits()).toHaveLength(1);
  expect(riskCalls('uploadPhoto')).toHaveLength(1);
});

test('a photo held for one person is not sent, nor shown, as the next person on the phone', async () => {
  const view = render(<RiskForm />);
  fillUpToPhotos();
  await pickPhoto();
  await waitFor(() => expect(screen.getByTestId('photos-waiting')).toBeTruthy());
  next();
  next();
  tap('risk-consent-agree');
  next();
  tap('risk-submit');
  view.unmount();

  online = true;
  const before = sent().length;
  await act(async () => {
    login('u-li', '李桂花');
    await appOutbox().userChanged();
  });
  await act(async () => appOutbox().flush({ force: true }));
  // While she is logged in, nothing of his goes out (neither the photo nor the report).
  expect(
    sent()
      .slice(before)
      .filter((s) => s.url.endsWith('/api/risk')),
  ).toEqual([]);
  expect(await appHeldPhotos().listOf('u-li')).toHaveLength(0);
  // Her own form starts empty: nothing of his is on it.
  render(<RiskForm />);
  fillUpToPhotos();
  expect(document.body.textContent).toContain('照片（0/6）');
  expect(screen.queryByTestId('photos-waiting')).toBeNull();

  await act(async () => {
    login('u-ma', '马福海');
    await appOutbox().userChanged();
  });
  await waitFor(() => expect(submits()).toHaveLength(1));
  expect(submits()[0]?.header?.Authorization).toBe('Bearer t-u-ma');
  expect(riskCalls('uploadPhoto').every((s) => s.header?.Authorization === 'Bearer t-u-ma')).toBe(
    true,
  );
  expect(submits()[0]?.data.payload.photoFileIds).toEqual(['f-t-1']);
});
