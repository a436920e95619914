import type { AllFunctions } from '@shared/contract/all-functions';
import type { ActionOutput, ActionPayload } from '@shared/contract/define-function';

type UserActions = AllFunctions['users']['actions'];

/** Types of the users contract, read from the shared schemas (types only, no zod here). */
export type MeView = ActionOutput<UserActions, 'me'>;
export type UpdateProfilePayload = ActionPayload<UserActions, 'updateProfile'>;
export type OrgUnit = ActionOutput<UserActions, 'listOrgUnits'>['items'][number];
export type OrgLevel = OrgUnit['level'];
