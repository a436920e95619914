import { makeIdNumber } from '../cloudfunctions/platform/test-support/test-platform';
import { LOCAL_SUBSCRIBE } from '../cloudfunctions/platform/local-platform';
import { DEMO_POLICIES } from '../shared/src/policies/policy-content';
import { demoImagePng } from '../cloudfunctions/exhibits/seed/demo-image';
import { RISK_CONSENT } from '../shared/src/risk/risk-catalogue';
import { CLAIM_CONSENT } from '../shared/src/claims/claim-schemas';
import { itemsFor } from '../shared/src/claims/claim-documents';
import type { ActionEntry } from './support/action-catalog';
import type { ProofDriver } from './support/proof-driver';
import type { Persona, Who } from './support/personas';

/**
 * One valid call per action, keyed `fn.action`: who makes it and a payload that passes the input
 * schema and, made by that caller, succeeds. Every mutating action must have a row (the
 * idempotency proof replays it); read actions whose input accepts `{}` may go without one.
 * `payload` may create what it needs first (e.g. a feedback to reply to) through the driver,
 * so the same row works in-process and over the gateway.
 */
export interface ValidCall {
  as: Exclude<Persona, 'anonymous'>;
  /** When each call needs a fresh caller (e.g. a villager not yet in a household). */
  caller?: () => Who;
  payload: (d: ProofDriver) => Promise<Record<string, unknown>>;
}

/** Who makes the valid call (a fresh caller when the row asks for one). */
export function callerOf(call: ValidCall): Who {
  return call.caller ? call.caller() : call.as;
}

let sequence = 0;
const next = () => ++sequence;

/** A household the village cadre (village A) may edit; the villager's own is hh-demo-qimou-01. */
const EDITABLE_HOUSEHOLD = 'hh-demo-qimou-03';

async function householdNow(d: ProofDriver, householdId: string): Promise<Record<string, unknown>> {
  const r = await d.call('village_cadre', 'households', 'get', { householdId });
  if (!r.body.ok) throw new Error(`fixture households.get failed: ${r.text}`);
  return r.body.data;
}

/** A fresh villager asks to join the editable household; returns the pending request's id. */
async function requestToJoin(d: ProofDriver): Promise<string> {
  const inv = await d.call('village_cadre', 'households', 'issueInvitation', {
    householdId: EDITABLE_HOUSEHOLD,
  });
  if (!inv.body.ok) throw new Error(`fixture households.issueInvitation failed: ${inv.text}`);
  const joiner: Who = { persona: 'villager', as: `requester-${next()}` };
  const r = await d.call(joiner, 'households', 'join', { code: String(inv.body.data.code) });
  if (!r.body.ok) throw new Error(`fixture households.join failed: ${r.text}`);
  return String(r.body.data.requestId);
}

/**
 * An ID-number conflict for the city: a person registered in 祁牟村 is entered again by
 * 王坪村's cadre (another town), who is not told; returns the conflict's id.
 */
async function idConflict(d: ProofDriver): Promise<string> {
  const idNumber = makeIdNumber(
    '622901',
    '19660606',
    String(100 + (next() % 900)).padStart(3, '0'),
  );
  const household = (villageId: string) => ({
    villageId,
    category: 'general',
    address: `核实测试${next()}号`,
    annualIncome: 30_000,
    members: [{ name: '重复测试', relation: 'head', idNumber }],
    consentVersion: 'household-data-2026-11',
  });
  for (const [who, village] of [
    ['village_cadre', 'village-zheqiao-qimou'],
    ['village_cadre_b', 'village-baohan-wangping'],
  ] as const) {
    const r = await d.call(who, 'households', 'create', household(village));
    if (!r.body.ok) throw new Error(`fixture households.create failed: ${r.text}`);
  }
  const list = await d.call('city_approver', 'households', 'idConflicts', { limit: 50 });
  if (!list.body.ok) throw new Error(`fixture households.idConflicts failed: ${list.text}`);
  const items = list.body.data.items as Array<{ conflictId: string }>;
  const last = items[items.length - 1];
  if (!last) throw new Error('fixture: no ID conflict was recorded');
  return last.conflictId;
}

/** Files a feedback as `who` and returns its id (a fixture for actions that need one). */
export async function submitFeedback(
  d: ProofDriver,
  who: Who,
  content = '村口的路灯坏了，请尽快修理',
): Promise<string> {
  const r = await d.call(who, 'feedback', 'submit', {
    category: 'help',
    content,
    contact: '13912345678',
  });
  if (!r.body.ok) throw new Error(`fixture feedback.submit failed: ${r.text}`);
  return String(r.body.data.feedbackId);
}

/**
 * Training fixtures act as one fresh trainee per valid call: `caller()` picks them (the proofs
 * call it before `payload`), and the payload's set-up (enrolling, checking in) is made as them.
 * When `payload` runs without `caller()` (matrix, fuzz), the villager persona stands in.
 */
