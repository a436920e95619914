import { z } from 'zod';

/** The proof harness's knobs: the only module under proof/ that reads process.env. */
const ProofEnv = z.object({
  /** Generated invalid payloads per action (in-process); the gateway and hostile runs scale from it. */
  FUZZ_RUNS: z.coerce.number().int().min(1).max(1_000_000).default(80),
  /** Fix fast-check's seed to replay a failure (printed in the failure report). */
  FUZZ_SEED: z.coerce.number().int().optional(),
  /** Concurrent villagers writing while the gateway is killed. */
  CRASH_WRITERS: z.coerce.number().int().min(1).max(500).default(32),
});

const parsed = ProofEnv.parse(process.env);

export const proofEnv = {
  fuzzRuns: parsed.FUZZ_RUNS,
  fuzzSeed: parsed.FUZZ_SEED,
  crashWriters: parsed.CRASH_WRITERS,
};

/** fast-check parameters shared by every property in proof/. */
export function fcParams(numRuns: number): { numRuns: number; seed?: number; endOnFailure: true } {
  return {
    numRuns: Math.max(1, Math.round(numRuns)),
    endOnFailure: true,
    ...(proofEnv.fuzzSeed !== undefined ? { seed: proofEnv.fuzzSeed } : {}),
  };
}
