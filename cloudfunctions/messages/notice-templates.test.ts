import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { MESSAGE_TEMPLATES } from '../../shared/src/messages/message-text';

/** Every `.ts` source file (not tests) under the functions folder. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : sources(path);
    return name.endsWith('.ts') && !name.endsWith('.test.ts') ? [path] : [];
  });
}

test('every fixed notice template the backend writes has its own 消息 sentence', () => {
  const written = new Set<string>();
  for (const file of sources(join(__dirname, '..'))) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/(?:template|refusedTemplate): '([a-z]+\.[A-Za-z_]+)'/g))
      if (m[1]) written.add(m[1]);
  }
  expect(written.size).toBeGreaterThan(10);
  const missing = [...written].filter((t) => !(t in MESSAGE_TEMPLATES));
  expect(missing).toEqual([]);
});
