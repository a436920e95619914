import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { taroMocks, taroStorage } from '../../../test-support/taro-mock';
import { appOutbox } from '../outbox/app-outbox';
import { saveSession } from '../session/session-store';
import { addDays, chinaToday } from '../risk/risk-dates';
import { claimFixture } from './claim-fixture';
import { claimsPhotoGateway, okEnvelope } from './claim-test-gateway';
import { ClaimForm } from './claim-form';
import { EMPTY_CLAIM_DRAFT, draftCompleteness, stepsFor, type ClaimDraft } from './claim-draft';

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
  sent().filter((s) => s.url.endsWith('/api/claims') && s.data.action === 'submit');

const stepOf = () => screen.getByTestId('claim-form').getAttribute('data-step');
const tap = (testId: string) => act(() => void fireEvent.click(screen.getByTestId(testId)));
const next = () => tap('claim-next');
const type = (testId: string, value: string) => {
  const host = screen.getByTestId(testId);
  const input = host.tagName === 'INPUT' ? host : host.querySelector('input');
  act(() => {
    if (input) fireEvent.input(input, { target: { value }, detail: { value } });
    else host.dispatchEvent(new CustomEvent('input', { detail: { value }, bubbles: true }));
  });
};
const keys = (digits: string) => {
  for (const d of digits) tap(`risk-key-${d}`);
};
const nextUntil = (step: string) => {
  for (let i = 0; i < 30 && stepOf() !== step; i++) next();
  expect(stepOf()).toBe(step);
};

/** The gateway: upload tickets and photos always answer; submit answers only when online. */
let online = false;
const photos = claimsPhotoGateway();
beforeEach(() => {
  taroStorage.clear();
  online = false;
  photos.reset();
  chooseImage.mockReset();
  chooseImage.mockResolvedValue({ tempFilePaths: ['blob:a', 'blob:b'] });
  request.mockReset();
  request.mockImplementation((options: Sent) => {
    const upload = photos.answer(options.data.action, options.data.payload);
    if (upload) return okEnvelope(upload);
    if (!online) return Promise.reject(new Error('offline'));
    return okEnvelope(claimFixture());
  });
  login('u-ma', '马福海');
});
afterAll(() => appOutbox().stop());

function login(userId: string, name: string) {
  saveSession({ token: `t-${userId}`, persona: 'villager', userId, role: 'villager', name });
}

