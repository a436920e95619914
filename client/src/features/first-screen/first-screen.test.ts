import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FEATURES, featurePath } from '../catalogue/feature-catalogue';
import { FIRST_SCREEN_ID } from './dismiss-first-screen';

const html = readFileSync(join(__dirname, '..', '..', 'index.html'), 'utf8');

function firstScreen(): HTMLElement {
  document.documentElement.innerHTML = html.replace(/<%[\s\S]*?%>/g, '');
  const el = document.getElementById(FIRST_SCREEN_ID);
  if (!el) throw new Error('index.html has no first screen');
  return el;
}

test('index.html paints the app name, the 正在打开 line and every home tile as a link to its page', () => {
  const el = firstScreen();
  expect(el.textContent).toContain('掌上智慧村');
  expect(el.textContent).toContain('正在打开');
  const links = [...el.querySelectorAll('a')].map((a) => ({
    feature: a.dataset.firstTile,
    title: a.querySelector('b')?.textContent,
    href: a.getAttribute('href'),
  }));
  // The same tiles, titles and pages as the React home page (hash router: #/<page path>).
  expect(links).toEqual(
    FEATURES.map((f) => ({ feature: f.key, title: f.title, href: `#${featurePath(f.key)}` })),
  );
});

test('the first screen sits outside the React root, which React clears when it mounts', () => {
  const el = firstScreen();
  expect(el.closest('#app')).toBeNull();
  expect(document.getElementById('app')).not.toBeNull();
});
