import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { taroMocks, taroStorage } from '../../../test-support/taro-mock';
import { appHeldPhotos } from '../images/app-held-photos';
import { appOutbox } from '../outbox/app-outbox';
import { saveSession } from '../session/session-store';
import { MyReports } from './my-reports';
import type { RiskReportView } from './risk-api';
import { reportFixture } from './risk-report-fixture';
import { RiskPlanCard } from './risk-plan-card';

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
  data: { action: string; payload: Record<string, unknown>; idempotencyKey?: string };
}
const calls = (action: string) =>
  request.mock.calls
    .map((call) => (call as [Sent])[0])
    .filter((s) => s.url.endsWith('/api/risk') && s.data.action === action);

const rejection = {
  at: '2026-12-03T02:00:00.000Z',
  level: 'village' as const,
  reason: '家里人均收入高于监测线',
  appealTo: 'town' as const,
  appealBy: '2026-12-17',
};
const can = reportFixture().can;

let reports: RiskReportView[] = [];
let online = true;
let tickets = 0;
beforeEach(() => {
  taroStorage.clear();
  online = true;
  tickets = 0;
  chooseImage.mockReset();
  chooseImage.mockResolvedValue({ tempFilePaths: ['blob:bill'] });
  request.mockReset();
  request.mockImplementation((options: Sent) => {
    if (!online) return Promise.reject(new Error('offline'));
    const { action, payload } = options.data;
    if (action === 'startUpload')
      return Promise.resolve({
        statusCode: 200,
        data: {
          ok: true,
          data: {
            ticketId: `t-${++tickets}`,
            cloudPath: `risk/${tickets}.jpg`,
            expiresAt: '2026-12-09T10:00:00.000Z',
            maxBytes: 2_000_000,
            localUploadUrl: null,
          },
        },
      });
    if (action === 'uploadPhoto') {
      const { ticketId } = payload.photo as { ticketId: string };
      return Promise.resolve({
        statusCode: 200,
        data: {
          ok: true,
          data: { fileId: `f-${ticketId}`, url: `/files/${ticketId}`, bytes: 100 },
        },
      });
    }
    if (options.data.action === 'mine')
      return Promise.resolve({
        statusCode: 200,
        data: { ok: true, data: { items: reports, nextCursor: null } },
      });
    return Promise.resolve({ statusCode: 200, data: { ok: true, data: reports[0] } });
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

const card = (reportId: string) =>
  screen
    .getAllByTestId('risk-report-card')
    .find((el) => el.getAttribute('data-report-id') === reportId) as HTMLElement;

test('each report shows its status, risks, who filed it and the next step with its date', async () => {
  reports = [
    reportFixture({
      reportId: 'rr-new',
      deadline: { dueOn: '2026-12-08', daysLeft: 4, overdue: false },
    }),
    reportFixture({
      reportId: 'rr-proxy',
      status: 'town_reviewed',
      proxy: true,
      subjectName: '马老汉',
      risks: ['disability', 'lack_of_labour'],
      filedBy: { name: '马福海', role: 'villager', relation: 'child', proxyReason: '年纪大了' },
      deadline: { dueOn: '2026-12-21', daysLeft: 9, overdue: false },
    }),
  ];
  render(<MyReports />);
  await waitFor(() => expect(screen.getAllByTestId('risk-report-card')).toHaveLength(2));
  const fresh = within(card('rr-new'));
  expect(fresh.getByTestId('risk-status').textContent).toBe('已提交，等村里核实');
  expect(fresh.getByTestId('risk-next-step').textContent).toBe('下一步：村里会在12月8日前上门核实');
  expect(fresh.queryByTestId('risk-filed-by')).toBeNull();
  expect(fresh.getByTestId('risk-progress').querySelectorAll('[data-state="done"]')).toHaveLength(
    1,
  );

  const proxy = within(card('rr-proxy'));
  expect(proxy.getByText('因残')).toBeTruthy();
  expect(proxy.getByText('缺劳动力')).toBeTruthy();
  expect(proxy.getByTestId('risk-filed-by').textContent).toBe('代为申报：马福海（子女）');
  expect(proxy.getByTestId('risk-next-step').textContent).toContain('市里会在12月21日前审定');
  // 提交申报, 村监测, 镇审核 done; 市审定 under way.
  const states = [...proxy.getByTestId('risk-progress').children].map((el) =>
    el.getAttribute('data-state'),
  );
  expect(states).toEqual(['done', 'done', 'done', 'current', 'todo', 'todo']);
});

test('申请复核 appears only when the server allows it, says where it goes, and is queued once', async () => {
  reports = [
    reportFixture({
      reportId: 'rr-no',
      status: 'rejected',
      rejection: { ...rejection, appealTo: null },
      isAppeal: true,
    }),
    reportFixture({
      reportId: 'rr-yes',
      version: 3,
      status: 'rejected',
      rejection,
      can: { ...can, appeal: true },
    }),
  ];
  render(<MyReports />);
  await waitFor(() => expect(screen.getAllByTestId('risk-report-card')).toHaveLength(2));
  expect(within(card('rr-no')).queryByTestId('risk-appeal-open')).toBeNull();
  expect(within(card('rr-no')).getByTestId('risk-rejection-reason').textContent).toBe(
    '家里人均收入高于监测线',
  );

  const yes = within(card('rr-yes'));
  expect(yes.getByTestId('risk-appeal-where').textContent).toContain('会交给镇上复核');
  act(() => void fireEvent.click(yes.getByTestId('risk-appeal-open')));
  // Too short a reason is stopped on the phone.
  act(() => void fireEvent.click(yes.getByTestId('risk-appeal-send')));
  expect(calls('appeal')).toHaveLength(0);
  const reason = yes.getByTestId('risk-appeal-reason');
  act(() => {
    reason.dispatchEvent(
      new CustomEvent('input', { detail: { value: '老伴还在住院，收入算错了' }, bubbles: true }),
    );
  });
  online = false;
  act(() => void fireEvent.click(yes.getByTestId('risk-appeal-send')));
  // Queued: the button is gone, the family is told it is saved and where it goes.
  expect(yes.getByTestId('risk-appeal-queued').textContent).toContain('会交给镇上复核');
  expect(yes.queryByTestId('risk-appeal-open')).toBeNull();
  await waitFor(() => expect(calls('appeal')).toHaveLength(1));
  expect(calls('appeal')[0]?.data.payload).toEqual({
    reportId: 'rr-yes',
    expectedVersion: 3,
    reason: '老伴还在住院，收入算错了',
  });
  // The outbox list shows it waiting too.
  expect(screen.getByTestId('outbox-list').textContent).toContain('申请复核');
});

test('a returned report says what to add and sends the answer through the outbox', async () => {
  reports = [
    reportFixture({
      reportId: 'rr-back',
      version: 2,
      status: 'returned',
      returnNote: '请补一张住院发票的照片',
      waitingFor: 'family',
      deadline: null,
      can: { ...can, resubmit: true },
      steps: [
        ...reportFixture().steps,
        {
          at: '2026-12-02T02:00:00.000Z',
          kind: 'returned',
          from: 'submitted',
          to: 'returned',
          actorRole: 'village_cadre',
          actorName: '何建国',
          note: '请补一张住院发票的照片',
        },
      ],
    }),
  ];
  render(<MyReports />);
  const back = within(await screen.findByTestId('risk-returned'));
  expect(back.getByText('村里说还需要补充：')).toBeTruthy();
  expect(back.getByTestId('risk-return-note').textContent).toBe('请补一张住院发票的照片');
  const states = [...screen.getByTestId('risk-progress').children].map((el) =>
    el.getAttribute('data-state'),
  );
  expect(states.slice(0, 2)).toEqual(['done', 'stopped']);
  act(() => void fireEvent.click(back.getByTestId('risk-resubmit-open')));
  act(() => {
    back
      .getByTestId('risk-resubmit-answer')
      .dispatchEvent(
        new CustomEvent('input', { detail: { value: '发票已经补上了' }, bubbles: true }),
      );
  });
  act(() => void fireEvent.click(back.getByTestId('risk-resubmit-send')));
  await waitFor(() => expect(calls('resubmit')).toHaveLength(1));
  expect(calls('resubmit')[0]?.data.payload).toEqual({
    reportId: 'rr-back',
    expectedVersion: 2,
    answer: '发票已经补上了',
  });
  // Sent: the list is read again.
  await waitFor(() => expect(calls('mine').length).toBeGreaterThan(1));
});

test('returned: a photo added offline waits on the phone and goes up before the resubmission, once', async () => {
  reports = [
    reportFixture({
      reportId: 'rr-back',
      version: 2,
      status: 'returned',
      returnNote: '请补一张住院发票的照片',
      waitingFor: 'family',
      deadline: null,
      photos: [{ fileId: 'f-old', url: '/files/old' }],
      can: { ...can, resubmit: true },
    }),
  ];
  render(<MyReports />);
  const back = within(await screen.findByTestId('risk-returned'));
  act(() => void fireEvent.click(back.getByTestId('risk-resubmit-open')));
  online = false;
  await act(async () => {
    fireEvent.click(back.getByTestId('photo-add'));
    await Promise.resolve();
  });
  await waitFor(() => expect(back.getByTestId('photos-waiting')).toBeTruthy());
  expect(back.getByTestId('photos-waiting').textContent).toContain('等网络，联网后自动上传');
  expect(back.getAllByTestId('photo-held')).toHaveLength(1);
  act(() => {
    back
      .getByTestId('risk-resubmit-answer')
      .dispatchEvent(new CustomEvent('input', { detail: { value: '发票拍好了' }, bubbles: true }));
  });
  act(() => void fireEvent.click(back.getByTestId('risk-resubmit-send')));
  expect(screen.getByTestId('risk-resubmit-queued').textContent).toContain('有网时会自动发送');
  await act(async () => appOutbox().flush({ force: true }));
  expect(calls('uploadPhoto')).toHaveLength(0);

  online = true;
  await act(async () => appOutbox().flush({ force: true }));
  await waitFor(() => expect(calls('resubmit')).toHaveLength(1));
  const order = request.mock.calls
    .map((call) => (call as [Sent])[0].data.action)
    .filter((a) => a === 'uploadPhoto' || a === 'resubmit');
  expect(order).toEqual(['uploadPhoto', 'resubmit']);
  expect(calls('resubmit')[0]?.data.payload).toEqual({
    reportId: 'rr-back',
    expectedVersion: 2,
    answer: '发票拍好了',
    photoFileIds: ['f-old', 'f-t-1'],
  });
  await waitFor(async () => expect(await appHeldPhotos().listOf('u-ma')).toHaveLength(0));
  await act(async () => appOutbox().flush({ force: true }));
  expect(calls('resubmit')).toHaveLength(1);
});

const plan = {
  text: '老伴大病住院，先落实医疗救助，再安排儿子就近务工。',
  insurance: { enrolled: true, policyNumber: 'FPB-2026-0001' },
  measures: [
    {
      measureId: 'm1',
      sector: 'medical_insurance' as const,
      title: '医疗救助',
      department: '市医疗保障局',
      responsible: '王医保',
      dueOn: '2026-12-20',
      status: 'in_progress' as const,
      note: null,
      overdue: false,
      updatedAt: '2026-12-05T00:00:00.000Z',
    },
    {
      measureId: 'm2',
      sector: 'employment' as const,
      title: '公益性岗位',
      department: '市人力资源和社会保障局',
      responsible: '李人社',
      dueOn: '2026-12-10',
      status: 'planned' as const,
      note: null,
      overdue: true,
      updatedAt: '2026-12-05T00:00:00.000Z',
    },
  ],
  setAt: '2026-12-05T00:00:00.000Z',
  setByName: '何建国',
  warnings: [],
};

test('我的家 shows the 119 plan: plan text, 防贫保险 and each measure with its owner, date and status', async () => {
  reports = [
    reportFixture({ reportId: 'other-family', householdId: 'hh-other', status: 'assisting', plan }),
    reportFixture({ reportId: 'ours', status: 'assisting', plan }),
  ];
  render(<RiskPlanCard householdId="hh-1" />);
  const cardEl = await screen.findByTestId('risk-plan-card');
  expect(cardEl.getAttribute('data-status')).toBe('assisting');
  expect(screen.getByTestId('risk-plan-text').textContent).toBe(plan.text);
  expect(screen.getByTestId('risk-plan-insurance').textContent).toContain('已参加');
  expect(screen.getByText('保单号：FPB-2026-0001')).toBeTruthy();
  const sectors = screen
    .getAllByTestId('risk-plan-sector')
    .map((s) => s.getAttribute('data-sector'));
  expect(sectors).toEqual(['medical_insurance', 'employment']);
  const jobs = within(screen.getAllByTestId('risk-measure')[1] as HTMLElement);
  expect(jobs.getByText('负责单位：市人力资源和社会保障局')).toBeTruthy();
  expect(jobs.getByText('责任人：李人社')).toBeTruthy();
  expect(jobs.getByText('已安排')).toBeTruthy();
  expect(jobs.getByText(/12月10日前办好（已超期）/)).toBeTruthy();
  expect(screen.queryByTestId('risk-resolved')).toBeNull();
});

test('a 绿色通道 plan shows on 我的家 before approval (help first, paperwork after)', async () => {
  reports = [reportFixture({ reportId: 'urgent', status: 'submitted', urgent: true, plan })];
  render(<RiskPlanCard householdId="hh-1" />);
  expect((await screen.findByTestId('risk-plan-card')).getAttribute('data-status')).toBe(
    'submitted',
  );
  expect(screen.getAllByTestId('risk-measure')).toHaveLength(2);
});

test('我的家 says 风险已消除 once resolved, and shows nothing for a family never monitored', async () => {
  reports = [reportFixture({ reportId: 'ours', status: 'resolved', plan })];
  const { unmount } = render(<RiskPlanCard householdId="hh-1" />);
  expect((await screen.findByTestId('risk-resolved')).textContent).toBe('风险已消除');
  unmount();
  reports = [reportFixture({ status: 'submitted' }), reportFixture({ status: 'rejected', plan })];
  render(<RiskPlanCard householdId="hh-1" />);
  await waitFor(() => expect(calls('mine').length).toBeGreaterThan(1));
  expect(screen.queryByTestId('risk-plan-card')).toBeNull();
});
