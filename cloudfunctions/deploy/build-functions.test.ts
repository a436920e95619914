import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEPLOYED_FUNCTIONS, FUNCTIONS, openapiPermissionsOf } from '../function-registry';
import {
  buildFunctions,
  deployFilesFor,
  readCloudbaseRc,
  registryMismatch,
} from './build-functions';

jest.setTimeout(120_000);

const CONTENT_CHECK_CONFIG = {
  permissions: { openapi: ['security.msgSecCheck', 'security.mediaCheckAsync'] },
};

test('cloudbaserc.json lists exactly the functions of the registry (the push function included)', () => {
  expect(registryMismatch(readCloudbaseRc())).toEqual([]);
  expect(
    readCloudbaseRc()
      .functions.map((f) => f.name)
      .sort(),
  ).toEqual([...DEPLOYED_FUNCTIONS].sort());
  expect(DEPLOYED_FUNCTIONS).toContain('mediaCheck');
});

test('a mismatch between cloudbaserc.json and the registry is named', () => {
  const rc = readCloudbaseRc();
  const broken = {
    ...rc,
    functions: [
      ...rc.functions.filter((f) => f.name !== 'feedback'),
      { name: 'payments', runtime: 'Nodejs18.15' },
    ],
  };
  expect(registryMismatch(broken)).toEqual([
    'feedback is in the registry but not in cloudbaserc.json',
    'payments is in cloudbaserc.json but not in the registry',
  ]);
});

test('exactly the functions that declare a content scene are deployed with the cloud-call permissions', () => {
  const withPermission = DEPLOYED_FUNCTIONS.filter(
    (n) => openapiPermissionsOf(n).length > 0 && n !== 'notifyDispatch',
  );
  expect(withPermission.sort()).toEqual(
    Object.entries(FUNCTIONS)
      .filter(([, def]) => def.contentScene !== undefined)
      .map(([name]) => name)
      .sort(),
  );
  expect(withPermission.sort()).toEqual(['claims', 'exhibits', 'feedback', 'risk']);
  for (const name of DEPLOYED_FUNCTIONS.filter((n) => n !== 'notifyDispatch')) {
    const files = deployFilesFor(name);
    if (withPermission.includes(name)) {
      expect(JSON.parse(files['config.json'] ?? '')).toEqual(CONTENT_CHECK_CONFIG);
    } else {
      expect(files['config.json']).toBeUndefined();
    }
  }
});

test('the notification dispatcher, and only it, is deployed with subscribeMessage.send', () => {
  expect(
    DEPLOYED_FUNCTIONS.filter((n) => openapiPermissionsOf(n).includes('subscribeMessage.send')),
  ).toEqual(['notifyDispatch']);
  expect(JSON.parse(deployFilesFor('notifyDispatch')['config.json'] ?? '')).toEqual({
    permissions: { openapi: ['subscribeMessage.send'] },
  });
});

test('the build writes config.json beside the bundle of a function that needs 云调用, and none elsewhere', async () => {
  const outRoot = mkdtempSync(join(tmpdir(), 'psv-build-'));
  try {
    const built = await buildFunctions(['feedback', 'policies', 'mediaCheck'], { outRoot });
    expect(built.map((b) => b.name).sort()).toEqual(['feedback', 'mediaCheck', 'policies']);
    expect(readdirSync(join(outRoot, 'feedback')).sort()).toEqual([
      'config.json',
      'index.js',
      'package.json',
    ]);
    expect(JSON.parse(readFileSync(join(outRoot, 'feedback', 'config.json'), 'utf8'))).toEqual(
      CONTENT_CHECK_CONFIG,
    );
    expect(existsSync(join(outRoot, 'policies', 'config.json'))).toBe(false);
    expect(existsSync(join(outRoot, 'mediaCheck', 'config.json'))).toBe(false);
    const mediaCheck = (await import(join(outRoot, 'mediaCheck', 'index.js'))) as {
      main?: unknown;
    };
    expect(typeof mediaCheck.main).toBe('function');
  } finally {
    rmSync(outRoot, { recursive: true, force: true });
  }
});
