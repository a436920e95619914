import { ROLE_LABEL, type Role } from '@shared/auth/roles';
import { RISK_TYPES, type RiskType } from '@shared/risk/risk-catalogue';
import type { DeadlineView, RiskStatus, StepView, WaitingFor } from './risk-work-api';

/** 因病、因残 … for a list of risk codes. */
export function riskListText(risks: readonly RiskType[]): string {
  return risks.map((r) => RISK_TYPES[r].label).join('、');
}

/** 2026-12-08 → 12月8日 (the year only when it is not this year's). */
export function localDateText(day: string, today: Date = new Date()): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(day);
  if (!m) return day;
  const [, y, mo, d] = m;
  const md = `${Number(mo)}月${Number(d)}日`;
  return Number(y) === today.getFullYear() ? md : `${y}年${md}`;
}

/** An instant as 12月8日 14:05 in the phone's time zone. */
export function instantText(iso: string, today: Date = new Date()): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
  return `${localDateText(day, today)} ${pad(at.getHours())}:${pad(at.getMinutes())}`;
}

/** The deadline in plain words: 还剩3个工作日 / 今天到期 / 已超期2个工作日. */
export function daysLeftText(deadline: DeadlineView): string {
  if (deadline.overdue)
    return deadline.daysLeft < 0 ? `已超期 ${-deadline.daysLeft} 个工作日` : '已超期';
  if (deadline.daysLeft <= 0) return '今天到期';
  return `还剩 ${deadline.daysLeft} 个工作日`;
}

export const LEVEL_LABEL: Record<WaitingFor, string> = {
  family: '农户',
  village: '村里',
  town: '镇上',
  city: '市里',
};

export const STEP_KIND_LABEL: Record<StepView['kind'], string> = {
  submitted: '提交申报',
  approved: '审核通过',
  returned: '退回补充材料',
  rejected: '不予通过',
  resubmitted: '补充后重新提交',
  appealed: '申请复核',
  plan_set: '制定帮扶计划',
  measure_updated: '更新帮扶措施',
  elimination_proposed: '申请风险消除',
};

export function roleText(role: string): string {
  return (ROLE_LABEL as Record<string, string | undefined>)[role as Role] ?? role;
}

/** Yuan as 12,000 元. */
export function yuanText(amount: number): string {
  return `${Math.round(amount).toLocaleString('zh-CN')} 元`;
}

/** Short status names for filter chips (the full sentence is RISK_STATUS_LABEL). */
export const STATUS_SHORT_LABEL: Record<RiskStatus, string> = {
  submitted: '待村核实',
  village_verified: '待镇审核',
  town_reviewed: '待市审定',
  city_approved: '待定计划',
  assisting: '帮扶中',
  elimination_proposed: '消除待镇审',
  elimination_town_reviewed: '消除待市审',
  resolved: '已消除',
  returned: '已退回',
  rejected: '未通过',
};
