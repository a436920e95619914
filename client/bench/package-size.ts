/**
 * Weapp package sizes against WeChat's limit and our budgets, and the ratio to a bare
 * Taro + React + one NutUI component page (bench/baseline) built with the same toolchain in
 * the same run. Usage: `tsx client/bench/package-size.ts [--no-build]` (--no-build reads the
 * existing client/dist/weapp and bench/baseline/dist/weapp). Exits 1 when over budget.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

const CLIENT = resolve(__dirname, '..');
const BASELINE = join(__dirname, 'baseline');
const MB = 1024 * 1024;
const WECHAT_LIMIT = 2 * MB;
const MAIN_BUDGET = 1.0 * MB;
const SUB_BUDGET = 1.5 * MB;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** Source maps and license notes are not uploaded with the mini-program. */
function counts(path: string): boolean {
  return !path.endsWith('.map') && !path.endsWith('.LICENSE.txt');
}

function build(cwd: string): number {
  const started = Date.now();
  execFileSync(
    process.execPath,
    [require.resolve('@tarojs/cli/bin/taro'), 'build', '--type', 'weapp'],
    {
      cwd,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, NODE_ENV: 'production' }, // eslint-disable-line no-restricted-properties -- passes the environment through to the build unchanged
    },
  );
  return Date.now() - started;
}

interface PackageSizes {
  main: number;
  subpackages: Map<string, number>;
}

function measure(outDir: string): PackageSizes {
  const appJson = JSON.parse(readFileSync(join(outDir, 'app.json'), 'utf8')) as {
    subPackages?: { root: string }[];
    subpackages?: { root: string }[];
  };
  const roots = (appJson.subPackages ?? appJson.subpackages ?? []).map((p) =>
    p.root.replace(/\/$/, ''),
  );
  const subpackages = new Map<string, number>(roots.map((r) => [r, 0]));
  let main = 0;
  for (const file of filesUnder(outDir).filter(counts)) {
    const rel = relative(outDir, file).split(sep).join('/');
    const size = statSync(file).size;
    const root = roots.find((r) => rel.startsWith(`${r}/`));
    if (root) subpackages.set(root, (subpackages.get(root) ?? 0) + size);
    else main += size;
  }
  return { main, subpackages };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function main(): number {
  const noBuild = process.argv.includes('--no-build');
  const appOut = join(CLIENT, 'dist/weapp');
  const baseOut = join(BASELINE, 'dist/weapp');
  if (!noBuild || !existsSync(appOut)) console.log(`weapp build: ${build(CLIENT)} ms`);
  if (!noBuild || !existsSync(baseOut)) console.log(`baseline build: ${build(BASELINE)} ms`);

  const app = measure(appOut);
  const base = measure(baseOut);
  let over = false;
  const row = (name: string, bytes: number, budget: number) => {
    const ok = bytes <= budget && bytes <= WECHAT_LIMIT;
    over ||= !ok;
    console.log(
      `${name.padEnd(28)} ${kb(bytes).padStart(10)}  budget ${kb(budget).padStart(9)} (${((bytes / budget) * 100).toFixed(0)}%)  WeChat 2 MB (${((bytes / WECHAT_LIMIT) * 100).toFixed(0)}%)  ${ok ? 'ok' : 'OVER'}`,
    );
  };
  console.log('package-size (weapp, bytes excluding .map / LICENSE files)');
  row('main package', app.main, MAIN_BUDGET);
  for (const [root, bytes] of app.subpackages) row(`  ${root}`, bytes, SUB_BUDGET);
  const total = app.main + [...app.subpackages.values()].reduce((a, b) => a + b, 0);
  console.log(`${'whole app'.padEnd(28)} ${kb(total).padStart(10)}`);
  console.log(
    `${'baseline main package'.padEnd(28)} ${kb(base.main).padStart(10)}  (bare Taro + React + NutUI Button)`,
  );
  console.log(
    `ratio main / baseline: ${(app.main / base.main).toFixed(2)}x; whole app / baseline: ${(total / base.main).toFixed(2)}x`,
  );
  console.log(over ? 'package-size: OVER BUDGET' : 'package-size: within budget');
  return over ? 1 : 0;
}

process.exit(main());
