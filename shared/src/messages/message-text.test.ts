import { MESSAGE_TEMPLATES, messageUrl, renderMessage } from './message-text';

/**
 * Every template the backend writes (grep `template:` and `notify(` in cloudfunctions/); exhibits
 * write `exhibits.<status>` after review (published, rejected, needs_edit).
 */
const WRITTEN = [
  'training.promoted',
  'training.completed',
  'exhibits.published',
  'exhibits.needs_edit',
  'exhibits.rejected',
  'exhibits.photoRefused',
  'feedback.answered',
  // The officials' daily digest (cloudfunctions/messages/daily-digest.ts).
  'officials.daily_digest',
  'risk.village_verified',
  'risk.town_reviewed',
  'risk.city_approved',
  'risk.returned',
  'risk.rejected',
  'risk.plan_set',
  'risk.measure_done',
  'risk.elimination_proposed',
  'risk.elimination_town_reviewed',
  'risk.elimination_returned',
  'risk.resolved',
  'risk.photoRefused',
  ...[
    'reported',
    'materials_checked',
    'town_reviewed',
    'surveyed',
    'approved',
    'paid',
    'returned',
    'rejected',
    'photoRefused',
  ].map((s) => `claims.${s}`),
];

test('every template the backend writes has its own sentence', () => {
  expect(Object.keys(MESSAGE_TEMPLATES).sort()).toEqual([...WRITTEN].sort());
});

test.each([
  [
    'training.promoted',
    { courseId: 'c1', courseTitle: '电焊基础班' },
    '有人退出了，您报名的培训「电焊基础班」已从候补转为正式报名，请按时参加。',
    '/packages/training/pages/course/index?id=c1',
  ],
  [
    'training.completed',
    { courseTitle: '面点', serial: 'LX2026-000001-A' },
    '您已完成培训「面点」，结业证书已经发放，点开可以查看。',
    '/packages/training/pages/certificate/index?serial=LX2026-000001-A',
  ],
  [
    'exhibits.published',
    { exhibitId: 'e1', title: '老磨坊' },
    '您投稿的「老磨坊」已经发布，大家都能看到了。',
    '/packages/exhibits/pages/detail/index?id=e1',
  ],
  [
    'exhibits.needs_edit',
    { exhibitId: 'e1', title: '' },
    '您投稿的村史家珍被退回了，请看看村里的意见，修改后再交。',
    '/packages/exhibits/pages/mine/index',
  ],
  [
    'feedback.answered',
    { feedbackId: 'f1', byLevel: 'village' },
    '您提的意见，村里已经答复了，点开可以看答复。',
    '/packages/feedback/pages/index/index',
  ],
  [
    'feedback.answered',
    { feedbackId: 'f1', byLevel: 'town' },
    '您提的意见，镇上已经答复了，点开可以看答复。',
    '/packages/feedback/pages/index/index',
  ],
  [
    'risk.returned',
    { reportId: 'r 1', message: '申报退回了，需要补充：老伴的住院病历' },
    '您的返贫风险申报被退回了，需要补充一些情况，点开可以看要补什么。',
    '/packages/risk/pages/report/index?id=r%201',
  ],
  [
    'claims.paid',
    { claimId: 'cl1', message: '理赔款3000元已打到您尾号1234的银行卡。' },
    '您的理赔款已经打到您的银行卡了，点开可以看金额。',
    '/packages/claims/pages/claim/index?claimId=cl1',
  ],
  [
    'claims.rejected',
    { message: '理赔未通过：糖尿病不在范围' },
    '您的理赔没有通过，点开可以看原因和怎么申请复核。',
    '/packages/claims/pages/claim/index',
  ],
])('%s renders a plain sentence and a link', (template, data, text, url) => {
  const m = renderMessage(template, data);
  expect(m.text).toBe(text);
  expect(m.link && messageUrl(m.link)).toBe(url);
});

test('a long title is cut short', () => {
  const m = renderMessage('exhibits.published', { exhibitId: 'e', title: '长'.repeat(50) });
  expect(m.text).toContain(`「${'长'.repeat(30)}…」`);
});

test('an unknown template gets a generic sentence, linking to a known id if any', () => {
  expect(renderMessage('claims.something_new', { claimId: 'c9' })).toEqual({
    text: '您办的事有了新进展，点开可以查看。',
    link: { page: '/packages/claims/pages/claim/index', param: 'claimId', id: 'c9' },
  });
  expect(renderMessage('toString', {})).toEqual({
    text: '您办的事有了新进展，点开可以查看。',
    link: null,
  });
});

test('no free text of the notice (notes, reasons, accounts) ever reaches a message', () => {
  const secret = '老伴住院 尾号6789 622901197501011234';
  for (const template of WRITTEN) {
    const m = renderMessage(template, {
      message: secret,
      reason: secret,
      note: secret,
      claimId: 'c',
      reportId: 'r',
    });
    expect(m.text).not.toContain('住院');
    expect(m.text).not.toMatch(/\d{4}/);
    expect(m.text.length).toBeGreaterThan(5);
  }
});
