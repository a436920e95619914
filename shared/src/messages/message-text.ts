/**
 * The in-app message (消息) of a notice: one plain sentence and a link to the item, rendered from
 * the notice's template and data. Pure, one entry per template the backend writes. The sentence
 * never repeats free text (notes, reasons, measure titles may name an illness) nor ID numbers,
 * phones or accounts: it says what happened and the item's own page says the rest.
 */
import { DIGEST_TEMPLATE, digestSentence } from './daily-digest';

export type NoticeData = Record<string, string | number | boolean | null>;

/** Where a message leads: a page of the app and the id it opens (`?<param>=<id>`). */
export interface MessageLink {
  page: string;
  param: string | null;
  id: string | null;
}

export interface MessageText {
  text: string;
  link: MessageLink | null;
}

const EXHIBIT_DETAIL = '/packages/exhibits/pages/detail/index';
const MY_EXHIBITS = '/packages/exhibits/pages/mine/index';
const COURSE = '/packages/training/pages/course/index';
const CERTIFICATE = '/packages/training/pages/certificate/index';
const MY_FEEDBACK = '/packages/feedback/pages/index/index';
/** Who answered a feedback (`feedback.answered` data `byLevel`). */
const FEEDBACK_LEVEL: Record<string, string> = { village: '村里', town: '镇上', city: '市里' };
const RISK_REPORT = '/packages/risk/pages/report/index';
const CLAIM = '/packages/claims/pages/claim/index';
const WORKBENCH = '/packages/households/pages/workbench/index';
const CLAIMS_TODO = '/packages/claims-work/pages/queue/index';

/** A short title from the data (courses, exhibits), or nothing; never a long free text. */
function title(data: NoticeData, key: string): string | null {
  const v = data[key];
  if (typeof v !== 'string') return null;
  const t = v.trim();
  if (!t) return null;
  return t.length > 30 ? `${t.slice(0, 30)}…` : t;
}

function quoted(data: NoticeData, key: string): string {
  const t = title(data, key);
  return t ? `「${t}」` : '';
}

function idOf(data: NoticeData, key: string): string | null {
  const v = data[key];
  return typeof v === 'string' && v.length > 0 ? v : null;
}

function link(page: string, param: string | null, id: string | null): MessageLink {
  return param && id ? { page, param, id } : { page, param: null, id: null };
}

const riskLink = (d: NoticeData) => link(RISK_REPORT, 'id', idOf(d, 'reportId'));
const claimLink = (d: NoticeData) => link(CLAIM, 'claimId', idOf(d, 'claimId'));

type Render = (data: NoticeData) => MessageText;

const risk =
  (text: string): Render =>
  (d) => ({ text, link: riskLink(d) });
const claim =
  (text: string): Render =>
  (d) => ({ text, link: claimLink(d) });

