import type { AllFunctions } from '../shared/src/contract/all-functions';
import type { FunctionDefinition } from './platform/runtime/handler-context';
import { feedbackFunction } from './feedback/feedback-function';
import { householdsFunction } from './households/households-function';
import { trainingFunction } from './training/training-function';
import { policiesFunction } from './policies/policies-function';
import { exhibitsFunction } from './exhibits/exhibits-function';
import { usersFunction } from './users/users-function';
import { riskFunction } from './risk/risk-function';

/**
 * Every function's handlers, by name. The type forces one entry per contract in
 * `shared/src/contract/all-functions.ts`; the gateway serves exactly these.
 */
export const FUNCTIONS: {
  [N in keyof AllFunctions]: FunctionDefinition<AllFunctions[N]['actions']>;
} = {
  users: usersFunction,
  feedback: feedbackFunction,
  households: householdsFunction,
  training: trainingFunction,
  policies: policiesFunction,
  exhibits: exhibitsFunction,
  risk: riskFunction,
};

export type FunctionName = keyof typeof FUNCTIONS;
