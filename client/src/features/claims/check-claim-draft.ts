import { CLAIM_CONSENT, SubmitClaimInput } from '@shared/claims/claim-schemas';
import { amountKeysOf } from '@shared/claims/claim-schemes';
import { toFieldErrors, zhErrorMap } from '@shared/validation/zh-error-map';
import { chinaToday } from '../risk/risk-dates';
import {
  attachedDocuments,
  stepProblem,
  stepsFor,
  type ClaimDraft,
  type StepId,
} from './claim-draft';
import type { SubmitClaimPayload } from './claims-api';

/** A problem found before sending, with the screen where it is fixed. */
export interface ClaimDraftProblem {
  step: StepId;
  message: string;
}

export type CheckedClaimDraft =
  { ok: true; payload: SubmitClaimPayload } | { ok: false; problems: ClaimDraftProblem[] };

/** Which screen a field of the contract is asked on. */
function stepOfField(path: string): StepId {
  if (path.startsWith('proxy.relation')) return 'proxy_relation';
  if (path.startsWith('proxy.name')) return 'proxy_name';
  if (path.startsWith('type')) return 'type';
  if (path.startsWith('accidentOutcome')) return 'accident_outcome';
  if (path.startsWith('incident')) return 'incident';
  const amount = /^amounts\.(\w+)/.exec(path)?.[1];
  if (amount) return `amount_${amount}` as StepId;
  if (path.startsWith('documents')) return 'checklist';
  if (path.startsWith('bankName')) return 'bank_name';
  if (path.startsWith('bankAccount')) return 'bank_account';
  if (path.startsWith('consent')) return 'consent';
  return 'who';
}

/** The payload `claims.submit` takes, from what the villager answered (before any check). */
export function claimDraftToPayload(draft: ClaimDraft): Record<string, unknown> {
  const keys = draft.type ? amountKeysOf(draft.type) : [];
  return {
    type: draft.type,
    incidentOn: draft.incidentOn,
    ...(draft.type === 'accident' && draft.accidentOutcome
      ? { accidentOutcome: draft.accidentOutcome }
      : {}),
    amounts: Object.fromEntries(
      keys.map((key) => {
        const typed = draft.amounts[key] ?? '';
        return [key, typed === '' ? Number.NaN : Number(typed)];
      }),
    ),
    documents: attachedDocuments(draft),
    bankName: draft.bankName.trim(),
    bankAccount: draft.bankAccount,
    ...(draft.forWhom === 'proxy'
      ? { proxy: { relation: draft.relation, name: draft.proxyName.trim() } }
      : {}),
    consent: {
      purpose: CLAIM_CONSENT.purpose,
      version: CLAIM_CONSENT.version,
      at: draft.consentAt,
    },
  };
}

/**
 * Checks the whole draft as the server will — the contract's own `SubmitClaimInput`, with its
 * Chinese messages — plus what only the phone knows (a date not in the future). Each problem
 * names the screen to go back to. Missing papers are not a problem here: the village check asks
 * for them.
 */
export function checkClaimDraft(
  draft: ClaimDraft,
  today: string = chinaToday(),
): CheckedClaimDraft {
  const problems: ClaimDraftProblem[] = [];
  const seen = new Set<StepId>();
  const add = (step: StepId, message: string) => {
    if (seen.has(step)) return;
    seen.add(step);
    problems.push({ step, message });
  };
  const order = stepsFor(draft);
  for (const step of order) {
    const problem = stepProblem(draft, step, today);
    if (problem) add(step, problem);
  }
  const parsed = SubmitClaimInput.safeParse(claimDraftToPayload(draft), { error: zhErrorMap });
  if (!parsed.success) {
    for (const [path, message] of Object.entries(toFieldErrors(parsed.error)))
      add(stepOfField(path), message);
  }
  if (problems.length > 0 || !parsed.success) {
    const at = (step: StepId) => {
      const i = order.indexOf(step);
      return i === -1 ? order.length : i;
    };
    return { ok: false, problems: problems.sort((a, b) => at(a.step) - at(b.step)) };
  }
  return { ok: true, payload: parsed.data };
}
