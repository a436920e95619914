import type { ActionOutput, ActionPayload } from '@shared/contract/define-function';
import type { policiesContract } from '@shared/policies/policies-contract';

type PoliciesActions = (typeof policiesContract)['actions'];

/** Types of the policies contract, read from the shared schemas (types only, no zod here). */
export type PolicySummaryView = ActionOutput<PoliciesActions, 'list'>['items'][number];
export type PolicyArticle = ActionOutput<PoliciesActions, 'get'>;
export type PolicyVersionRow = PolicyArticle['versions'][number];
export type PolicyFaqItem = PolicyArticle['faq'][number];
export type PolicyExample = PolicyArticle['examples'][number];
export type ListPoliciesPayload = ActionPayload<PoliciesActions, 'list'>;
export type EligibilityResult = ActionOutput<PoliciesActions, 'checkEligibility'>;
export type EligibilityMatch = EligibilityResult['matches'][number];
export type PolicyNextStep = EligibilityMatch['nextSteps'][number];
