import type { ActionInput } from '../../shared/src/contract/define-function';
import { MONITOR_TYPE_LABEL } from '../../shared/src/households/household-category';
import { addCalendarDays, chinaDate } from '../../shared/src/review-workflow/working-days';
import type { riskContract } from '../../shared/src/risk/risk-contract';
import { RISK_DEADLINES } from '../../shared/src/risk/risk-workflow';
import type { RiskStatus } from '../../shared/src/risk/risk-statuses';
import { suggestedMonitorType } from '../../shared/src/risk/monitor-type-rule';
import type { HouseholdEventKind } from '../../shared/src/households/household-event-kinds';
import { householdsCollection } from '../households/household-collections';
import { loadWarningRules } from '../households/household-warnings';
import type { Doc } from '../platform/ports/store';
import { runTransition } from '../platform/review-workflow/run-transition';
import { conflict, invalid, notFound } from '../platform/runtime/app-error';
import type { HandlerContext } from '../platform/runtime/handler-context';
import { requireUser } from '../platform/runtime/require-user';
import { checkOwnPhotos } from './check-photos';
import { moveHouseholdCategory } from './move-household-category';
import { RISK_CASES } from './risk-case-workflow';
import type { RiskReportDoc } from './risk-collections';
import { plainDate } from './risk-dates';
import { levelOf, toReportView } from './risk-views';

type Actions = typeof riskContract.actions;
type Input = ActionInput<Actions, 'review'>;

/** The town may decide only after the village 公示 has ended. */
export function publicityGate(r: RiskReportDoc, now: Date): void {
  if (r.publicity && chinaDate(now) <= r.publicity.endsOn)
    throw conflict(`公示到${plainDate(r.publicity.endsOn)}结束，结束后才能审核。`);
}

/** A 公示 of at least 5 days from today (China date). */
export function publicityFrom(kind: 'identification' | 'elimination', now: Date) {
  const startsOn = chinaDate(now);
  return { kind, startsOn, endsOn: addCalendarDays(startsOn, RISK_DEADLINES.publicityDays) };
}

const APPROVED_EVENT: Partial<Record<RiskStatus, HouseholdEventKind>> = {
  village_verified: 'risk.village_verified',
  town_reviewed: 'risk.town_reviewed',
  city_approved: 'risk.monitored',
  assisting: 'risk.monitored',
  elimination_town_reviewed: 'risk.elimination_town_reviewed',
  resolved: 'risk.resolved',
};

function approvedNotice(r: Doc<RiskReportDoc>, to: RiskStatus): { template: string; message: string } {
  switch (to) {
    case 'village_verified':
      return {
        template: 'risk.village_verified',
        message: `村里已经上门核实，村内公示到${plainDate(r.publicity?.endsOn ?? '')}，之后镇上审核。`,
      };
    case 'town_reviewed':
      return { template: 'risk.town_reviewed', message: '镇上已审核通过，等市里审定。' };
    case 'city_approved':
    case 'assisting':
      return {
        template: 'risk.city_approved',
        message: r.dueOn
          ? `市里已审定，您家纳入防返贫监测，村里会在${plainDate(r.dueOn)}前制定帮扶计划。`
          : '市里已审定，您家纳入防返贫监测，帮扶计划已经在办。',
      };
    case 'elimination_town_reviewed':
      return { template: 'risk.elimination_town_reviewed', message: '风险消除镇上已审核，等市里审定。' };
    case 'resolved':
      return { template: 'risk.resolved', message: '市里已审定，您家的返贫风险已消除。' };
    default:
      return { template: `risk.${to}`, message: '您的申报有了新进展。' };
  }
}

/**
 * A reviewer's decision at the report's stage: approve (the village records the visit and starts
 * the 公示; the city takes the household into monitoring, or out again for 风险消除), return with
 * what is missing, or reject with the reason.
 */