let trainee: Who = 'villager';
/** Whose login `users.revokeSession` ends (set by its `caller()`). */
let sessionOwner: Who = { persona: 'villager', as: 'sessions-0' };
const freshTrainee = (): Who => (trainee = { persona: 'villager', as: `trainee-${next()}` });

/** A course open all the time with one long session, so check-in and completion work whenever. */
async function alwaysOnCourse(d: ProofDriver): Promise<string> {
  const r = await d.call('trainer', 'training', 'upsertCourse', {
    title: `证明用课程${next()}`,
    category: 'other',
    townId: null,
    location: '培训点',
    description: '',
    requirements: '',
    sessions: [
      {
        sessionId: 's1',
        topic: '整期',
        startsAt: '2026-01-01T00:00:00+08:00',
        endsAt: '2030-01-01T00:00:00+08:00',
      },
    ],
    capacity: 500,
    signupOpensAt: '2026-01-01T00:00:00+08:00',
    signupClosesAt: '2029-12-31T00:00:00+08:00',
    attendanceToComplete: 1,
    cancelHoursBefore: 0,
  });
  if (!r.body.ok) throw new Error(`fixture training.upsertCourse failed: ${r.text}`);
  return String(r.body.data.courseId);
}

async function enrolled(d: ProofDriver, who: Who, courseId: string): Promise<string> {
  const r = await d.call(who, 'training', 'enroll', { courseId });
  if (!r.body.ok) throw new Error(`fixture training.enroll failed: ${r.text}`);
  return String(r.body.data.enrollmentId);
}

async function checkInPayload(d: ProofDriver, who: Who, courseId: string) {
  const code = await d.call('trainer', 'training', 'sessionCode', { courseId, sessionId: 's1' });
  if (!code.body.ok) throw new Error(`fixture training.sessionCode failed: ${code.text}`);
  return { courseId, sessionId: 's1', code: String(code.body.data.code) };
}

async function completedEnrollment(d: ProofDriver, who: Who): Promise<string> {
  const courseId = await alwaysOnCourse(d);
  const enrollmentId = await enrolled(d, who, courseId);
  const checked = await d.call(who, 'training', 'checkIn', await checkInPayload(d, who, courseId));
  if (!checked.body.ok) throw new Error(`fixture training.checkIn failed: ${checked.text}`);
  const done = await d.call('trainer', 'training', 'complete', { enrollmentId });
  if (!done.body.ok) throw new Error(`fixture training.complete failed: ${done.text}`);
  return enrollmentId;
}

/** A tiny real PNG, as the phone would send it after compressing. */
const PHOTO = demoImagePng(3, 16, 12);

/** A ticket from `startUpload` and the photo written to it: the part a finishing call takes. */
async function sentPhoto(
  d: ProofDriver,
  who: Who,
  fn: 'exhibits' | 'risk' | 'claims',
): Promise<{ ticketId: string; fileId: string }> {
  const r = await d.call(who, fn, 'startUpload', {});
  if (!r.body.ok) throw new Error(`fixture ${fn}.startUpload failed: ${r.text}`);
  const ticket = r.body.data as {
    ticketId: string;
    cloudPath: string;
    localUploadUrl: string | null;
  };
  return { ticketId: ticket.ticketId, fileId: await d.writeUpload(who, ticket, PHOTO) };
}

async function uploadedPhoto(d: ProofDriver, who: Who): Promise<string> {
  const r = await d.call(who, 'exhibits', 'uploadImage', {
    photo: await sentPhoto(d, who, 'exhibits'),
  });
  if (!r.body.ok) throw new Error(`fixture exhibits.uploadImage failed: ${r.text}`);
  return String(r.body.data.fileId);
}

async function pendingExhibit(d: ProofDriver): Promise<string> {
  const r = await d.call('villager', 'exhibits', 'submit', {
    villageId: 'village-zheqiao-qimou',
    category: 'artifact',
    title: `老物件${next()}`,
    story: '这是家里传下来的老物件，想放进村史馆。',
    imageFileIds: [await uploadedPhoto(d, 'villager')],
  });
  if (!r.body.ok) throw new Error(`fixture exhibits.submit failed: ${r.text}`);
  return String(r.body.data.exhibitId);
}

// ---------------------------------------------------------------- 返贫风险 fixtures

async function riskOk(
  d: ProofDriver,
  who: Who,
  action: string,
  payload: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  const r = await d.call(who, 'risk', action, payload);
  if (!r.body.ok) throw new Error(`fixture risk.${action} failed: ${r.text}`);
  return r.body.data;
}

const riskReport = (over: Record<string, unknown> = {}) => ({
  risks: ['illness'],
  occurredOn: '2026-11-20',
  description: `家里有人住院，花销很大 ${next()}`,
  estimatedCost: 30_000,
  consent: { version: RISK_CONSENT.version, agreed: true },
  ...over,
});

