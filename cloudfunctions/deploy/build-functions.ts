/**
 * `npm run build:functions`: bundles every function listed in cloudbaserc.json with esbuild into
 * `dist/functions/<name>/index.js` (+ a package.json with no dependencies), ready for
 * `tcb fn deploy`. The bundle must never contain the SQLite adapter: a function that pulls in
 * better-sqlite3 fails the build.
 *
 * A function that uses WeChat's content check also gets `config.json` with its cloud-call
 * permissions, `{ "permissions": { "openapi": ["security.msgSecCheck", ...] } }` — the file
 * WeChat/CloudBase read from a function's folder to grant 云调用 (without it: -604101). Which
 * functions get it comes from the registry (`openapiPermissionsOf`), and cloudbaserc.json must
 * list exactly the registry's functions, or the build stops.
 */
import { readFileSync, rmSync, mkdirSync, writeFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { DEPLOYED_FUNCTIONS, openapiPermissionsOf } from '../function-registry';

const ROOT = resolve(__dirname, '..', '..');

interface CloudbaseRc {
  functionRoot: string;
  functions: Array<{ name: string; runtime: string }>;
}

export function readCloudbaseRc(): CloudbaseRc {
  return JSON.parse(readFileSync(join(ROOT, 'cloudbaserc.json'), 'utf8')) as CloudbaseRc;
}

/** Where cloudbaserc.json and the registry disagree (empty when they list the same functions). */
export function registryMismatch(rc: CloudbaseRc): string[] {
  const listed = rc.functions.map((f) => f.name);
  return [
    ...DEPLOYED_FUNCTIONS.filter((n) => !listed.includes(n)).map(
      (n) => `${n} is in the registry but not in cloudbaserc.json`,
    ),
    ...listed
      .filter((n) => !DEPLOYED_FUNCTIONS.includes(n))
      .map((n) => `${n} is in cloudbaserc.json but not in the registry`),
  ];
}

/** The files written beside a function's bundle: package.json, and config.json when it needs 云调用. */
export function deployFilesFor(name: string): Record<string, string> {
  const files: Record<string, string> = {
    'package.json': `${JSON.stringify({ name, version: '1.0.0', private: true, main: 'index.js' }, null, 2)}\n`,
  };
  const openapi = openapiPermissionsOf(name);
  if (openapi.length)
    files['config.json'] = `${JSON.stringify({ permissions: { openapi } }, null, 2)}\n`;
  return files;
}

export async function buildFunctions(
  names?: string[],
  options: { outRoot?: string } = {},
): Promise<Array<{ name: string; bytes: number }>> {
  const rc = readCloudbaseRc();
  const mismatch = registryMismatch(rc);
  if (mismatch.length) throw new Error(mismatch.join('; '));
  const outRoot = options.outRoot ?? join(ROOT, rc.functionRoot);
  const results: Array<{ name: string; bytes: number }> = [];
  for (const fn of rc.functions) {
    if (names && !names.includes(fn.name)) continue;
    const outDir = join(outRoot, fn.name);
    rmSync(outDir, { recursive: true, force: true });
    mkdirSync(outDir, { recursive: true });
    const result = await build({
      entryPoints: [join(ROOT, 'cloudfunctions', fn.name, 'index.ts')],
      outfile: join(outDir, 'index.js'),
      bundle: true,
      platform: 'node',
      target: 'node18',
      format: 'cjs',
      minify: true,
      sourcemap: false,
      legalComments: 'none',
      metafile: true,
      logLevel: 'warning',
      external: ['better-sqlite3'],
    });
    const inputs = Object.keys(result.metafile.inputs);
    const leaked = inputs.filter(
      (p) =>
        p.includes('better-sqlite3') ||
        p.includes('adapters/sqlite') ||
        p.includes('adapters/local/disk'),
    );
    if (leaked.length)
      throw new Error(`${fn.name}: the bundle pulls in local-only code: ${leaked.join(', ')}`);
    for (const [file, text] of Object.entries(deployFilesFor(fn.name)))
      writeFileSync(join(outDir, file), text);
    results.push({ name: fn.name, bytes: statSync(join(outDir, 'index.js')).size });
  }
  return results;
}

if (require.main === module) {
  buildFunctions(process.argv.slice(2).length ? process.argv.slice(2) : undefined)
    .then((rs) => {
      for (const r of rs)
        console.log(
          `${r.name.padEnd(12)} ${(r.bytes / 1024).toFixed(0).padStart(6)} KB  dist/functions/${r.name}/index.js`,
        );
    })
    .catch((e: unknown) => {
      console.error(e instanceof Error ? e.message : e);
      process.exit(1);
    });
}