export async function review(input: Input, ctx: HandlerContext) {
  const caller = requireUser(ctx);
  const now = ctx.clock.now();
  const nowIso = now.toISOString();
  const rules = await loadWarningRules(ctx.store);
  if (input.visit) {
    const v = await ctx.contentCheck.checkText(input.visit.note);
    if (!v.ok) throw invalid({ 'visit.note': v.reason }, v.reason);
    await checkOwnPhotos(ctx.store, caller.userId, input.visit.photoFileIds, 'visit.photoFileIds');
  }
  if (input.note) {
    const v = await ctx.contentCheck.checkText(input.note);
    if (!v.ok) throw invalid({ note: v.reason }, v.reason);
  }
  const decision = input.decision;
  const updated = await runTransition(ctx, RISK_CASES, {
    id: input.reportId,
    expectedVersion: input.expectedVersion,
    move: { kind: 'decide', decision },
    step: {
      kind: decision === 'approve' ? 'approved' : decision === 'return' ? 'returned' : 'rejected',
      note: input.note || (decision === 'approve' && input.visit ? input.visit.note : null),
    },
    check(r) {
      if (decision !== 'approve') return;
      if (r.status === 'submitted' && !input.visit)
        throw invalid({ visit: '请先填写入户核实情况' }, '村里通过前要先记录入户核实情况。');
      if (r.status === 'village_verified' || r.status === 'elimination_proposed')
        publicityGate(r, now);
      if (r.status === 'town_reviewed' && !r.householdId)
        throw conflict('这件申报还没有关联到户，请村里核实后关联。');
    },
    async patch(r, next, tx) {
      if (decision === 'reject') {
        const level = levelOf(r.status) ?? 'village';
        return {
          rejection: { at: nowIso, level, reason: input.note, byId: caller.userId },
        };
      }
      if (decision === 'return') {
        if (next.status === 'returned') return { returnNote: input.note };
        // A refused 风险消除 goes back to assisting; the village proposes again when ready.
        return { elimination: null };
      }
      switch (r.status) {
        case 'submitted': {
          const visit = input.visit;
          if (!visit) throw invalid({ visit: '请先填写入户核实情况' });
          let householdId = r.householdId;
          let subjectName = r.subjectName;
          if (visit.householdId && visit.householdId !== r.householdId) {
            if (r.householdId)
              throw invalid({ 'visit.householdId': '这件申报已经关联了别的户' });
            const h = await tx.get(householdsCollection, visit.householdId);
            if (!h || h.villageId !== r.villageId) throw notFound('没有找到这户的档案。');
            householdId = h._id;
            subjectName = h.headName;
          }
          if (!householdId)
            throw invalid(
              { 'visit.householdId': '请选择这件申报是哪一户的' },
              '代为申报的要先关联到户，才能核实通过。',
            );
          return {
            householdId,
            subjectName,
            visit: {
              visitedOn: visit.visitedOn,
              incomePerHead: visit.incomePerHead,
              confirmedRisks: visit.confirmedRisks,
              note: visit.note,
              photoFileIds: visit.photoFileIds,
              byId: caller.userId,
              byName: caller.name ?? '村干部',
            },
            publicity: publicityFrom('identification', now),
          };
        }
        case 'town_reviewed': {
          const h = r.householdId ? await tx.get(householdsCollection, r.householdId) : null;
          if (!h) throw conflict('这件申报关联的户档案找不到了，请村里重新核实。');
          const monitorType =
            input.monitorType ??
            suggestedMonitorType({
              categoryBefore: h.category,
              incomePerHead: r.visit?.incomePerHead ?? h.incomePerHead,
              year: Number(chinaDate(now).slice(0, 4)),
            });
          await moveHouseholdCategory(tx, h._id, { category: 'monitored', monitorType }, rules, now);
          return {
            categoryBefore: h.category,
            monitorTypeBefore: h.monitorType,
            monitorType,
            monitoredSince: nowIso,
            // 绿色通道: the plan is already in force, so the household is helped from now on.
            ...(r.plan ? { status: 'assisting' as const } : {}),
          };
        }
        case 'elimination_town_reviewed': {
          if (r.householdId)
            await moveHouseholdCategory(
              tx,
              r.householdId,
              {
                category: r.categoryBefore === 'monitored' ? 'monitored' : (r.categoryBefore ?? 'general'),
                monitorType: r.categoryBefore === 'monitored' ? r.monitorTypeBefore : null,
              },
              rules,
              now,
            );
          return {
            elimination: r.elimination ? { ...r.elimination, resolvedAt: nowIso } : null,
          };
        }
        default:
          return {};
      }
    },
    event(r, to) {
      if (decision === 'reject') return { kind: 'risk.rejected', detail: null };
      if (decision === 'return')
        return to === 'returned'
          ? { kind: 'risk.returned', detail: '需要补充材料后重新提交。' }
          : { kind: 'risk.elimination_returned', detail: '暂不标注风险消除，继续帮扶。' };
      const kind = APPROVED_EVENT[to];
      if (!kind) return null;
      const detail =
        to === 'village_verified' && r.publicity
          ? `村内公示${plainDate(r.publicity.startsOn)}至${plainDate(r.publicity.endsOn)}。`
          : (to === 'city_approved' || to === 'assisting') && r.monitorType
            ? `户类调整为三类户（${MONITOR_TYPE_LABEL[r.monitorType]}）。`
            : null;
      return { kind, detail };
    },
    notice(r, to) {
      if (decision === 'reject') {
        const appealBy = r.dueOn ? `，可以在${plainDate(r.dueOn)}前申请复核` : '';
        return { template: 'risk.rejected', message: `申报未通过：${input.note}${appealBy}。` };
      }
      if (decision === 'return')
        return to === 'returned'
          ? { template: 'risk.returned', message: `申报退回了，需要补充：${input.note}` }
          : { template: 'risk.elimination_returned', message: '风险消除暂不通过，继续帮扶。' };
      return approvedNotice(r, to);
    },
  });
  return toReportView(ctx, caller, updated);
}