const riskVisit = () => ({
  visitedOn: '2026-11-28',
  incomePerHead: 6000,
  confirmedRisks: ['illness'],
  note: '入户核实，情况属实',
});

const riskPlan = (reportId: string, expectedVersion: number, status = 'planned') => ({
  reportId,
  expectedVersion,
  planText: '一户一策：医疗救助加就业帮扶。',
  insurance: { enrolled: true },
  measures: [
    {
      sector: 'medical_insurance',
      title: '医疗救助',
      responsible: '马主任',
      dueOn: '2026-12-20',
      status,
    },
    { sector: 'employment', title: '公益性岗位', responsible: '李干事', dueOn: '2027-01-10' },
  ],
});

/** A report the villager filed for their household, waiting for the village. */
async function submittedReport(d: ProofDriver, over: Record<string, unknown> = {}) {
  const r = await riskOk(d, 'villager', 'submit', riskReport(over));
  return { reportId: String(r.reportId), version: Number(r.version) };
}

/** A report the village decided on (`return` or `reject`). */
async function decidedReport(d: ProofDriver, decision: 'return' | 'reject') {
  const r = await submittedReport(d);
  const decided = await riskOk(d, 'village_cadre', 'review', {
    reportId: r.reportId,
    expectedVersion: r.version,
    decision,
    note: decision === 'return' ? '请补充住院发票' : '家庭收入较高',
  });
  return { reportId: r.reportId, version: Number(decided.version) };
}

/** A 绿色通道 report with its plan set (measures may be worked before approval). */
async function plannedUrgentReport(d: ProofDriver) {
  const r = await submittedReport(d, { risks: ['accident'], urgent: true });
  const planned = await riskOk(d, 'village_cadre', 'setPlan', riskPlan(r.reportId, r.version));
  const measures = (planned.plan as { measures: Array<{ measureId: string }> }).measures;
  return {
    reportId: r.reportId,
    version: Number(planned.version),
    measureId: measures[0]?.measureId,
  };
}

/**
 * A household in 119 assistance with a measure done, monitored for 6 months and more when the
 * driver can move the clock (in-process); over HTTP it is monitored since today.
 */
async function assistingReport(d: ProofDriver) {
  const DAY = 86_400_000;
  d.moveClock?.(-200 * DAY);
  const r = await submittedReport(d);
  let v = Number(
    (
      await riskOk(d, 'village_cadre', 'review', {
        reportId: r.reportId,
        expectedVersion: r.version,
        decision: 'approve',
        visit: riskVisit(),
      })
    ).version,
  );
  // The village 公示 lasts 5 days; over HTTP the town's approval is refused until it ends.
  d.moveClock?.(6 * DAY);
  for (const who of ['town_reviewer', 'city_approver'] as const) {
    const step = await d.call(who, 'risk', 'review', {
      reportId: r.reportId,
      expectedVersion: v,
      decision: 'approve',
    });
    if (!step.body.ok) break;
    v = Number(step.body.data.version);
  }
  const planned = await d.call('village_cadre', 'risk', 'setPlan', riskPlan(r.reportId, v, 'done'));
  if (planned.body.ok) v = Number(planned.body.data.version);
  d.moveClock?.(194 * DAY);
  return { reportId: r.reportId, version: v };
}

// ---------------------------------------------------------------- 防贫保险理赔 fixtures

/** The bank card of the demo claims: the privacy scan looks for it in every answer and log. */
export const CLAIM_BANK_ACCOUNT = '6217000098765432108';

async function claimOk(
  d: ProofDriver,
  who: Who,
  action: string,
  payload: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  const r = await d.call(who, 'claims', action, payload);
  if (!r.body.ok) throw new Error(`fixture claims.${action} failed: ${r.text}`);
  return r.body.data;
}

/** One photo of a claim's paper, uploaded as the phone does; answers its fileId. */
async function claimPhoto(d: ProofDriver, who: Who): Promise<string> {
  const r = await claimOk(d, who, 'uploadPhoto', { photo: await sentPhoto(d, who, 'claims') });
  return String(r.fileId);
}

async function claimDocuments(d: ProofDriver, items: readonly string[]) {
  const documents = [];
  for (const item of items) documents.push({ item, fileIds: [await claimPhoto(d, 'villager')] });
  return documents;
}

/** Every paper an illness claim filed for oneself takes (the village approves only a full set). */
const ILLNESS_ITEMS = itemsFor('illness', { proxy: false });

/**
 * An illness claim of the villager's household. The self-paid 6,000 元 pays 300 元 (5,000
 * deductible, then 30 %), so the many claims the proofs approve stay far below the yearly cap.
 */
async function claimPayload(d: ProofDriver, items: readonly string[] = ILLNESS_ITEMS) {
  return {
    type: 'illness',
    incidentOn: '2026-11-20',
    amounts: { selfPaid: 6000 },
    documents: await claimDocuments(d, items),
    bankName: '农业银行',
    bankAccount: CLAIM_BANK_ACCOUNT,
    consent: { ...CLAIM_CONSENT, at: new Date().toISOString() },
  };
}

