import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BenchSection } from './bench-report';
import { printSection } from './bench-report';
import { run as claimsQueue } from './claims-queue';
import { run as contendedWrite } from './contended-write';
import { run as exhibitListScroll } from './exhibit-list-scroll';
import { run as functionBundles } from './function-bundles';
import { run as gatewayThroughput } from './gateway-throughput';
import { run as gatewayVsStoreRead } from './gateway-vs-store-read';
import { run as householdScale } from './household-scale';
import { run as offlinePhotos } from './offline-photos';
import { run as riskQueue } from './risk-queue';
import { run as roundTrips } from './round-trips';
import { run as weakNetworkH5 } from './weak-network-h5';

const ROOT = resolve(__dirname, '..');

/** `npm run bench`: every bench in turn, one summary, and bench-results/latest.json. */
async function main() {
  const benches: Array<[string, () => Promise<BenchSection>]> = [
    ['read latency', gatewayVsStoreRead],
    ['throughput', gatewayThroughput],
    ['contended write', contendedWrite],
    ['function bundles', functionBundles],
    ['round trips per action', roundTrips],
    ['households at scale', householdScale],
    ['risk 待办 at scale', riskQueue],
    ['claims 待办 of the insurer at scale', claimsQueue],
    ['exhibit list scroll', exhibitListScroll],
    ['photos made offline, sent on 2G', offlinePhotos],
    ['h5 on 2G', weakNetworkH5],
  ];
  const sections: BenchSection[] = [];
  for (const [label, bench] of benches) {
    process.stderr.write(`bench: ${label}…\n`);
    try {
      sections.push(await bench());
    } catch (e) {
      sections.push({
        name: label,
        lines: [`failed: ${e instanceof Error ? e.message : String(e)}`],
        data: { failed: true },
      });
    }
  }

  const packageSize = join(ROOT, 'client', 'bench', 'package-size.ts');
  if (existsSync(packageSize)) {
    process.stderr.write('bench: client package size…\n');
    const r = spawnSync(
      process.execPath,
      [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), packageSize],
      {
        cwd: ROOT,
        timeout: 600_000,
      },
    );
    const out = r.stdout.toString().trim();
    sections.push({
      name: 'client package size (client/bench/package-size.ts)',
      lines: (out || r.stderr.toString().trim()).split('\n'),
      data: { exitCode: r.status, output: out },
    });
  } else {
    sections.push({
      name: 'client package size',
      lines: ['skipped: client/bench/package-size.ts does not exist'],
      data: { skipped: true },
    });
  }

  console.log(`\n掌上智慧村 benchmarks — ${new Date().toISOString()} (node ${process.version})`);
  for (const s of sections) printSection(s);
  mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
  const file = join(ROOT, 'bench-results', 'latest.json');
  writeFileSync(
    file,
    `${JSON.stringify({ at: new Date().toISOString(), node: process.version, sections: sections.map((s) => ({ name: s.name, ...s.data, summary: s.lines })) }, null, 2)}\n`,
  );
  console.log(`\nwritten: bench-results/latest.json`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