/** One entry per template the backend writes through the Notifier port. */
export const MESSAGE_TEMPLATES: Readonly<Record<string, Render>> = {
  'training.promoted': (d) => ({
    text: `有人退出了，您报名的培训${quoted(d, 'courseTitle')}已从候补转为正式报名，请按时参加。`,
    link: link(COURSE, 'id', idOf(d, 'courseId')),
  }),
  'training.completed': (d) => ({
    text: `您已完成培训${quoted(d, 'courseTitle')}，结业证书已经发放，点开可以查看。`,
    link: idOf(d, 'serial')
      ? link(CERTIFICATE, 'serial', idOf(d, 'serial'))
      : link('/packages/training/pages/mine/index', null, null),
  }),
  'exhibits.published': (d) => ({
    text: `您投稿的${quoted(d, 'title') || '村史家珍'}已经发布，大家都能看到了。`,
    link: link(EXHIBIT_DETAIL, 'id', idOf(d, 'exhibitId')),
  }),
  'exhibits.needs_edit': (d) => ({
    text: `您投稿的${quoted(d, 'title') || '村史家珍'}被退回了，请看看村里的意见，修改后再交。`,
    link: link(MY_EXHIBITS, null, null),
  }),
  'exhibits.rejected': (d) => ({
    text: `您投稿的${quoted(d, 'title') || '村史家珍'}没有通过审核，点开可以看原因。`,
    link: link(MY_EXHIBITS, null, null),
  }),
  'exhibits.photoRefused': () => ({
    text: '您投稿里的一张照片没有通过检查，别人看不到它，请换一张。',
    link: link(MY_EXHIBITS, null, null),
  }),
  'feedback.answered': (d) => ({
    text: `您提的意见，${FEEDBACK_LEVEL[String(d.byLevel)] ?? '村里'}已经答复了，点开可以看答复。`,
    link: link(MY_FEEDBACK, null, null),
  }),
  'risk.village_verified': risk('您的返贫风险申报，村里已经上门核实，接下来镇上审核。'),
  'risk.town_reviewed': risk('您的返贫风险申报，镇上已审核通过，等市里审定。'),
  'risk.city_approved': risk(
    '您的返贫风险申报，市里已审定，您家纳入防返贫监测，村里会制定帮扶计划。',
  ),
  'risk.returned': risk('您的返贫风险申报被退回了，需要补充一些情况，点开可以看要补什么。'),
  'risk.rejected': risk('您的返贫风险申报没有通过，点开可以看原因和怎么申请复核。'),
  'risk.plan_set': risk('您家的帮扶计划定好了，点开可以看有哪些措施。'),
  'risk.measure_done': risk('您家的一项帮扶措施已经办好了。'),
  'risk.elimination_proposed': risk('村里为您家申请了风险消除，公示之后镇上审核。'),
  'risk.elimination_town_reviewed': risk('您家的风险消除，镇上已审核，等市里审定。'),
  'risk.elimination_returned': risk('您家的风险消除暂不通过，会继续帮扶。'),
  'risk.resolved': risk('市里已审定，您家的返贫风险已消除。'),
  'risk.photoRefused': risk('您申报里的一张照片没有通过检查，请换一张。'),
  'claims.reported': claim('您的理赔已送回村里，村里会重新核对材料。'),
  'claims.materials_checked': claim('您的理赔，村里已核对完材料，等镇上审核。'),
  'claims.town_reviewed': claim('您的理赔，镇上已审核通过，保险公司会上门查勘。'),
  'claims.surveyed': claim('您的理赔，保险公司已查勘，等市里审定金额。'),
  'claims.approved': claim('您的理赔市里已审定，公示结束后会打到您的银行卡，点开看金额和公示。'),
  'claims.paid': claim('您的理赔款已经打到您的银行卡了，点开可以看金额。'),
  'claims.returned': claim('您的理赔被退回了，需要补充材料，点开可以看要补什么。'),
  'claims.rejected': claim('您的理赔没有通过，点开可以看原因和怎么申请复核。'),
  'claims.photoRefused': claim('您理赔材料里的一张照片没有通过检查，请换一张。'),
  // Officials' working-morning digest: counts only (daily-digest.ts).
  [DIGEST_TEMPLATE]: (d) => ({
    text: digestSentence(d),
    link: link(d.role === 'insurer' ? CLAIMS_TODO : WORKBENCH, null, null),
  }),
};

/** The link of an unknown template: the item's page when the data names a known id. */
function guessLink(data: NoticeData): MessageLink | null {
  if (idOf(data, 'claimId')) return claimLink(data);
  if (idOf(data, 'reportId')) return riskLink(data);
  if (idOf(data, 'exhibitId')) return link(EXHIBIT_DETAIL, 'id', idOf(data, 'exhibitId'));
  if (idOf(data, 'courseId')) return link(COURSE, 'id', idOf(data, 'courseId'));
  return null;
}

/** The message of any notice; an unknown template gets a generic sentence, never a throw. */
export function renderMessage(template: string, data: NoticeData): MessageText {
  const render = Object.prototype.hasOwnProperty.call(MESSAGE_TEMPLATES, template)
    ? MESSAGE_TEMPLATES[template]
    : undefined;
  if (render) return render(data);
  return { text: '您办的事有了新进展，点开可以查看。', link: guessLink(data) };
}

/** The page address a link opens (`navigateTo` url). */
export function messageUrl(l: MessageLink): string {
  return l.param && l.id ? `${l.page}?${l.param}=${encodeURIComponent(l.id)}` : l.page;
}
