import type { AllFunctions } from '@shared/contract/all-functions';
import type { ActionOutput, ActionPayload } from '@shared/contract/define-function';

type RiskActions = AllFunctions['risk']['actions'];

/** Types of the risk contract, read from the shared schemas (types only, no zod here). */
export type RiskReportView = ActionOutput<RiskActions, 'get'>;
export type RiskStepView = RiskReportView['steps'][number];
export type RiskPlanView = NonNullable<RiskReportView['plan']>;
export type RiskMeasureView = RiskPlanView['measures'][number];
export type RiskDeadlineView = NonNullable<RiskReportView['deadline']>;
export type RiskPublicityView = ActionOutput<RiskActions, 'publicity'>['items'][number];
export type SubmitRiskPayload = ActionPayload<RiskActions, 'submit'>;
export type ResubmitRiskPayload = ActionPayload<RiskActions, 'resubmit'>;
export type AppealRiskPayload = ActionPayload<RiskActions, 'appeal'>;
