import type { AllFunctions } from '@shared/contract/all-functions';
import type { ActionOutput, ActionPayload } from '@shared/contract/define-function';

type RiskActions = AllFunctions['risk']['actions'];

/** Types of the risk contract, read from the shared schemas (types only, no zod in the client). */
export type ReportView = ActionOutput<RiskActions, 'get'>;
export type ReportSummary = ActionOutput<RiskActions, 'queue'>['items'][number];
export type QueuePayload = ActionPayload<RiskActions, 'queue'>;
export type ReviewPayload = ActionPayload<RiskActions, 'review'>;
export type VisitPayload = NonNullable<ReviewPayload['visit']>;
export type SetPlanPayload = ActionPayload<RiskActions, 'setPlan'>;
export type MeasurePayload = SetPlanPayload['measures'][number];
export type ProposeEliminationPayload = ActionPayload<RiskActions, 'proposeElimination'>;
export type StatsView = ActionOutput<RiskActions, 'stats'>;
export type DeadlineView = NonNullable<ReportSummary['deadline']>;
export type StepView = ReportView['steps'][number];
export type MeasureView = NonNullable<ReportView['plan']>['measures'][number];
export type PlanView = NonNullable<ReportView['plan']>;
export type RiskStatus = ReportView['status'];
export type ReviewDecision = ReviewPayload['decision'];
export type WaitingFor = NonNullable<ReportSummary['waitingFor']>;
