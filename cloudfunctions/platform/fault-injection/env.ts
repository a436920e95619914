import { z } from 'zod';
import type { FaultInjection } from '../runtime/fault-injecting-store';

/**
 * Knobs for the crash proofs (proof/crash-between-effect-and-key.test.ts), read from the
 * environment here and nowhere else. Unset in every real deployment: then nothing is injected.
 */
const FaultInjectionEnv = z.object({
  /** SIGKILL this process right after the first transaction that wrote to this collection commits. */
  FAULT_KILL_AFTER_COMMIT_OF: z
    .string()
    .regex(/^[a-z][a-z0-9_]*$/)
    .optional(),
  /** How long an unfinished idempotency claim blocks a retry before it may be taken over. */
  IDEMPOTENCY_LEASE_MS: z.coerce.number().int().min(100).max(3_600_000).optional(),
});

export interface FaultInjectionConfig {
  faults: FaultInjection | null;
  idempotencyLeaseMs?: number;
}

export function readFaultInjectionEnv(env: NodeJS.ProcessEnv = process.env): FaultInjectionConfig {
  const e = FaultInjectionEnv.parse(env);
  return {
    faults: e.FAULT_KILL_AFTER_COMMIT_OF
      ? {
          afterCommitOf: e.FAULT_KILL_AFTER_COMMIT_OF,
          onFault: () => process.kill(process.pid, 'SIGKILL'),
        }
      : null,
    ...(e.IDEMPOTENCY_LEASE_MS !== undefined ? { idempotencyLeaseMs: e.IDEMPOTENCY_LEASE_MS } : {}),
  };
}
