import { statSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { auditCollection } from '../platform/runtime/platform-collections';
import { EXPORT_TTL_MS, sweepExpiredExports } from '../platform/runtime/one-time-exports';
import { createTestPlatform } from '../platform/test-support/test-platform';
import type { TestPlatform } from '../platform/test-support/test-platform';
import { householdsFunction } from './households-function';
import { createCloudbaseFiles } from '../platform/adapters/cloudbase/cloudbase-files';
import { memoryStorage } from '../platform/adapters/cloudbase/test-support/memory-storage';

let t: TestPlatform;
let call: ReturnType<TestPlatform['client']>;
beforeEach(async () => {
  t = await createTestPlatform();
  call = t.client(householdsFunction);
});
afterEach(() => t.cleanup());

async function exportAs(persona: 'village_cadre' | 'city_approver') {
  const r = await call(persona, 'export', {});
  if (!r.ok) throw new Error(`export failed: ${JSON.stringify(r.error)}`);
  return { exportId: String(r.data.exportId), fileId: String(r.data.fileId), data: r.data };
}

test('an export is downloaded once by its maker; the second download is refused and the file is gone', async () => {
  const { exportId, fileId, data } = await exportAs('city_approver');
  expect(data).not.toHaveProperty('url');
  // Written for the gateway's user only.
  expect(statSync(join(t.platform.uploadsDir, fileId)).mode & 0o777).toBe(0o600);

  const first = await call('city_approver', 'downloadExport', { exportId });
  expect(first).toMatchObject({ ok: true, data: { fileName: expect.stringMatching(/\.xlsx$/) } });
  if (!first.ok) return;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(
    Buffer.from(String(first.data.contentBase64), 'base64') as unknown as ArrayBuffer,
  );
  expect(wb.getWorksheet('户情')?.rowCount).toBe(Number(data.rows) + 1);

  expect(await t.platform.deps.files.get(fileId)).toBeNull();
  const again = await call('city_approver', 'downloadExport', { exportId });
  expect(again).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });

  const audits = (await t.store.collection(auditCollection).find({ entity: 'export' })).items;
  expect(audits.map((a) => [a.entityId, a.to ?? null, a.actorRole])).toEqual(
    expect.arrayContaining([
      [exportId, null, 'city_approver'],
      [exportId, 'downloaded', 'city_approver'],
    ]),
  );
});

test('another user, even one allowed to export, and an anonymous caller cannot download it', async () => {
  const { exportId, fileId } = await exportAs('village_cadre');
  for (const other of ['village_cadre_b', 'city_approver'] as const) {
    expect(await call(other, 'downloadExport', { exportId })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  }
  expect(await call(null, 'downloadExport', { exportId })).toMatchObject({
    ok: false,
    error: { code: 'UNAUTHENTICATED' },
  });
  expect(await call('villager', 'downloadExport', { exportId })).toMatchObject({ ok: false });
  // Their attempts did not use it up.
  expect(await t.platform.deps.files.get(fileId)).not.toBeNull();
  expect(await call('village_cadre', 'downloadExport', { exportId })).toMatchObject({ ok: true });
});

test('an export not downloaded within 15 minutes is swept from storage and no longer downloads', async () => {
  const { exportId, fileId } = await exportAs('village_cadre');
  const { store, deps } = t.platform;
  t.clock.advance(EXPORT_TTL_MS - 60_000);
  expect(await sweepExpiredExports(store, deps.files, t.clock, deps.logger)).toBe(0);
  expect(await deps.files.get(fileId)).not.toBeNull();
  t.clock.advance(2 * 60_000);
  expect(await sweepExpiredExports(store, deps.files, t.clock, deps.logger)).toBe(1);
  expect(await deps.files.get(fileId)).toBeNull();
  expect(await call('village_cadre', 'downloadExport', { exportId })).toMatchObject({
    ok: false,
    error: { code: 'NOT_FOUND' },
  });
});

test('the next export sweeps expired ones itself (CloudBase has no gateway timer)', async () => {
  const old = await exportAs('village_cadre');
  t.clock.advance(EXPORT_TTL_MS + 1);
  await exportAs('village_cadre');
  expect(await t.platform.deps.files.get(old.fileId)).toBeNull();
});

test('on CloudBase storage the download hands over the bytes and deleteFile removes the object', async () => {
  const storage = memoryStorage();
  t.platform.deps.files = createCloudbaseFiles({ client: storage });
  call = t.client(householdsFunction);
  const { exportId, fileId } = await exportAs('village_cadre');
  expect(fileId).toMatch(/^cloud:\/\/.*\/exports\/\d{4}-\d{2}\/[a-f0-9]{32}\.xlsx$/);
  expect(storage.blobs.has(fileId)).toBe(true);
  const got = await call('village_cadre', 'downloadExport', { exportId });
  expect(
    got.ok && Buffer.from(String(got.data.contentBase64), 'base64').subarray(0, 2).toString(),
  ).toBe('PK');
  expect(storage.blobs.has(fileId)).toBe(false);

  const unused = await exportAs('village_cadre');
  t.clock.advance(EXPORT_TTL_MS + 1);
  const { store, deps } = t.platform;
  expect(await sweepExpiredExports(store, deps.files, t.clock, deps.logger)).toBe(1);
  expect(storage.blobs.has(unused.fileId)).toBe(false);
});

test('on CloudBase storage two cadres exporting get two different objects, each only their own', async () => {
  const storage = memoryStorage();
  t.platform.deps.files = createCloudbaseFiles({ client: storage });
  call = t.client(householdsFunction);
  const village = await exportAs('village_cadre');
  const city = await exportAs('city_approver');
  expect(village.fileId).not.toBe(city.fileId);
  expect(storage.paths()).toHaveLength(2);
  expect(await call('village_cadre', 'downloadExport', { exportId: city.exportId })).toMatchObject({
    ok: false,
    error: { code: 'NOT_FOUND' },
  });
  const own = await call('city_approver', 'downloadExport', { exportId: city.exportId });
  expect(own.ok).toBe(true);
  // The village cadre's export is untouched by the other download and still there for them.
  expect(storage.blobs.has(village.fileId)).toBe(true);
  expect((await call('village_cadre', 'downloadExport', { exportId: village.exportId })).ok).toBe(
    true,
  );
});
