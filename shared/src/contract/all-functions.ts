import { feedbackContract } from '../feedback/feedback-contract';
import { householdsContract } from '../households/households-contract';
import { trainingContract } from '../training/training-contract';
import { policiesContract } from '../policies/policies-contract';
import { exhibitsContract } from '../exhibits/exhibits-contract';
import { usersContract } from '../users/users-contract';
import { riskContract } from '../risk/risk-contract';
import { claimsContract } from '../claims/claims-contract';
import { messagesContract } from '../messages/messages-contract';
import { notifyDispatchContract } from '../notifications/notify-dispatch-contract';
import { speechContract } from '../speech/speech-contract';

/**
 * Every cloud function's contract, by function name. The client's typed API, the router, the
 * authorization matrix and the fuzzer are all derived from this one object.
 */
export const ALL_FUNCTIONS = {
  users: usersContract,
  feedback: feedbackContract,
  households: householdsContract,
  training: trainingContract,
  policies: policiesContract,
  exhibits: exhibitsContract,
  risk: riskContract,
  claims: claimsContract,
  messages: messagesContract,
  notifyDispatch: notifyDispatchContract,
  speech: speechContract,
} as const;

export type AllFunctions = typeof ALL_FUNCTIONS;
export type FunctionName = keyof AllFunctions;
