import type { ClaimStatus } from '../../shared/src/claims/claim-statuses';
import type { HouseholdEventKind } from '../../shared/src/households/household-event-kinds';
import { plainDate } from '../risk/risk-dates';
import type { ClaimDoc } from './claim-collections';

/** The household timeline event of a move into `to` (one kind per status, `claims.<status>`). */
export function claimEventKind(to: ClaimStatus): HouseholdEventKind {
  return `claims.${to}`;
}

/**
 * The household timeline entry of a move into `to`: what was decided, with the amounts (never the
 * illness or the account).
 */
export function claimEvent(
  c: ClaimDoc,
  to: ClaimStatus,
): { kind: HouseholdEventKind; detail: string | null } {
  const kind = claimEventKind(to);
  switch (to) {
    case 'returned':
      return { kind, detail: c.returnNote };
    case 'rejected':
      return { kind, detail: c.rejection?.reason ?? null };
    case 'surveyed':
      return { kind, detail: c.survey ? `保险公司核定${c.survey.assessedAmount}元。` : null };
    case 'approved':
      return {
        kind,
        detail: c.publicity
          ? `审定赔付${c.approvedAmount ?? 0}元，公示${plainDate(c.publicity.startsOn)}至${plainDate(c.publicity.endsOn)}。`
          : null,
      };
    case 'paid':
      return { kind, detail: `赔付${c.approvedAmount ?? 0}元。` };
    default:
      return { kind, detail: null };
  }
}

/**
 * The notice to the family when their claim moves into `to` (`claims.<status>`): what happened and
 * what comes next, in plain words, never the account number (its last 4 only).
 */
export function claimNotice(c: ClaimDoc, to: ClaimStatus): { template: string; message: string } {
  const template = `claims.${to}`;
  const by = c.dueOn ? `${plainDate(c.dueOn)}前` : '';
  switch (to) {
    case 'reported':
      return { template, message: '理赔已送回村里，村里会重新核对材料。' };
    case 'materials_checked':
      return { template, message: '村里已核对完材料，等镇上审核。' };
    case 'town_reviewed':
      return { template, message: `镇上已审核通过，保险公司会在${by}上门查勘。` };
    case 'surveyed':
      return { template, message: '保险公司已查勘，等市里审定金额。' };
    case 'approved':
      return {
        template,
        message: `市里审定赔付${c.approvedAmount ?? 0}元。村里公示到${plainDate(c.publicity?.endsOn ?? '')}，公示结束后${by}打到您尾号${c.bank.accountLast4}的银行卡。`,
      };
    case 'paid':
      return {
        template,
        message: `理赔款${c.approvedAmount ?? 0}元已在${plainDate(c.payment?.paidOn ?? '')}打到您尾号${c.bank.accountLast4}的银行卡。`,
      };
    case 'returned':
      return { template, message: `理赔退回了，${c.returnNote ?? '请补充材料'}` };
    case 'rejected': {
      const appealBy = c.dueOn ? `，可以在${plainDate(c.dueOn)}前申请复核` : '';
      return { template, message: `理赔未通过：${c.rejection?.reason ?? ''}${appealBy}。` };
    }
  }
}
