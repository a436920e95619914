import type { Role } from '../auth/roles';
import type { LocalDate, WorkingCalendar } from '../review-workflow/working-days';
import { addWorkingDays, CHINA_WORKING_CALENDAR, chinaDate } from '../review-workflow/working-days';

/**
 * Officials' daily digest (issue 15 part 1): on each working morning, every reviewer with work
 * that is late or due by the next working day gets one 消息 counting it. Pure rules; the task in
 * cloudfunctions/messages/daily-digest.ts reads the items and writes the messages.
 */

/** The hour (China time) from which the day's digest goes out. */
export const DIGEST_HOUR = 8;

/** The roles that get a digest: everyone with a review step that has a deadline. */
export const DIGEST_ROLES = ['village_cadre', 'town_reviewer', 'city_approver', 'insurer'] as const;
export type DigestRole = (typeof DIGEST_ROLES)[number];

export function isDigestRole(role: Role): role is DigestRole {
  return (DIGEST_ROLES as readonly Role[]).includes(role);
}

export type DigestDomain = 'risk' | 'claims' | 'feedback';

/** One open item with a deadline: whose turn it is (`level`), where it is, when it is due. */
export interface DueItem {
  domain: DigestDomain;
  /** village / town / city, or insurer (claims). */
  level: string;
  villageId: string | null;
  townId: string | null;
  dueOn: LocalDate;
}

export interface DigestOfficial {
  role: DigestRole;
  villageId: string | null;
  townId: string | null;
}

export interface DigestCounts {
  overdue: number;
  dueSoon: number;
  byDomain: Record<DigestDomain, number>;
}

export interface DigestDay {
  today: LocalDate;
  /** Items due on or before this day and not late count as 快到期 (today and the next working day). */
  soonUntil: LocalDate;
}

/**
 * The digest day at this instant: a working day in China from DIGEST_HOUR on; null before the
 * hour and on weekends and holidays (officials are not at work; the next working morning's digest
 * counts what became late meanwhile).
 */
export function digestDay(
  now: Date,
  cal: WorkingCalendar = CHINA_WORKING_CALENDAR,
): DigestDay | null {
  const today = chinaDate(now);
  const chinaHour = (now.getUTCHours() + 8) % 24;
  if (chinaHour < DIGEST_HOUR || !cal.isWorkingDay(today)) return null;
  return { today, soonUntil: addWorkingDays(today, 1, cal) };
}

/** The level whose turn an official works, and the area they see (insurers: every claim). */
function worksOn(official: DigestOfficial, item: DueItem): boolean {
  switch (official.role) {
    case 'village_cadre':
      return item.level === 'village' && item.villageId === official.villageId;
    case 'town_reviewer':
      return item.level === 'town' && item.townId === official.townId;
    case 'city_approver':
      return item.level === 'city';
    case 'insurer':
      return item.domain === 'claims' && item.level === 'insurer';
  }
}

/** What of `items` waits for this official, late or due by `day.soonUntil`. */
export function digestCountsFor(
  official: DigestOfficial,
  items: readonly DueItem[],
  day: DigestDay,
): DigestCounts {
  const counts: DigestCounts = {
    overdue: 0,
    dueSoon: 0,
    byDomain: { risk: 0, claims: 0, feedback: 0 },
  };
  for (const item of items) {
    if (item.dueOn > day.soonUntil || !worksOn(official, item)) continue;
    if (item.dueOn < day.today) counts.overdue += 1;
    else counts.dueSoon += 1;
    counts.byDomain[item.domain] += 1;
  }
  return counts;
}

export const DIGEST_TEMPLATE = 'officials.daily_digest';

/** The digest's notice data (numbers only: nothing about any family). */
export function digestData(
  counts: DigestCounts,
  role: DigestRole,
): Record<string, number | string> {
  return {
    overdue: counts.overdue,
    dueSoon: counts.dueSoon,
    risk: counts.byDomain.risk,
    claims: counts.byDomain.claims,
    feedback: counts.byDomain.feedback,
    role,
  };
}

const DOMAIN_LABEL: Record<DigestDomain, string> = {
  risk: '返贫风险申报',
  claims: '理赔',
  feedback: '意见反馈',
};

/** 「今天的待办：已超期 2 件、快到期 1 件（返贫风险申报 2 件、意见反馈 1 件），点开去处理。」 */
export function digestSentence(d: Record<string, unknown>): string {
  const n = (key: string) => (typeof d[key] === 'number' ? d[key] : 0);
  const parts = [
    n('overdue') > 0 ? `已超期 ${n('overdue')} 件` : null,
    n('dueSoon') > 0 ? `快到期 ${n('dueSoon')} 件` : null,
  ].filter(Boolean);
  const domains = (Object.keys(DOMAIN_LABEL) as DigestDomain[])
    .filter((k) => n(k) > 0)
    .map((k) => `${DOMAIN_LABEL[k]} ${n(k)} 件`);
  return `今天的待办：${parts.join('、') || '没有快到期的'}（${domains.join('、')}），点开去处理。`;
}