test('因病 40,000: the estimate shows 20,500 with its lines, two photos of one paper, bank card masked, queued offline and sent once', async () => {
  render(<ClaimForm />);
  expect(stepOf()).toBe('who');
  next();
  expect(screen.getByTestId('claim-blocked').textContent).toContain('替家人申请');
  tap('claim-who-self');
  next();
  expect(stepOf()).toBe('type');
  for (const t of ['illness', 'education', 'disaster', 'accident'])
    expect(screen.getByTestId(`claim-type-${t}`)).toBeTruthy();
  expect(screen.getByTestId('claim-type-illness').textContent).toContain('因病');
  next();
  expect(screen.getByTestId('claim-blocked').textContent).toContain('哪一种理赔');
  tap('claim-type-illness');
  next();
  expect(stepOf()).toBe('incident');
  tap('risk-date-today');
  next();
  expect(stepOf()).toBe('amount_selfPaid');
  next();
  expect(stepOf()).toBe('amount_selfPaid');
  keys('40000');
  expect(screen.getByTestId('claim-amount-value').textContent).toBe('40,000 元');
  expect(screen.getByTestId('claim-estimate').getAttribute('data-payout')).toBe('20500');
  expect(screen.getByTestId('claim-estimate-total').textContent).toBe(
    '预计可赔约 20,500 元，以审核为准',
  );
  const lines = screen.getByTestId('claim-estimate-lines').textContent ?? '';
  expect(lines).toContain('先减去起付的 5,000 元，剩下 35,000 元');
  expect(lines).toContain('其中 20,000 元 赔 70%：14000.00 元');
  next();

  // One screen per paper; photos go up compressed, and a paper takes several.
  expect(stepOf()).toBe('doc_id_card');
  next();
  next();
  next();
  expect(stepOf()).toBe('doc_invoices');
  expect(screen.getByTestId('claim-doc-example').textContent).toContain('住院收费票据');
  await act(async () => {
    fireEvent.click(screen.getByTestId('photo-add'));
    await Promise.resolve();
  });
  await waitFor(() => expect(screen.getAllByTestId('photo-uploaded')).toHaveLength(2));
  expect(screen.getByTestId('claim-doc-count').textContent).toBe('已拍 2 张');
  nextUntil('checklist');
  expect(screen.getByTestId('claim-checklist').getAttribute('data-complete')).toBe('no');
  const states = screen
    .getAllByTestId('claim-checklist-item')
    .map((el) => `${el.getAttribute('data-requirement')}:${el.getAttribute('data-state')}`);
  expect(states).toContain('invoices:ok');
  expect(states).toContain('settlement_slips:missing');
  expect(states).toContain('outpatient_receipts:optional');
  next();

  expect(stepOf()).toBe('bank_name');
  act(() => void fireEvent.click(screen.getByText('农业银行')));
  next();
  expect(stepOf()).toBe('bank_account');
  keys('6228');
  next();
  expect(screen.getByTestId('claim-blocked').textContent).toContain('12 到 30 位');
  keys('480012342108');
  expect(screen.getByTestId('claim-bank-account-value').textContent).toBe('6228 4800 1234 2108');
  next();
  expect(stepOf()).toBe('consent');
  tap('claim-back');
  // Once entered, only the last 4 digits are on screen.
  expect(screen.getByTestId('claim-bank-account-masked').textContent).toBe('****2108');
  expect(document.body.textContent).not.toContain('6228480012342108');
  next();
  expect(screen.getByTestId('claim-consent-text').textContent).toContain('只用于这次防贫保险理赔');
  expect(screen.getByTestId('claim-consent-version').textContent).toContain('claim-data-2026-12');
  tap('claim-privacy-link');
  expect(taroMocks.navigateTo).toHaveBeenCalledWith({ url: '/packages/privacy/pages/index/index' });
  next();
  expect(screen.getByTestId('claim-blocked').textContent).toContain('我同意');
  tap('claim-consent-agree');
  expect(screen.getByTestId('claim-consent-at')).toBeTruthy();
  next();

  expect(stepOf()).toBe('confirm');
  const summary = screen.getByTestId('claim-summary').textContent ?? '';
  expect(summary).toContain('预计可赔约 20,500 元，以审核为准');
  expect(summary).toContain('农业银行 ****2108');
  expect(summary).toContain('共 2 张，还差');
  expect(summary).not.toContain('6228480012342108');

  tap('claim-submit');
  expect(screen.getByTestId('claim-queued').textContent).toContain('已保存，有网时会自动发送');
  expect(screen.queryByTestId('claim-queued-late')).toBeNull();
  await waitFor(() => expect(submits()).toHaveLength(1));
  const first = submits()[0];
  expect(first?.data.payload).toMatchObject({
    type: 'illness',
    incidentOn: chinaToday(),
    amounts: { selfPaid: 40000 },
    documents: [{ item: 'invoices', fileIds: ['f-t-1', 'f-t-2'] }],
    bankName: '农业银行',
    bankAccount: '6228480012342108',
    consent: { version: 'claim-data-2026-12' },
  });
  expect(first?.data.payload).not.toHaveProperty('proxy');
  expect(typeof (first?.data.payload.consent as { at?: unknown }).at).toBe('string');
  expect(first?.data.idempotencyKey).toMatch(/^claim/);

  online = true;
  await act(async () => appOutbox().flush({ force: true }));
  await waitFor(() => expect(submits()).toHaveLength(2));
  expect(submits()[1]?.data).toEqual(first?.data);
  await act(async () => appOutbox().flush({ force: true }));
  expect(submits()).toHaveLength(2);
});

test('替家人申请 asks the relation and the name, adds the 委托书 paper, and sends the proxy', async () => {
  online = true;
  render(<ClaimForm />);
  tap('claim-who-proxy');
  next();
  expect(stepOf()).toBe('proxy_relation');
  next();
  expect(stepOf()).toBe('proxy_relation');
  tap('claim-relation-child');
  next();
  type('claim-proxy-name', '马老汉1');
  next();
  expect(screen.getByTestId('claim-blocked').textContent).toContain('汉字或字母');
  type('claim-proxy-name', '马老汉');
  next();
  tap('claim-type-education');
  next();
  tap('risk-date-yesterday');
  next();
  // 因学: four amounts, one per screen, the estimate on each.
  expect(stepOf()).toBe('amount_tuition');
  keys('8000');
  next();
  keys('1000');
  next();
  keys('500');
  next();
  expect(stepOf()).toBe('amount_grants');
  keys('2000');
  // 8000 + 1000 + 500 − 2000 = 7500; above 3000 at 50 % = 2250.
  expect(screen.getByTestId('claim-estimate').getAttribute('data-payout')).toBe('2250');
  next();
  expect(stepOf()).toBe('doc_id_card');
  nextUntil('doc_proxy_authorisation');
  nextUntil('bank_name');
  type('claim-bank-name', '临夏农商银行');
  next();
  keys('622848001234567890');
  next();
  tap('claim-consent-agree');
  next();
  expect(screen.getByTestId('claim-summary').textContent).toContain('替马老汉申请（我是子女）');
  tap('claim-submit');
  await waitFor(() => expect(submits()).toHaveLength(1));
  expect(submits()[0]?.data.payload).toMatchObject({
    type: 'education',
    amounts: { tuition: 8000, lodging: 1000, books: 500, grants: 2000 },
    proxy: { relation: 'child', name: '马老汉' },
    documents: [],
    bankName: '临夏农商银行',
  });
});

