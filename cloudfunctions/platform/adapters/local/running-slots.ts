/**
 * At most `max` tasks at once; the others wait in order of arrival. A task's turn is freed when it
 * settles, failed or not.
 */
export function createRunningSlots(max: number) {
  let running = 0;
  const waiting: Array<() => void> = [];
  const turn = (): Promise<void> => {
    if (running < max) {
      running++;
      return Promise.resolve();
    }
    // The finishing task hands its slot straight to the next in line (running stays the same).
    return new Promise<void>((resolve) => waiting.push(resolve));
  };
  const done = () => {
    const next = waiting.shift();
    if (next) next();
    else running--;
  };
  return {
    async run<T>(task: () => Promise<T>): Promise<T> {
      await turn();
      try {
        return await task();
      } finally {
        done();
      }
    },
  };
}