async function submittedClaim(d: ProofDriver, items: readonly string[] = ILLNESS_ITEMS) {
  const r = await claimOk(d, 'villager', 'submit', await claimPayload(d, items));
  return { claimId: String(r.claimId), version: Number(r.version) };
}

const allChecksOk = (items: readonly string[]) =>
  items.map((item) => ({ item, state: 'ok', note: '' }));

/** A claim the village returned (the settlement slips missing) or rejected. */
async function decidedClaim(d: ProofDriver, decision: 'return' | 'reject') {
  const c = await submittedClaim(d);
  const checks =
    decision === 'return'
      ? ILLNESS_ITEMS.map((item) =>
          item === 'settlement_slips'
            ? { item, state: 'missing', note: '结算单拍得不清楚' }
            : { item, state: 'ok', note: '' },
        )
      : allChecksOk(ILLNESS_ITEMS);
  const r = await claimOk(d, 'village_cadre', 'review', {
    claimId: c.claimId,
    expectedVersion: c.version,
    decision,
    note: decision === 'reject' ? '家庭收入较高，不符合条件' : '',
    checks,
  });
  return { claimId: c.claimId, version: Number(r.version) };
}

/** A claim through village, town, insurer and city; answers it at `approved`. */
async function approvedClaim(d: ProofDriver) {
  const c = await submittedClaim(d);
  let v = c.version;
  const step = async (who: Who, extra: Record<string, unknown>) => {
    const r = await claimOk(d, who, 'review', {
      claimId: c.claimId,
      expectedVersion: v,
      decision: 'approve',
      ...extra,
    });
    v = Number(r.version);
  };
  await step('village_cadre', { checks: allChecksOk(ILLNESS_ITEMS) });
  await step('town_reviewer', {});
  await step('insurer', {
    survey: { surveyedOn: '2026-11-28', assessedAmount: 300, note: '入户查勘，情况属实' },
  });
  await step('city_approver', { approvedAmount: 300 });
  return { claimId: c.claimId, version: v };
}

