import { ALL_FUNCTIONS } from '../../shared/src/contract/all-functions';
import type { FunctionName } from '../../shared/src/contract/all-functions';
import type { ActionContract } from '../../shared/src/contract/define-function';
import type { Persona } from './personas';
import { PERSONAS, roleOf } from './personas';

/** One action of one function, as listed by the shared contract. */
export interface ActionEntry {
  /** `fn.action`, the key of every proof table. */
  key: string;
  fn: FunctionName;
  action: string;
  contract: ActionContract;
}

/** Every function × action in ALL_FUNCTIONS: new actions join every proof automatically. */
export const ACTIONS: readonly ActionEntry[] = (
  Object.keys(ALL_FUNCTIONS) as FunctionName[]
).flatMap((fn) =>
  Object.entries(ALL_FUNCTIONS[fn].actions as Record<string, ActionContract>).map(
    ([action, contract]) => ({ key: `${fn}.${action}`, fn, action, contract }),
  ),
);

export const MUTATING_ACTIONS = ACTIONS.filter((a) => a.contract.mutating);
export const READ_ACTIONS = ACTIONS.filter((a) => !a.contract.mutating);

/** The personas the contract lets call the action (the fuzzer acts as each of them). */
export function personasAllowedByContract(entry: ActionEntry): Persona[] {
  return PERSONAS.filter((p) => entry.contract.access[roleOf(p)] !== undefined);
}
