import {
  phraseValue,
  renderNotice,
  subscriptionKindOf,
  thingValue,
  timeValue,
} from './subscription-templates';

describe('subscription message rendering', () => {
  const at = '2026-12-02T06:05:00.000Z';

  test.each([
    [
      'risk.returned',
      { reportId: 'r1', message: '申报退回了，需要补充：收入证明' },
      'progress',
      'packages/risk/pages/report/index?id=r1',
      ['返贫风险申报', '已退回', '申报退回了，需要补充：收入证明'],
    ],
    [
      'risk.city_approved',
      { reportId: 'r 2', message: '市里已审定。' },
      'progress',
      'packages/risk/pages/report/index?id=r%202',
      ['返贫风险申报', '市里已审定', '市里已审定。'],
    ],
    [
      'claims.paid',
      { claimId: 'c1', message: '理赔款已打到您的账户。' },
      'progress',
      'packages/claims/pages/claim/index?claimId=c1',
      ['理赔申请', '已打款', '理赔款已打到您的账户。'],
    ],
    [
      'exhibits.published',
      { exhibitId: 'e1', title: '老井' },
      'progress',
      'packages/exhibits/pages/mine/index',
      ['投稿：老井', '已发布', '请打开小程序查看'],
    ],
    [
      'feedback.answered',
      { feedbackId: 'f1' },
      'progress',
      'pages/me/index',
      ['意见反馈', '已答复', '村里答复了您的反馈，请查看'],
    ],
    [
      'training.promoted',
      { courseId: 'k1', courseTitle: '电商直播入门' },
      'training',
      'packages/training/pages/course/index?id=k1',
      ['电商直播入门', '报名成功', '有人退出，您已从候补转为正式报名'],
    ],
    [
      'training.completed',
      { courseTitle: '电工', serial: 'ZH-2026-0001' },
      'training',
      'packages/training/pages/certificate/index?serial=ZH-2026-0001',
      ['电工', '已结业', '结业证书已发放，请查看'],
    ],
    [
      'claims.photoRefused',
      { fileId: 'x', reason: '照片看不清' },
      'progress',
      'packages/claims/pages/mine/index',
      ['理赔申请', '照片未通过', '请打开小程序查看'],
    ],
  ] as const)('%s', (template, data, kind, page, [subject, status, note]) => {
    expect(renderNotice(template, data, at)).toEqual({
      kind,
      page,
      data: {
        thing1: { value: subject },
        phrase2: { value: status },
        thing3: { value: note },
        time4: { value: '2026年12月02日 14:05' },
      },
    });
  });

  test('a template with no subscription message has no kind', () => {
    expect(subscriptionKindOf('digest.daily')).toBeNull();
    expect(renderNotice('digest.daily', {}, at)).toBeNull();
    expect(subscriptionKindOf('risk.anything')).toBe('progress');
  });

  test('values are cut to WeChat limits (thing 20, phrase 5 Chinese)', () => {
    const long = '村'.repeat(30);
    expect(Array.from(thingValue(long))).toHaveLength(20);
    expect(thingValue(long).endsWith('…')).toBe(true);
    expect(thingValue('  ')).toBe('无');
    expect(thingValue('a\n b')).toBe('a b');
    expect(phraseValue('已退回 OK 123')).toBe('已退回');
    expect(phraseValue('风险已消除了吧')).toBe('风险已消除');
    expect(phraseValue('ok')).toBe('有更新');
    const r = renderNotice('risk.returned', { message: long }, at);
    expect(Array.from(r?.data.thing3?.value ?? '')).toHaveLength(20);
  });

  test('time is in China time whatever the server zone', () => {
    expect(timeValue('2026-12-31T16:30:00.000Z')).toBe('2027年01月01日 00:30');
    expect(timeValue('bad')).toBe('1970年01月01日 08:00');
  });
});
