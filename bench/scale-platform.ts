import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LocalPlatform } from '../cloudfunctions/platform/local-platform';
import { openLocalPlatform } from '../cloudfunctions/platform/local-platform';
import type { Clock } from '../cloudfunctions/platform/ports/clock';
import { seedDemoData } from '../cloudfunctions/seed-demo-data';
import { silentLogger } from './silent-logger';

/**
 * A local platform in a temporary data folder with the ~20,000-household scale set seeded, no
 * rate limits, on the bench's clock; closed and removed after `run`.
 */
export async function withScalePlatform<T>(
  name: string,
  clock: Clock,
  run: (scale: { platform: LocalPlatform; households: number }) => Promise<T>,
): Promise<T> {
  const dataDir = mkdtempSync(join(tmpdir(), `psv-bench-${name}-`));
  try {
    const platform = await openLocalPlatform({
      dataDir,
      logger: silentLogger,
      clock,
      mutationsPerMinute: 1e9,
      readsPerMinute: 1e9,
    });
    try {
      const { store } = platform;
      await seedDemoData(store, platform.deps.dataKeys, clock, platform.deps.files, {
        scale: true,
      });
      const households = (
        store.reader.prepare('SELECT COUNT(*) AS n FROM c_households').get() as { n: number }
      ).n;
      return await run({ platform, households });
    } finally {
      await platform.store.close();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
