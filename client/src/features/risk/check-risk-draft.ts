import { RISK_CONSENT } from '@shared/risk/risk-catalogue';
import { SubmitRiskInput } from '@shared/risk/risk-schemas';
import { toFieldErrors, zhErrorMap } from '@shared/validation/zh-error-map';
import { asksGreenChannel, stepProblem, stepsFor, type RiskDraft, type StepId } from './risk-draft';
import type { SubmitRiskPayload } from './risk-api';
import { chinaToday } from './risk-dates';

/** A problem found before sending, with the screen where it is fixed. */
export interface DraftProblem {
  step: StepId;
  message: string;
}

export type CheckedRiskDraft =
  { ok: true; payload: SubmitRiskPayload } | { ok: false; problems: DraftProblem[] };

/** Which screen a field of the contract is asked on. */
function stepOfField(path: string): StepId {
  if (path.startsWith('proxy.relation')) return 'proxy_relation';
  if (path.startsWith('proxy.name')) return 'proxy_name';
  if (path.startsWith('proxy.villageId')) return 'proxy_village';
  if (path.startsWith('proxy.reason')) return 'proxy_reason';
  if (path.startsWith('risks')) return 'risks';
  if (path.startsWith('disasterSubtype')) return 'disaster_subtype';
  if (path.startsWith('occurredOn')) return 'occurred';
  if (path.startsWith('description')) return 'description';
  if (path.startsWith('estimatedCost')) return 'cost';
  if (path.startsWith('photoFileIds')) return 'photos';
  if (path.startsWith('contactPhone')) return 'phone';
  if (path.startsWith('urgent')) return 'urgent';
  if (path.startsWith('consent')) return 'consent';
  return 'who';
}

/** The payload `risk.submit` takes, from what the villager answered (before any check). */
export function draftToPayload(draft: RiskDraft): Record<string, unknown> {
  const proxy =
    draft.forWhom === 'proxy'
      ? {
          proxy: {
            relation: draft.relation,
            name: draft.proxyName.trim(),
            villageId: draft.proxyVillageId,
            reason: draft.proxyReason.trim(),
          },
        }
      : {};
  return {
    ...proxy,
    risks: draft.risks,
    ...(draft.risks.includes('disaster') && draft.disasterSubtype
      ? { disasterSubtype: draft.disasterSubtype }
      : {}),
    occurredOn: draft.occurredOn,
    description: draft.description.trim(),
    estimatedCost: draft.cost === '' ? Number.NaN : Number(draft.cost),
    photoFileIds: draft.photos.map((p) => p.fileId),
    ...(draft.phone ? { contactPhone: draft.phone } : {}),
    urgent: asksGreenChannel(draft.risks) && draft.urgent === true,
    consent: { version: RISK_CONSENT.version, agreed: draft.consentAgreed },
  };
}

/**
 * Checks the whole draft as the server will — the contract's own `SubmitRiskInput`, with its
 * Chinese messages — plus what only the phone knows (a date not in the future). Each problem
 * names the screen to go back to.
 */
export function checkRiskDraft(draft: RiskDraft, today: string = chinaToday()): CheckedRiskDraft {
  const problems: DraftProblem[] = [];
  const seen = new Set<StepId>();
  const add = (step: StepId, message: string) => {
    if (seen.has(step)) return;
    seen.add(step);
    problems.push({ step, message });
  };
  for (const step of stepsFor(draft)) {
    const problem = stepProblem(draft, step, today);
    if (problem) add(step, problem);
  }
  const parsed = SubmitRiskInput.safeParse(draftToPayload(draft), { error: zhErrorMap });
  if (!parsed.success) {
    for (const [path, message] of Object.entries(toFieldErrors(parsed.error)))
      add(stepOfField(path), message);
  }
  if (problems.length > 0 || !parsed.success) {
    const order = stepsFor(draft);
    return {
      ok: false,
      problems: problems.sort((a, b) => order.indexOf(a.step) - order.indexOf(b.step)),
    };
  }
  return { ok: true, payload: parsed.data };
}