test('a disaster reported more than 24 h after is accepted but said to be marked late', () => {
  render(<ClaimForm />);
  tap('claim-who-self');
  next();
  tap('claim-type-disaster');
  next();
  tap('risk-date-yesterday');
  expect(screen.queryByTestId('claim-late')).toBeNull();
  tap('risk-date-before-yesterday');
  tap('risk-date-day-minus');
  expect(screen.getByTestId('risk-date-value').getAttribute('data-date')).toBe(
    addDays(chinaToday(), -3),
  );
  expect(screen.getByTestId('claim-late').textContent).toContain('仍然受理，但会标记为“迟报”');
});

test('意外 asks 伤残 or 身故 first; 身故 needs two of the three death papers', () => {
  render(<ClaimForm />);
  tap('claim-who-self');
  next();
  tap('claim-type-accident');
  next();
  expect(stepOf()).toBe('accident_outcome');
  next();
  expect(screen.getByTestId('claim-blocked').textContent).toContain('伤残还是身故');
  tap('claim-outcome-death');
  next();
  expect(stepOf()).toBe('incident');
});

test('checklist completeness follows the claim: type, proxy, accident outcome, two of three', () => {
  const photo = (id: string) => [{ fileId: id, url: `/files/${id}` }];
  const base: ClaimDraft = { ...EMPTY_CLAIM_DRAFT, forWhom: 'self', type: 'illness' };
  const all = {
    id_card: photo('1'),
    hukou: photo('2'),
    bank_card: photo('3'),
    invoices: photo('4'),
    itemised_bill: photo('5'),
    discharge_summary: photo('6'),
    diagnosis: photo('7'),
  };
  const lacking = draftCompleteness({ ...base, documents: all });
  expect(lacking?.complete).toBe(false);
  expect(lacking?.missing.map((m) => m.id)).toEqual(['settlement_slips']);
  expect(
    draftCompleteness({ ...base, documents: { ...all, settlement_slips: photo('8') } })?.complete,
  ).toBe(true);
  // 替家人申请 adds the 委托书.
  expect(
    draftCompleteness({
      ...base,
      forWhom: 'proxy',
      documents: { ...all, settlement_slips: photo('8') },
    })?.missing.map((m) => m.id),
  ).toEqual(['proxy_authorisation']);
  // 意外身故: two of the three death papers.
  const death: ClaimDraft = {
    ...base,
    type: 'accident',
    accidentOutcome: 'death',
    documents: {
      id_card: photo('1'),
      hukou: photo('2'),
      bank_card: photo('3'),
      accident_report: photo('4'),
      heirs_certificate: photo('5'),
      death_certificate: photo('6'),
    },
  };
  expect(draftCompleteness(death)?.missing).toEqual([
    expect.objectContaining({ id: 'death_papers', need: 1 }),
  ]);
  expect(
    draftCompleteness({
      ...death,
      documents: { ...death.documents, cremation_certificate: photo('7') },
    })?.complete,
  ).toBe(true);
  expect(stepsFor(death)).toContain('doc_cremation_certificate');
  expect(stepsFor(death)).not.toContain('doc_disability_assessment');
});

test('the draft is per person: another login on the phone starts empty, the first finds theirs again', () => {
  const first = render(<ClaimForm />);
  tap('claim-who-self');
  next();
  tap('claim-type-illness');
  next();
  tap('risk-date-today');
  next();
  keys('12000');
  first.unmount();

  login('u-li', '李桂花');
  const second = render(<ClaimForm />);
  expect(stepOf()).toBe('who');
  expect(screen.queryByTestId('claim-restored')).toBeNull();
  second.unmount();

  login('u-ma', '马福海');
  render(<ClaimForm />);
  expect(stepOf()).toBe('amount_selfPaid');
  expect(screen.getByTestId('claim-restored')).toBeTruthy();
  expect(screen.getByTestId('claim-amount-value').textContent).toBe('12,000 元');
});

test('an offline claim goes out only under the person who filed it', async () => {
  render(<ClaimForm />);
  tap('claim-who-self');
  next();
  tap('claim-type-illness');
  next();
  tap('risk-date-today');
  next();
  keys('40000');
  nextUntil('bank_name');
  act(() => void fireEvent.click(screen.getByText('邮政储蓄银行')));
  next();
  keys('622848001234562108');
  next();
  tap('claim-consent-agree');
  next();
  tap('claim-submit');
  await waitFor(() => expect(submits()).toHaveLength(1));

  // Someone else logs in on the same phone while it waits: it is held, not sent as them.
  online = true;
  await act(async () => {
    login('u-li', '李桂花');
    await appOutbox().userChanged();
  });
  await act(async () => appOutbox().flush({ force: true }));
  expect(submits()).toHaveLength(1);

  await act(async () => {
    login('u-ma', '马福海');
    await appOutbox().userChanged();
  });
  await waitFor(() => expect(submits()).toHaveLength(2));
  expect(submits()[1]?.header?.Authorization).toBe('Bearer t-u-ma');
});