export const VALID_PAYLOADS: Record<string, ValidCall> = {
  'claims.estimate': {
    as: 'villager',
    payload: () => Promise.resolve({ type: 'illness', amounts: { selfPaid: 40_000 } }),
  },
  'claims.submit': { as: 'villager', payload: (d) => claimPayload(d) },
  'claims.startUpload': { as: 'villager', payload: () => Promise.resolve({}) },
  'claims.uploadPhoto': {
    as: 'villager',
    payload: async (d) => ({ photo: await sentPhoto(d, 'villager', 'claims') }),
  },
  // Reading needs a claim, not a complete one: two papers keep the read proofs (a payload per
  // persona) quick on a busy machine.
  'claims.get': {
    as: 'villager',
    payload: async (d) => ({
      claimId: (await submittedClaim(d, ['id_card', 'invoices'])).claimId,
    }),
  },
  'claims.review': {
    as: 'village_cadre',
    payload: async (d) => {
      const c = await submittedClaim(d);
      return {
        claimId: c.claimId,
        expectedVersion: c.version,
        decision: 'approve',
        checks: allChecksOk(ILLNESS_ITEMS),
      };
    },
  },
  'claims.resubmit': {
    as: 'villager',
    payload: async (d) => {
      const c = await decidedClaim(d, 'return');
      return {
        claimId: c.claimId,
        expectedVersion: c.version,
        documents: await claimDocuments(d, ['settlement_slips']),
        answer: `结算单重新拍了 ${next()}`,
      };
    },
  },
  'claims.appeal': {
    as: 'villager',
    payload: async (d) => {
      const c = await decidedClaim(d, 'reject');
      return {
        claimId: c.claimId,
        expectedVersion: c.version,
        reason: `收入是去年的，今年看病花了很多 ${next()}`,
      };
    },
  },
  // The 公示 lasts 5 days: in-process the clock moves past it; over HTTP the call is refused
  // (CONFLICT), which the HTTP proofs accept.
  'claims.markPaid': {
    as: 'insurer',
    payload: async (d) => {
      const c = await approvedClaim(d);
      d.moveClock?.(7 * 86_400_000);
      // Paid the day after the 公示 ends (the handler refuses earlier days and future ones).
      const got = await claimOk(d, 'insurer', 'get', { claimId: c.claimId });
      const endsOn = String((got.publicity as { endsOn: string }).endsOn);
      const paidOn = new Date(Date.parse(`${endsOn}T00:00:00Z`) + 86_400_000)
        .toISOString()
        .slice(0, 10);
      return {
        claimId: c.claimId,
        expectedVersion: c.version,
        paidOn,
        paymentReference: `PAY-${next()}-2026`,
      };
    },
  },
  // Issue 15 part 2 (notifyDispatch): the local platform's stand-in template id (LOCAL_SUBSCRIBE).
  'notifyDispatch.recordSubscriptions': {
    as: 'villager',
    payload: () =>
      Promise.resolve({
        askedFrom: 'risk',
        answers: [
          { templateId: LOCAL_SUBSCRIBE.templates.progress ?? 'none', answer: 'accept' },
          { templateId: LOCAL_SUBSCRIBE.templates.training ?? 'none', answer: 'reject' },
        ],
      }),
  },
  // Issue 16 part 4 (speech): a seeded policy, and a form's question.
  'speech.read': {
    as: 'villager',
    payload: () =>
      Promise.resolve({ source: { kind: 'policy', policyId: 'free-education-15-years' } }),
  },
  'speech.readText': {
    as: 'villager',
    payload: () => Promise.resolve({ text: `您家里有几口人？（第 ${next()} 问）` }),
  },
  'risk.submit': { as: 'villager', payload: () => Promise.resolve(riskReport()) },
  'risk.startUpload': { as: 'villager', payload: () => Promise.resolve({}) },
  'risk.uploadPhoto': {
    as: 'villager',
    payload: async (d) => ({ photo: await sentPhoto(d, 'villager', 'risk') }),
  },
  'risk.get': {
    as: 'villager',
    payload: async (d) => ({ reportId: (await submittedReport(d)).reportId }),
  },
  'risk.review': {
    as: 'village_cadre',
    payload: async (d) => {
      const r = await submittedReport(d);
      return {
        reportId: r.reportId,
        expectedVersion: r.version,
        decision: 'approve',
        visit: riskVisit(),
      };
    },
  },
  'risk.resubmit': {
    as: 'villager',
    payload: async (d) => {
      const r = await decidedReport(d, 'return');
      return { reportId: r.reportId, expectedVersion: r.version, answer: `发票补上了 ${next()}` };
    },
  },
  'risk.appeal': {
    as: 'villager',
    payload: async (d) => {
      const r = await decidedReport(d, 'reject');
      return {
        reportId: r.reportId,
        expectedVersion: r.version,
        reason: `收入是去年的，今年没有了 ${next()}`,
      };
    },
  },
  'risk.setPlan': {
    as: 'village_cadre',
    payload: async (d) => {
      const r = await submittedReport(d, { risks: ['accident'], urgent: true });
      return riskPlan(r.reportId, r.version);
    },
  },
  'risk.updateMeasure': {
    as: 'village_cadre',
    payload: async (d) => {
      const r = await plannedUrgentReport(d);
      return {
        reportId: r.reportId,
        expectedVersion: r.version,
        measureId: r.measureId,
        status: 'in_progress',
        note: `已经开始办 ${next()}`,
      };
    },
  },
  'risk.proposeElimination': {
    as: 'village_cadre',
    payload: async (d) => {
      const r = await assistingReport(d);
      return {
        reportId: r.reportId,
        expectedVersion: r.version,
        visitedOn: '2026-11-27',
        incomePerHead: 12_000 + next(),
        method: 'assisted',
        note: '收入稳定，风险已消除',
      };
    },
  },
  'exhibits.startUpload': { as: 'villager', payload: () => Promise.resolve({ kind: 'photo' }) },
  'exhibits.uploadImage': {
    as: 'villager',
    payload: async (d) => ({ photo: await sentPhoto(d, 'villager', 'exhibits') }),
  },
  'exhibits.submit': {
    as: 'villager',
    payload: async (d) => ({
      villageId: 'village-zheqiao-qimou',
      category: 'old_photo',
      title: `老照片${next()}`,
      story: '这是爷爷年轻时在村口拍的照片。',
      imageFileIds: [await uploadedPhoto(d, 'villager')],
    }),
  },
  'exhibits.resubmit': {
    as: 'villager',
    payload: async (d) => {
      const exhibitId = await pendingExhibit(d);
      const r = await d.call('village_cadre', 'exhibits', 'review', {
        exhibitId,
        decision: 'request_edit',
        reason: '请写清楚是哪一年的',
      });
      if (!r.body.ok) throw new Error(`fixture exhibits.review failed: ${r.text}`);
      return {
        exhibitId,
        expectedVersion: Number(r.body.data.version),
        category: 'artifact',
        title: '家里的老物件',
        story: `这是家里传下来的老物件，1970年代用的（第${next()}次修改）。`,
        imageFileIds: (r.body.data.images as Array<{ fileId: string }>).map((i) => i.fileId),
      };
    },
  },
  'exhibits.review': {
    as: 'village_cadre',
    payload: async (d) => ({ exhibitId: await pendingExhibit(d), decision: 'publish' }),
  },
  'exhibits.update': {
    as: 'village_cadre',
    payload: async (d) => {
      const r = await d.call('village_cadre', 'exhibits', 'get', {
        exhibitId: 'exhibit-demo-qimou-motto',
      });
      if (!r.body.ok) throw new Error(`fixture exhibits.get failed: ${r.text}`);
      return {
        exhibitId: 'exhibit-demo-qimou-motto',
        expectedVersion: Number(r.body.data.version),
        era: `清末（修订${next()}）`,
      };
    },
  },
  'exhibits.like': {
    as: 'villager_b',
    payload: () => Promise.resolve({ exhibitId: 'exhibit-demo-qimou-gate' }),
  },
  'exhibits.upsertChapter': {
    as: 'village_cadre',
    payload: () =>
      Promise.resolve({
        villageId: 'village-zheqiao-qimou',
        chapterId: `ch-proof-${next()}`,
        order: 9,
        title: '第九章 手艺',
        preface: '手艺人的故事',
        exhibitIds: ['exhibit-demo-qimou-hua-er'],
      }),
  },
  'exhibits.get': {
    as: 'villager',
    payload: () => Promise.resolve({ exhibitId: 'exhibit-demo-qimou-gate' }),
  },
  'exhibits.chapters': {
    as: 'villager',
    payload: () => Promise.resolve({ villageId: 'village-zheqiao-qimou' }),
  },
  'policies.upsert': {
    as: 'admin',
    payload: () => {
      const { policyId: _seeded, ...content } = DEMO_POLICIES[0] ?? ({} as never);
      return Promise.resolve({ policyId: `proof-policy-${next()}`, ...content });
    },
  },
  'policies.get': {
    as: 'villager',
    payload: () => Promise.resolve({ policyId: 'free-education-15-years' }),
  },
  'policies.search': {
    as: 'villager',
    payload: () => Promise.resolve({ q: '看病' }),
  },
  'policies.checkEligibility': {
    as: 'villager',
    payload: () =>
      Promise.resolve({
        answers: {
          householdCategory: 'lifted',
          inSchool: { preschool: 0, primary: 0, junior: 0, senior: 1, vocational: 0, college: 0 },
          chronicIllness: true,
          seriousIllness: false,
          aged60Plus: 0,
          disability: false,
          disasterLoss: false,
          accidentInjury: false,
          lowIncome: false,
          wantsTraining: false,
          wantsBusiness: false,
        },
      }),
  },
  'training.upsertCourse': {
    as: 'trainer',
    payload: () =>
      Promise.resolve({
        title: `电焊工（证明用）${next()}`,
        category: 'welding',
        townId: 'town-baohan',
        location: '王坪村文化活动中心',
        description: '',
        requirements: '',
        sessions: [
          {
            sessionId: 's1',
            topic: '第一课',
            startsAt: '2027-03-01T09:00:00+08:00',
            endsAt: '2027-03-01T12:00:00+08:00',
          },
        ],
        capacity: 20,
        signupOpensAt: '2026-01-01T00:00:00+08:00',
        signupClosesAt: '2027-02-20T00:00:00+08:00',
        attendanceToComplete: 1,
      }),
  },
  'training.enroll': {
    as: 'villager',
    caller: freshTrainee,
    payload: () => Promise.resolve({ courseId: 'course-demo-welding' }),
  },
  'training.cancel': {
    as: 'villager',
    caller: freshTrainee,
    payload: async (d) => {
      await enrolled(d, trainee, 'course-demo-pastry');
      return { courseId: 'course-demo-pastry' };
    },
  },
  'training.checkIn': {
    as: 'villager',
    caller: freshTrainee,
    payload: async (d) => {
      const courseId = await alwaysOnCourse(d);
      await enrolled(d, trainee, courseId);
      return checkInPayload(d, trainee, courseId);
    },
  },
  'training.complete': {
    as: 'trainer',
    payload: async (d) => {
      const who = freshTrainee();
      const courseId = await alwaysOnCourse(d);
      const enrollmentId = await enrolled(d, who, courseId);
      const checked = await d.call(
        who,
        'training',
        'checkIn',
        await checkInPayload(d, who, courseId),
      );
      if (!checked.body.ok) throw new Error(`fixture training.checkIn failed: ${checked.text}`);
      return { enrollmentId };
    },
  },
  'training.recordEmployment': {
    as: 'villager',
    caller: freshTrainee,
    payload: async (d) => ({
      enrollmentId: await completedEnrollment(d, trainee),
      employer: '临夏市民族服饰厂',
      jobType: '缝纫工',
      monthlyIncome: 3600,
      startedOn: '2026-12-01',
    }),
  },
  'training.sessionCode': {
    as: 'trainer',
    // A class in its check-in window whenever the proof runs (codes are refused outside it).
    payload: async (d) => ({ courseId: await alwaysOnCourse(d), sessionId: 's1' }),
  },
  'training.traineePhone': {
    as: 'trainer',
    payload: async (d) => {
      const who = freshTrainee();
      const profile = await d.call(who, 'users', 'updateProfile', {
        name: '王学员',
        phone: '13912340000',
      });
      if (!profile.body.ok) throw new Error(`fixture users.updateProfile failed: ${profile.text}`);
      const courseId = await alwaysOnCourse(d);
      return { courseId, enrollmentId: await enrolled(d, who, courseId) };
    },
  },
  'training.roster': {
    as: 'trainer',
    payload: () => Promise.resolve({ courseId: 'course-demo-welding' }),
  },
  'training.getCourse': {
    as: 'villager',
    payload: () => Promise.resolve({ courseId: 'course-demo-pastry' }),
  },
  'training.verifyCertificate': {
    as: 'villager',
    payload: () => Promise.resolve({ serial: 'LX2026-000001-A' }),
  },
  'users.updateProfile': {
    as: 'villager',
    // No villageId: moving personas between villages would blur every scope check after it.
    payload: () => Promise.resolve({ name: '马文礼', phone: '13912345678' }),
  },
  'users.assignRole': {
    as: 'admin',
    // A dedicated extra villager, kept a villager, so no persona's role changes.
    payload: async (d) => ({
      userId: await d.userId({ persona: 'villager', as: 'role-target' }),
      role: 'villager',
      orgUnitId: 'village-zheqiao-qimou',
    }),
  },
  // Each logout ends the login of a fresh villager, so no persona's login ends.
  'users.logout': {
    as: 'villager',
    caller: () => ({ persona: 'villager', as: `logout-${next()}` }),
    payload: () => Promise.resolve({}),
  },
  'users.listSessions': { as: 'villager', payload: () => Promise.resolve({}) },
  // A fresh villager ends one of their own logins (the one the set-up call made).
  'users.revokeSession': {
    as: 'villager',
    caller: () => (sessionOwner = { persona: 'villager', as: `sessions-${next()}` }),
    payload: async (d) => {
      const r = await d.call(sessionOwner, 'users', 'listSessions', {});
      if (!r.body.ok) throw new Error(`fixture users.listSessions failed: ${r.text}`);
      const items = r.body.data.items as Array<{ sessionId: string }>;
      return { sessionId: items[0]?.sessionId ?? 'none' };
    },
  },
  'users.listStaff': { as: 'admin', payload: () => Promise.resolve({ limit: 10 }) },
  'users.findUsers': { as: 'admin', payload: () => Promise.resolve({ q: '马', limit: 10 }) },
  'users.listOrgUnits': { as: 'villager', payload: () => Promise.resolve({ level: 'village' }) },
  // ---- 消息 (issue 15, part 1): a cadre's reply to the villager's feedback writes a message; the
  // villager marks it read (others get NOT_FOUND: it is not theirs).
  'messages.markRead': {
    as: 'villager',
    payload: async (d) => {
      const feedbackId = await submitFeedback(d, 'villager');
      const replied = await d.call('village_cadre', 'feedback', 'reply', {
        feedbackId,
        reply: '收到，本周安排电工修理。',
      });
      if (!replied.body.ok) throw new Error(`fixture feedback.reply failed: ${replied.text}`);
      const r = await d.call('villager', 'messages', 'list', { unreadOnly: true, limit: 1 });
      if (!r.body.ok) throw new Error(`fixture messages.list failed: ${r.text}`);
      const items = r.body.data.items as Array<{ messageId: string }>;
      return { messageId: items[0]?.messageId ?? 'none' };
    },
  },
  'feedback.submit': {
    as: 'villager',
    payload: () =>
      Promise.resolve({
        category: 'suggestion',
        content: '希望村里多组织几次电焊培训',
        contact: '13912345678',
      }),
  },
  'feedback.reply': {
    as: 'village_cadre',
    payload: async (d) => ({
      feedbackId: await submitFeedback(d, 'villager'),
      reply: '收到，本周安排电工修理。',
    }),
  },
  'households.create': {
    as: 'village_cadre',
    payload: () => {
      const n = next();
      return Promise.resolve({
        villageId: 'village-zheqiao-qimou',
        category: 'general',
        address: `祁牟村七社${n}号`,
        annualIncome: 30_000,
        members: [
          {
            name: '测试户主',
            relation: 'head',
            idNumber: makeIdNumber('622901', '19750101', String(100 + (n % 900)).padStart(3, '0')),
          },
        ],
        consentVersion: 'household-data-2026-11',
      });
    },
  },
  'households.update': {
    as: 'village_cadre',
    payload: async (d) => {
      const h = await householdNow(d, EDITABLE_HOUSEHOLD);
      return {
        householdId: EDITABLE_HOUSEHOLD,
        expectedVersion: Number(h.version),
        annualIncome: 28_000 + next(),
      };
    },
  },
  'households.changeCategory': {
    as: 'village_cadre',
    payload: async (d) => {
      const h = await householdNow(d, EDITABLE_HOUSEHOLD);
      const category = h.category === 'general' ? 'lifted' : 'general';
      return { householdId: EDITABLE_HOUSEHOLD, category, reason: `入户核实后调整 ${next()}` };
    },
  },
  'households.issueInvitation': {
    as: 'village_cadre',
    payload: () => Promise.resolve({ householdId: EDITABLE_HOUSEHOLD }),
  },
  'households.join': {
    as: 'villager',
    // A fresh family member each time: someone already in a household may not join another.
    caller: () => ({ persona: 'villager', as: `joiner-${next()}` }),
    payload: async (d) => {
      const r = await d.call('village_cadre', 'households', 'issueInvitation', {
        householdId: EDITABLE_HOUSEHOLD,
      });
      if (!r.body.ok) throw new Error(`fixture households.issueInvitation failed: ${r.text}`);
      return { code: String(r.body.data.code) };
    },
  },
  'households.decideJoin': {
    as: 'village_cadre',
    payload: async (d) => ({ requestId: await requestToJoin(d), decision: 'decline' }),
  },
  'households.removeMember': {
    as: 'village_cadre',
    payload: async (d) => {
      const requestId = await requestToJoin(d);
      const r = await d.call('village_cadre', 'households', 'decideJoin', {
        requestId,
        decision: 'approve',
      });
      if (!r.body.ok) throw new Error(`fixture households.decideJoin failed: ${r.text}`);
      return { householdId: EDITABLE_HOUSEHOLD, userId: String(r.body.data.userId) };
    },
  },
  'households.resolveIdConflict': {
    as: 'city_approver',
    payload: async (d) => ({ conflictId: await idConflict(d), note: '已入户核实，保留在原户' }),
  },
  'households.export': {
    as: 'village_cadre',
    payload: () => Promise.resolve({ category: 'lifted' }),
  },
  'households.downloadExport': {
    as: 'village_cadre',
    payload: async (d) => {
      const r = await d.call('village_cadre', 'households', 'export', { category: 'lifted' });
      if (!r.body.ok) throw new Error(`fixture households.export failed: ${r.text}`);
      return { exportId: String(r.body.data.exportId) };
    },
  },
  'households.finishExportDownload': {
    as: 'village_cadre',
    payload: async (d) => {
      const r = await d.call('village_cadre', 'households', 'export', { category: 'lifted' });
      if (!r.body.ok) throw new Error(`fixture households.export failed: ${r.text}`);
      const exportId = String(r.body.data.exportId);
      const claimed = await d.call('village_cadre', 'households', 'downloadExport', { exportId });
      if (!claimed.body.ok)
        throw new Error(`fixture households.downloadExport failed: ${claimed.text}`);
      return { exportId };
    },
  },
  'households.get': {
    as: 'villager',
    payload: () => Promise.resolve({ householdId: 'hh-demo-qimou-01' }),
  },
  'households.timeline': {
    as: 'villager',
    payload: () => Promise.resolve({ householdId: 'hh-demo-qimou-01', limit: 10 }),
  },
  // Issue 15, feedback answered (inbox, get, markHandled, passUp).
  'feedback.inbox': {
    as: 'village_cadre',
    payload: () => Promise.resolve({ status: 'received', limit: 5 }),
  },
  'feedback.get': {
    as: 'village_cadre',
    payload: async (d) => ({ feedbackId: await submitFeedback(d, 'villager') }),
  },
  'feedback.markHandled': {
    as: 'village_cadre',
    payload: async (d) => {
      const feedbackId = await submitFeedback(d, 'villager');
      const r = await d.call('village_cadre', 'feedback', 'reply', {
        feedbackId,
        reply: '收到，本周安排电工修理。',
      });
      if (!r.body.ok) throw new Error(`fixture feedback.reply failed: ${r.text}`);
      return { feedbackId };
    },
  },
  'feedback.passUp': {
    as: 'village_cadre',
    payload: async (d) => ({
      feedbackId: await submitFeedback(d, 'villager'),
      note: '村里解决不了，请镇上协调。',
    }),
  },
};

/** The table's row, or `{}` for a read action whose input accepts it; otherwise a clear failure. */
export function validCallFor(entry: ActionEntry): ValidCall {
  const row = VALID_PAYLOADS[entry.key];
  if (row) return row;
  if (!entry.contract.mutating && entry.contract.input.safeParse({}).success) {
    const someone = Object.keys(entry.contract.access).find((r) => r !== 'anonymous');
    const as = roleToPersona(someone ?? 'villager');
    return { as, payload: () => Promise.resolve({}) };
  }
  throw new Error(`${entry.key} has no row in proof/valid-payloads.ts: add a valid call for it`);
}

const PERSONA_BY_ROLE: Record<string, ValidCall['as']> = {
  villager: 'villager',
  village_cadre: 'village_cadre',
  town_reviewer: 'town_reviewer',
  city_approver: 'city_approver',
  admin: 'admin',
  trainer: 'trainer',
  insurer: 'insurer',
};

function roleToPersona(role: string): ValidCall['as'] {
  return PERSONA_BY_ROLE[role] ?? 'villager';
}
