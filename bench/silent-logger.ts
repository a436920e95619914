import type { Logger } from '../cloudfunctions/platform/ports/logger';

/** Benchmarks measure the code path, not the terminal: log lines are dropped. */
export const silentLogger: Logger = {
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
};
