import type { ClaimStepView } from './claims-api';
import { CLAIM_LEVEL_WORD, claimLevelOfRole } from './claim-words';

/** Who acted, as the family says it: 「村里（何建国）」, or the filer's own name. */
function who(step: ClaimStepView): string {
  const level = claimLevelOfRole(step.actorRole);
  if (!level) return step.actorName || '您家';
  return step.actorName
    ? `${CLAIM_LEVEL_WORD[level]}（${step.actorName}）`
    : CLAIM_LEVEL_WORD[level];
}

/** One entry of the claim's timeline in plain words. */
export function claimStepSentence(step: ClaimStepView): string {
  const note = step.note ? `：${step.note}` : '';
  switch (step.kind) {
    case 'submitted':
      return `${who(step)}提交了理赔申请`;
    case 'resubmitted':
      return `${who(step)}补充了材料，重新提交${note}`;
    case 'appealed':
      return `${who(step)}申请了复核${note}`;
    case 'approved':
      switch (step.from) {
        case 'reported':
          return `${who(step)}核对了材料，材料齐全`;
        case 'materials_checked':
          return `${who(step)}审核通过`;
        case 'town_reviewed':
          return `${who(step)}查勘完了${note}`;
        case 'surveyed':
          return `${who(step)}审定通过，开始公示`;
        default:
          return `${who(step)}通过了`;
      }
    case 'returned':
      return `${who(step)}退回，请补充材料${note}`;
    case 'rejected':
      return `${who(step)}没有通过${note}`;
    case 'paid':
      return `${who(step)}已把钱打到银行卡${note}`;
  }
}
