import type { RiskStepView } from './risk-api';
import { LEVEL_WORD, levelActingAt, levelOfRole } from './risk-levels';

/** Who acted, as the family says it: 「村里（马建国）」, or the filer's own name. */
function who(step: RiskStepView): string {
  const level = levelOfRole(step.actorRole) ?? levelActingAt(step.from);
  if (!level || step.actorRole === 'villager') return step.actorName || '您家';
  return step.actorName ? `${LEVEL_WORD[level]}（${step.actorName}）` : LEVEL_WORD[level];
}

/** One entry of the report's timeline in plain words. */
export function stepSentence(step: RiskStepView): string {
  const note = step.note ? `：${step.note}` : '';
  switch (step.kind) {
    case 'submitted':
      return `${who(step)}提交了申报`;
    case 'resubmitted':
      return `${who(step)}补充了材料，重新提交${note}`;
    case 'appealed':
      return `${who(step)}申请了复核${note}`;
    case 'approved':
      switch (step.from) {
        case 'submitted':
          return `${who(step)}上门核实了，情况属实`;
        case 'village_verified':
          return `${who(step)}审核通过`;
        case 'town_reviewed':
          return `${who(step)}审定通过，纳入防返贫监测`;
        case 'elimination_proposed':
          return `${who(step)}审核同意风险消除`;
        case 'elimination_town_reviewed':
          return `${who(step)}审定风险已消除`;
        default:
          return `${who(step)}通过了`;
      }
    case 'returned':
      return `${who(step)}退回，请补充${note}`;
    case 'rejected':
      return `${who(step)}没有通过${note}`;
    case 'plan_set':
      return `${who(step)}定好了帮扶计划`;
    case 'measure_updated':
      return `${who(step)}更新了帮扶措施${note}`;
    case 'elimination_proposed':
      return `${who(step)}入户核实后，提出风险消除`;
  }
}
