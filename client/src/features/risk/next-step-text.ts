import type { RiskReportView } from './risk-api';
import { LEVEL_WORD } from './risk-levels';
import { chinaToday, spokenDate } from './risk-dates';

/** What the sentence is built from: the report as `mine` / `get` answer it. */
export type NextStepFacts = Pick<
  RiskReportView,
  | 'status'
  | 'deadline'
  | 'planDeadline'
  | 'publicity'
  | 'rejection'
  | 'returnNote'
  | 'isAppeal'
  | 'plan'
  | 'can'
>;

export interface NextStep {
  /** One plain sentence: 「村里会在12月8日前上门核实」. */
  text: string;
  /** The step is past its date: the family may call the village. */
  overdue: boolean;
  /** The family has something to do (add material, or may appeal). */
  familyActs: boolean;
}

function byDate(
  who: string,
  what: string,
  deadline: NextStepFacts['deadline'],
  today: string,
): NextStep {
  if (!deadline) return { text: `${who}会尽快${what}`, overdue: false, familyActs: false };
  const date = spokenDate(deadline.dueOn, today);
  if (deadline.overdue) {
    return {
      text: `${who}本应在${date}前${what}，已经超期了，可以打电话问问村委会`,
      overdue: true,
      familyActs: false,
    };
  }
  return { text: `${who}会在${date}前${what}`, overdue: false, familyActs: false };
}

/**
 * The next step of a report in plain words, with its date, for 我的申报 and the report page.
 * `today` (China local date) decides whether a date needs its year.
 */
export function nextStepText(report: NextStepFacts, today: string = chinaToday()): NextStep {
  const review = report.isAppeal ? '复核' : '审核';
  switch (report.status) {
    case 'submitted':
      return byDate('村里', '上门核实', report.deadline, today);
    case 'village_verified': {
      const step = byDate('镇上', review, report.deadline, today);
      if (report.publicity && !report.publicity.ended && !report.isAppeal) {
        const ends = spokenDate(report.publicity.endsOn, today);
        return { ...step, text: `村里正在公示，${ends}结束；${step.text}` };
      }
      return step;
    }
    case 'town_reviewed':
      return byDate('市里', report.isAppeal ? '复核' : '审定', report.deadline, today);
    case 'city_approved':
      return byDate('村里', '定好帮扶计划', report.planDeadline ?? report.deadline, today);
    case 'assisting': {
      const measures = report.plan?.measures ?? [];
      const done = measures.filter((m) => m.status === 'done').length;
      const late = measures.filter((m) => m.overdue && m.status !== 'done').length;
      const progress =
        measures.length > 0
          ? `正在按帮扶计划办，${measures.length}项措施已办好${done}项`
          : '正在按帮扶计划帮扶';
      return {
        text: late > 0 ? `${progress}，有${late}项过了日子还没办好，可以找责任人问问` : progress,
        overdue: late > 0,
        familyActs: false,
      };
    }
    case 'elimination_proposed':
      return byDate('镇上', '审核风险消除', report.deadline, today);
    case 'elimination_town_reviewed':
      return byDate('市里', '审定风险消除', report.deadline, today);
    case 'resolved':
      return {
        text: '风险已消除。以后家里再遇到难处，还可以再申报',
        overdue: false,
        familyActs: false,
      };
    case 'returned': {
      const by = report.deadline ? `，请在${spokenDate(report.deadline.dueOn, today)}前` : '，请';
      return {
        text: `需要您补充材料${by}补充后重新提交`,
        overdue: report.deadline?.overdue ?? false,
        familyActs: true,
      };
    }
    case 'rejected': {
      const rejection = report.rejection;
      if (report.can.appeal && rejection?.appealTo) {
        const by = rejection.appealBy ? `在${spokenDate(rejection.appealBy, today)}前` : '';
        return {
          text: `没有通过。如果您不同意，可以${by}申请复核，会交给${LEVEL_WORD[rejection.appealTo]}复核`,
          overdue: false,
          familyActs: true,
        };
      }
      return {
        text: report.isAppeal ? '复核后仍没有通过' : '没有通过',
        overdue: false,
        familyActs: false,
      };
    }
  }
}
