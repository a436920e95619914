import type { AllFunctions } from '@shared/contract/all-functions';
import type { ActionOutput, ActionPayload } from '@shared/contract/define-function';

type HouseholdActions = AllFunctions['households']['actions'];

/** Types of the households contract, read from the shared schemas (types only, no zod here). */
export type HouseholdView = ActionOutput<HouseholdActions, 'get'>;
export type HouseholdSummary = ActionOutput<HouseholdActions, 'list'>['items'][number];
export type MemberView = HouseholdView['members'][number];
export type TimelineEvent = ActionOutput<HouseholdActions, 'timeline'>['items'][number];
export type TimelinePage = ActionOutput<HouseholdActions, 'timeline'>;
export type DashboardView = ActionOutput<HouseholdActions, 'dashboard'>;
export type VillageCounts = DashboardView['byVillage'][number];
export type ExportResult = ActionOutput<HouseholdActions, 'export'>;
export type Invitation = ActionOutput<HouseholdActions, 'issueInvitation'>;
export type ListHouseholdsPayload = ActionPayload<HouseholdActions, 'list'>;
export type ChangeCategoryPayload = ActionPayload<HouseholdActions, 'changeCategory'>;
export type JoinPayload = ActionPayload<HouseholdActions, 'join'>;
export type JoinResult = ActionOutput<HouseholdActions, 'join'>;
export type HouseholdCategory = HouseholdView['category'];
export type MonitorType = NonNullable<HouseholdView['monitorType']>;
export type FolderColour = HouseholdView['folderColour'];
export type Relation = MemberView['relation'];
export type JoinRequestsView = ActionOutput<HouseholdActions, 'joinRequests'>;
export type JoinDecision = ActionPayload<HouseholdActions, 'decideJoin'>['decision'];
export type JoinReceipt = NonNullable<ActionOutput<HouseholdActions, 'mine'>['joinRequest']>;
