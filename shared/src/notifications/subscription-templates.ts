/**
 * WeChat subscription messages (订阅消息): which template a notice goes out on, and what the
 * template's fields say. Pure: the dispatcher (cloudfunctions/notifyDispatch) and the client's
 * consent request (client/src/features/notifications) share these kinds.
 *
 * One template per KIND, its id chosen in the WeChat console (公共模板库) and set in the
 * environment (`SUBSCRIBE_TEMPLATE_PROGRESS`, `SUBSCRIBE_TEMPLATE_TRAINING`). The console's
 * template must have exactly the keywords below, in this order (field keys are `<type><n>`):
 *
 * - `progress` 办理进度通知: 事项 thing1 · 办理状态 phrase2 · 说明 thing3 · 时间 time4
 * - `training` 培训通知: 课程名称 thing1 · 状态 phrase2 · 说明 thing3 · 时间 time4
 *
 * WeChat's limits per field type: thing ≤ 20 characters, phrase ≤ 5 characters (Chinese, no
 * digits or symbols), time `YYYY年MM月DD日 HH:mm` (or `YYYY-MM-DD HH:mm`). A value over its
 * limit makes WeChat refuse the whole message (errcode 47003), so every value is cut to fit.
 */
export const SUBSCRIPTION_KINDS = ['progress', 'training'] as const;
export type SubscriptionKind = (typeof SUBSCRIPTION_KINDS)[number];

/** What a subscription message carries: WeChat's `data` is `{ key: { value } }`. */
export type TemplateData = Record<string, { value: string }>;

export type NoticeData = Record<string, string | number | boolean | null>;

export interface RenderedNotice {
  kind: SubscriptionKind;
  /** The mini-program page the message opens (no leading slash, as WeChat's `page`). */
  page: string;
  data: TemplateData;
}

const THING_MAX = 20;
const PHRASE_MAX = 5;

/** Cuts to WeChat's `thing` limit (characters, not bytes), marking a cut with …. */
export function thingValue(text: string): string {
  const chars = Array.from(text.replace(/\s+/g, ' ').trim());
  if (chars.length === 0) return '无';
  if (chars.length <= THING_MAX) return chars.join('');
  return `${chars.slice(0, THING_MAX - 1).join('')}…`;
}

/** `phrase` takes at most 5 Chinese characters: anything else is dropped. */
export function phraseValue(text: string): string {
  const han = Array.from(text).filter((c) => /\p{Script=Han}/u.test(c));
  return han.slice(0, PHRASE_MAX).join('') || '有更新';
}

