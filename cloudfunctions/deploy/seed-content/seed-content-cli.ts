/**
 * `npm run seed:content -- --content policies,courses [--from catalogue.json]`: loads the policy
 * explainers and training courses into the CloudBase environment of TCB_ENV (credentials as for
 * `setup:cloudbase`). Without `--from`, the built-in 三农 explainers (marked （演示内容） until the city
 * republishes each one in the app); courses only come from a file (see catalogue.example.json).
 * Only policies and courses: no demo households, people or exhibits. Safe to run again.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createCloudbaseStore } from '../../platform/adapters/cloudbase/cloudbase-store';
import { systemClock } from '../../platform/ports/clock';
import { readDeployEnv } from '../env';
import type { ContentKind } from './content-catalogue';
import { builtInCatalogue, CONTENT_KINDS, parseContentCatalogue } from './content-catalogue';
import { seedContent } from './seed-content';

export function readSeedContentArgs(argv: string[]): {
  kinds: Set<ContentKind>;
  from: string | null;
} {
  const { values } = parseArgs({
    args: argv,
    options: { content: { type: 'string' }, from: { type: 'string' } },
    strict: true,
    allowPositionals: false,
  });
  const asked = (values.content ?? CONTENT_KINDS.join(',')).split(',').map((s) => s.trim());
  const kinds = new Set<ContentKind>();
  for (const k of asked) {
    if (!(CONTENT_KINDS as readonly string[]).includes(k))
      throw new Error(`--content takes ${CONTENT_KINDS.join(',')} (got "${k}")`);
    kinds.add(k as ContentKind);
  }
  return { kinds, from: values.from ?? null };
}

async function main() {
  const { kinds, from } = readSeedContentArgs(process.argv.slice(2));
  const catalogue = from
    ? parseContentCatalogue(JSON.parse(readFileSync(from, 'utf8')) as unknown)
    : builtInCatalogue();
  if (kinds.has('courses') && !from) console.log('no --from file: no courses to load');
  const store = createCloudbaseStore(readDeployEnv());
  const report = await seedContent(store, systemClock, catalogue, {
    kinds,
    markPoliciesUnreviewed: !from,
  });
  if (kinds.has('policies'))
    console.log(`policies: ${report.policies.added} added, ${report.policies.kept} already there`);
  if (kinds.has('courses'))
    console.log(`courses: ${report.courses.added} added, ${report.courses.kept} already there`);
}

if (require.main === module) {
  main().catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
