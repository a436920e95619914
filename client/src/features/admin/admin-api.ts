import type { AllFunctions } from '@shared/contract/all-functions';
import type { ActionOutput, ActionPayload } from '@shared/contract/define-function';

type UserActions = AllFunctions['users']['actions'];

/** Types of the users contract's admin actions (types only, no zod here). */
export type UserFound = ActionOutput<UserActions, 'findUsers'>['items'][number];
export type AssignRolePayload = ActionPayload<UserActions, 'assignRole'>;
export type StaffView = ActionOutput<UserActions, 'assignRole'>;