/** `time` in China's time zone, whatever the server's: `2026年12月02日 14:05`. */
export function timeValue(iso: string): string {
  const t = new Date(iso);
  if (Number.isNaN(t.getTime())) return timeValue(new Date(0).toISOString());
  const cn = new Date(t.getTime() + 8 * 3600 * 1000);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${cn.getUTCFullYear()}年${p(cn.getUTCMonth() + 1)}月${p(cn.getUTCDate())}日 ${p(cn.getUTCHours())}:${p(cn.getUTCMinutes())}`;
}

function str(data: NoticeData, key: string): string | null {
  const v = data[key];
  return typeof v === 'string' && v !== '' ? v : null;
}

const q = (v: string) => encodeURIComponent(v);

interface Rule {
  kind: SubscriptionKind;
  subject: (d: NoticeData) => string;
  status: string;
  note: (d: NoticeData) => string;
  page: (d: NoticeData) => string;
}

const riskPage = (d: NoticeData) => {
  const id = str(d, 'reportId');
  return id ? `packages/risk/pages/report/index?id=${q(id)}` : 'packages/risk/pages/mine/index';
};
const claimPage = (d: NoticeData) => {
  const id = str(d, 'claimId');
  return id
    ? `packages/claims/pages/claim/index?claimId=${q(id)}`
    : 'packages/claims/pages/mine/index';
};
const exhibitPage = () => 'packages/exhibits/pages/mine/index';
const message = (d: NoticeData) => str(d, 'message') ?? '请打开小程序查看';

const RISK_STATUS: Record<string, string> = {
  village_verified: '村里已核实',
  town_reviewed: '镇上已审核',
  city_approved: '市里已审定',
  plan_set: '已定帮扶',
  measure_done: '措施已完成',
  elimination_proposed: '提请消除',
  elimination_town_reviewed: '镇上已审核',
  elimination_returned: '暂不消除',
  resolved: '风险已消除',
  rejected: '未通过',
  returned: '已退回',
  photoRefused: '照片未通过',
};
const CLAIM_STATUS: Record<string, string> = {
  reported: '已受理',
  materials_checked: '村里已核对',
  town_reviewed: '镇上已审核',
  surveyed: '已查勘',
  returned: '已退回',
  rejected: '未通过',
  paid: '已打款',
  approved: '已审定',
  photoRefused: '照片未通过',
};
const EXHIBIT_STATUS: Record<string, string> = {
  published: '已发布',
  returned: '已退回',
  rejected: '未通过',
  photoRefused: '照片未通过',
};

/** How each notice template (the outbox's `template`, `<feature>.<event>`) is rendered. */
function ruleFor(template: string): Rule | null {
  const [feature, event = ''] = template.split('.', 2);
  switch (feature) {
    case 'risk':
      return {
        kind: 'progress',
        subject: () => '返贫风险申报',
        status: RISK_STATUS[event] ?? '有进展',
        note: message,
        page: riskPage,
      };
    case 'claims':
      return {
        kind: 'progress',
        subject: () => '理赔申请',
        status: CLAIM_STATUS[event] ?? '有进展',
        note: message,
        page: claimPage,
      };
    case 'exhibits':
      return {
        kind: 'progress',
        subject: (d) => `投稿：${str(d, 'title') ?? '我的投稿'}`,
        status: EXHIBIT_STATUS[event] ?? '有进展',
        note: (d) => str(d, 'reason') ?? str(d, 'message') ?? '请打开小程序查看',
        page: exhibitPage,
      };
    case 'feedback':
      return {
        kind: 'progress',
        subject: () => '意见反馈',
        status: '已答复',
        note: () => '村里答复了您的反馈，请查看',
        page: () => 'pages/me/index',
      };
    case 'training':
      if (event === 'promoted')
        return {
          kind: 'training',
          subject: (d) => str(d, 'courseTitle') ?? '培训课程',
          status: '报名成功',
          note: () => '有人退出，您已从候补转为正式报名',
          page: (d) => {
            const id = str(d, 'courseId');
            return id
              ? `packages/training/pages/course/index?id=${q(id)}`
              : 'packages/training/pages/mine/index';
          },
        };
      if (event === 'completed')
        return {
          kind: 'training',
          subject: (d) => str(d, 'courseTitle') ?? '培训课程',
          status: '已结业',
          note: () => '结业证书已发放，请查看',
          page: (d) => {
            const serial = str(d, 'serial');
            return serial
              ? `packages/training/pages/certificate/index?serial=${q(serial)}`
              : 'packages/training/pages/mine/index';
          },
        };
      return {
        kind: 'training',
        subject: (d) => str(d, 'courseTitle') ?? '培训课程',
        status: '有更新',
        note: message,
        page: () => 'packages/training/pages/mine/index',
      };
    default:
      return null;
  }
}

/** Which kind of template a notice goes out on, or null when it has none (then it is skipped). */
export function subscriptionKindOf(template: string): SubscriptionKind | null {
  return ruleFor(template)?.kind ?? null;
}

/**
 * A notice as a subscription message: its kind, the page it opens and the template's fields.
 * `at` is when the change happened (the notice's `createdAt`). Null for a template no
 * subscription message is meant for.
 */
export function renderNotice(
  template: string,
  data: NoticeData,
  at: string,
): RenderedNotice | null {
  const rule = ruleFor(template);
  if (!rule) return null;
  return {
    kind: rule.kind,
    page: rule.page(data),
    data: {
      thing1: { value: thingValue(rule.subject(data)) },
      phrase2: { value: phraseValue(rule.status) },
      thing3: { value: thingValue(rule.note(data)) },
      time4: { value: timeValue(at) },
    },
  };
}
