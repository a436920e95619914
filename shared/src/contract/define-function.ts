import type { z } from 'zod';
import type { AccessRule } from '../auth/roles';

/**
 * One action of a cloud function: its input and output schemas, who may call it (the row of
 * the authorization table) and whether it changes data (mutating actions take idempotency keys
 * and are rate limited).
 */
export interface ActionContract<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
  access: AccessRule;
  mutating: boolean;
  /** One line, Chinese or English, for docs and the authorization matrix report. */
  summary: string;
}

export type ActionsContract = Record<string, ActionContract>;

export interface FunctionContract<
  N extends string = string,
  A extends ActionsContract = ActionsContract,
> {
  name: N;
  actions: A;
}

export function action<I extends z.ZodType, O extends z.ZodType>(
  spec: ActionContract<I, O>,
): ActionContract<I, O> {
  return spec;
}

export function defineFunction<N extends string, A extends ActionsContract>(
  name: N,
  actions: A,
): FunctionContract<N, A> {
  return { name, actions };
}

/** The parsed input a handler receives for action `K`. */
export type ActionInput<A extends ActionsContract, K extends keyof A> = z.output<A[K]['input']>;
/** What a client passes for action `K` (before defaults are applied). */
export type ActionPayload<A extends ActionsContract, K extends keyof A> = z.input<A[K]['input']>;
/** What action `K` returns. */
export type ActionOutput<A extends ActionsContract, K extends keyof A> = z.output<A[K]['output']>;
