/**
 * Parses every `.js` under a build folder (default client/dist/weapp) as ECMAScript 2015 with
 * acorn, and lists `file:line:column` of each file that does not parse. project.config.json turns
 * WeChat's own ES6 transform off, so the weapp output must already be ES2015: older phones'
 * engines fail on `?.`, `??`, object spread or class fields and show a blank app.
 * Usage: `tsx scripts/check-es2015.ts [dir]`. Exits 1 when a file fails (or none is found).
 * acorn stops at a file's first error, so each failing file is listed once.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parse } from 'acorn';

export interface SyntaxFailure {
  file: string;
  line: number;
  /** 1-based, as editors count. */
  column: number;
  message: string;
  /** The source around the failure, for minified one-line files. */
  excerpt: string;
}

function jsFilesUnder(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return jsFilesUnder(path);
      return name.endsWith('.js') ? [path] : [];
    });
}

function isAcornError(e: unknown): e is SyntaxError & { loc: { line: number; column: number } } {
  return e instanceof SyntaxError && typeof (e as { loc?: unknown }).loc === 'object';
}

/** The failure when `code` is not an ES2015 script, else null. */
export function checkSource(code: string, file: string): SyntaxFailure | null {
  try {
    parse(code, { ecmaVersion: 2015, sourceType: 'script', allowHashBang: false });
    return null;
  } catch (e) {
    if (!isAcornError(e)) throw e;
    const { line, column } = e.loc; // acorn's column is 0-based
    const lineText = code.split('\n')[line - 1] ?? '';
    const excerpt = lineText.slice(Math.max(0, column - 30), column + 30);
    const message = e.message.replace(/\(\d+:\d+\)$/, '').trim();
    return { file, line, column: column + 1, message, excerpt };
  }
}

export interface CheckResult {
  files: number;
  failures: SyntaxFailure[];
}

/** Checks every `.js` under `dir`; file names in the result are relative to `dir`. */
export function checkDir(dir: string): CheckResult {
  const files = jsFilesUnder(dir);
  const failures = files.flatMap((path) => {
    const failure = checkSource(readFileSync(path, 'utf8'), relative(dir, path));
    return failure ? [failure] : [];
  });
  return { files: files.length, failures };
}

function main(): number {
  const dir = resolve(process.argv[2] ?? join(__dirname, '../client/dist/weapp'));
  const { files, failures } = checkDir(dir);
  if (files === 0) {
    console.error(`check-es2015: no .js files under ${dir} (run npm run build:weapp first)`);
    return 1;
  }
  for (const f of failures) {
    console.error(`${f.file}:${f.line}:${f.column}: ${f.message}: …${f.excerpt}…`);
  }
  if (failures.length > 0) {
    console.error(`check-es2015: ${failures.length} of ${files} files are not ES2015 (${dir})`);
    return 1;
  }
  console.log(`check-es2015: ${files} files parse as ES2015 (${dir})`);
  return 0;
}

if (require.main === module) process.exit(main());
