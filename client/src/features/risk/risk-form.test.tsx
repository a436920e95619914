import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { taroMocks, taroStorage } from '../../../test-support/taro-mock';
import { appOutbox } from '../outbox/app-outbox';
import { saveSession } from '../session/session-store';
import { chinaToday } from './risk-dates';
import { reportFixture } from './risk-report-fixture';
import { RiskForm } from './risk-form';

const { request } = taroMocks;

interface Sent {
  url: string;
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

/** The gateway: villages for the picker, and whatever `submit` answers (offline by default). */
let online = false;
beforeEach(() => {
  taroStorage.clear();
  online = false;
  request.mockReset();
  request.mockImplementation((options: Sent) => {
    if (options.url.endsWith('/api/users'))
      return Promise.resolve({ statusCode: 200, data: { ok: true, data: villages } });
    if (!online) return Promise.reject(new Error('offline'));
    return Promise.resolve({ statusCode: 200, data: { ok: true, data: reportFixture() } });
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
