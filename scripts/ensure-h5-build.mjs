// `npm start` runs this first: builds the h5 app once when client/dist/h5 is missing, so a fresh
// clone serves the real app. Set SKIP_H5_BUILD=1 to start the API alone.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

if (process.env.SKIP_H5_BUILD === '1' || existsSync('client/dist/h5/index.html')) process.exit(0);
console.log('Building the h5 app once (client/dist/h5) …');
const r = spawnSync('npm', ['run', 'build:h5'], { stdio: 'inherit' });
process.exit(r.status ?? 1);
