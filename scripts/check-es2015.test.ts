import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkDir, checkSource } from './check-es2015';

const ES2015 = [
  '"use strict";',
  'const f = (a, b = 1) => `${a}${b}`;',
  'class A extends Object { constructor() { super(); this.x = 1; } get y() { return 2; } }',
  'let { p, q: [r] } = { p: 1, q: [2] };',
  'function* g() { yield* [1, 2]; }',
  'for (const v of new Set([1])) f(v, ...[2]);',
].join('\n');

describe('check-es2015', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'check-es2015-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('accepts ES2015 syntax', () => {
    expect(checkSource(ES2015, 'ok.js')).toBeNull();
  });

  it('reports the line and column of optional chaining', () => {
    const failure = checkSource('var a = {};\nvar b = a?.c;', 'page.js');
    expect(failure).toMatchObject({ file: 'page.js', line: 2, column: 11 });
    expect(failure?.excerpt).toContain('a?.c');
  });

  it.each([
    ['nullish coalescing', 'var a = null ?? 1;'],
    ['object spread', 'var a = { ...{ b: 1 } };'],
    ['class fields', 'class A { x = 1; }'],
    ['async functions', 'async function f() { await 1; }'],
    ['exponentiation', 'var a = 2 ** 3;'],
    ['optional catch binding', 'try { f(); } catch { }'],
  ])('rejects %s', (_name, code) => {
    expect(checkSource(code, 'x.js')).not.toBeNull();
  });

  it('checks every .js in nested folders and names the failing files', () => {
    mkdirSync(join(dir, 'packages/risk/sub-common'), { recursive: true });
    writeFileSync(join(dir, 'app.js'), ES2015);
    writeFileSync(join(dir, 'packages/risk/sub-common/a.js'), 'var x = y?.z;');
    writeFileSync(join(dir, 'packages/risk/sub-common/b.js'), 'var x = y ?? z;');
    writeFileSync(join(dir, 'app.json'), '{}');
    const result = checkDir(dir);
    expect(result.files).toBe(3);
    expect(result.failures.map((f) => f.file)).toEqual([
      join('packages/risk/sub-common/a.js'),
      join('packages/risk/sub-common/b.js'),
    ]);
  });

  it('exits non-zero with file:line:column when a file fails, zero when all parse', () => {
    const run = () =>
      spawnSync(
        process.execPath,
        [require.resolve('tsx/cli'), join(__dirname, 'check-es2015.ts'), dir],
        {
          encoding: 'utf8',
        },
      );
    writeFileSync(join(dir, 'common.js'), ES2015);
    const ok = run();
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain('1 files parse as ES2015');

    writeFileSync(join(dir, 'vendors.js'), 'var a = 1;\nvar b = a?.c;');
    const bad = run();
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('vendors.js:2:11: Unexpected token: …var b = a?.c;…');
    expect(bad.stderr).toContain('1 of 2 files are not ES2015');
  });

  it('fails when the folder holds no .js (a build that produced nothing)', () => {
    expect(checkDir(dir)).toEqual({ files: 0, failures: [] });
    const r = spawnSync(
      process.execPath,
      [require.resolve('tsx/cli'), join(__dirname, 'check-es2015.ts'), dir],
      {
        encoding: 'utf8',
      },
    );
    expect(r.status).toBe(1);
  });
});
