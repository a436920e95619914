import { IMMUTABLE, REVALIDATE, staticCacheControl } from './static-cache-policy';

test.each([
  ['/srv/h5/js/app.dcd305d6.js', IMMUTABLE],
  ['/srv/h5/js/4113.f2e27b01.js.br', IMMUTABLE],
  ['/srv/h5/css/app.37de145059d34c03cbe2.css.gz', IMMUTABLE],
  ['/srv/h5/static/images/tab-home.5f3a9c21.png', IMMUTABLE],
  ['/srv/h5/index.html', REVALIDATE],
  ['/srv/h5/index.html.br', REVALIDATE],
  ['/srv/h5/sw.js', REVALIDATE],
  ['/srv/h5/js/4113.f2e27b01.js.LICENSE.txt', REVALIDATE],
  ['/srv/h5/favicon.ico', REVALIDATE],
  ['/srv/h5/js/app.dead.js', REVALIDATE],
])('%s is served with %s', (path, expected) => {
  expect(staticCacheControl(path)).toBe(expected);
});
