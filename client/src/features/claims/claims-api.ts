import type { AllFunctions } from '@shared/contract/all-functions';
import type { ActionOutput, ActionPayload } from '@shared/contract/define-function';

type ClaimActions = AllFunctions['claims']['actions'];

/** Types of the claims contract, read from the shared schemas (types only, no zod here). */
export type ClaimView = ActionOutput<ClaimActions, 'get'>;
export type ClaimStepView = ClaimView['steps'][number];
export type ClaimDocumentView = ClaimView['documents'][number];
export type ClaimLevel = NonNullable<ClaimView['rejection']>['level'];
export type SubmitClaimPayload = ActionPayload<ClaimActions, 'submit'>;
export type ResubmitClaimPayload = ActionPayload<ClaimActions, 'resubmit'>;
export type AppealClaimPayload = ActionPayload<ClaimActions, 'appeal'>;
