import type { AllFunctions } from '@shared/contract/all-functions';
import type { ActionOutput, ActionPayload } from '@shared/contract/define-function';

type ClaimsActions = AllFunctions['claims']['actions'];

/** Types of the claims contract, read from the shared schemas (types only, no zod in the client). */
export type ClaimView = ActionOutput<ClaimsActions, 'get'>;
export type ClaimSummary = ActionOutput<ClaimsActions, 'queue'>['items'][number];
export type ClaimQueuePayload = ActionPayload<ClaimsActions, 'queue'>;
export type ClaimReviewPayload = ActionPayload<ClaimsActions, 'review'>;
export type MarkPaidPayload = ActionPayload<ClaimsActions, 'markPaid'>;
export type ClaimStatsView = ActionOutput<ClaimsActions, 'stats'>;
export type ClaimStatus = ClaimView['status'];
export type ClaimTypeCode = ClaimView['type'];
export type ClaimDocument = ClaimView['documents'][number];
export type ClaimDocumentItem = ClaimDocument['item'];
export type ClaimStep = ClaimView['steps'][number];
export type ClaimWaitingFor = NonNullable<ClaimView['waitingFor']>;
export type ClaimDecision = ClaimReviewPayload['decision'];
export type PayoutLine = ClaimView['estimateLines'][number];
