import { statSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { auditCollection, orgUnitsCollection } from '../platform/runtime/platform-collections';
import {
  EXPORT_TTL_MS,
  HANDOVER_GRACE_MS,
  exportFilesCollection,
  sweepExpiredExports,
} from '../platform/runtime/one-time-exports';
import { createTestPlatform } from '../platform/test-support/test-platform';
import type { TestPlatform } from '../platform/test-support/test-platform';
import { householdsFunction } from './households-function';
import { createCloudbaseFiles } from '../platform/adapters/cloudbase/cloudbase-files';
import { memoryStorage } from '../platform/adapters/cloudbase/test-support/memory-storage';
import { withTimerTask } from '../platform/cloudbase-timer';
import { createFunctionEntry } from '../platform/runtime/run-action';

let t: TestPlatform;
let call: ReturnType<TestPlatform['client']>;
beforeEach(async () => {
  t = await createTestPlatform();
  call = t.client(householdsFunction);
});
afterEach(() => t.cleanup());

type Maker = 'village_cadre' | 'village_cadre_b' | 'city_approver';

async function exportAs(persona: Maker) {
  const r = await call(persona, 'export', {});
  if (!r.ok) throw new Error(`export failed: ${JSON.stringify(r.error)}`);
  const exportId = String(r.data.exportId);
  const doc = await t.store.collection(exportFilesCollection).get(exportId);
  if (!doc) throw new Error('no export record');
  return { exportId, fileId: doc.fileId, data: r.data };
}

async function claim(persona: Maker, exportId: string) {
  const r = await call(persona, 'downloadExport', { exportId });
  if (!r.ok) throw new Error(`claim failed: ${JSON.stringify(r.error)}`);
  return r.data as { fileId: string; url: string; fileName: string; bytes: number };
}

async function villagesIn(bytes: Buffer): Promise<{ rows: number; villages: Set<string> }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = wb.getWorksheet('户情');
  const villages = new Set<string>();
  sheet?.eachRow((row, n) => {
    if (n > 1) villages.add(row.getCell(1).text);
  });
  return { rows: (sheet?.rowCount ?? 1) - 1, villages };
}

const GONE = {
  ok: false,
  error: { code: 'NOT_FOUND', message: expect.stringMatching(/下载过或已过期/) },
};

test('the claim hands over a fresh downloads/ copy once, with no bytes in the answer; finishing deletes it', async () => {
  const { exportId, fileId, data } = await exportAs('city_approver');
  // The export answer names no storage object: only the claim does.
  expect(Object.keys(data).sort()).toEqual([
    'expiresAt',
    'exportId',
    'households',
    'idNumbersMasked',
    'rows',
  ]);
  expect(fileId).toMatch(/^exports\//);
  expect(statSync(join(t.platform.uploadsDir, fileId)).mode & 0o777).toBe(0o600);

  const got = await claim('city_approver', exportId);
  expect(got).not.toHaveProperty('contentBase64');
  expect(got.fileId).toMatch(/^downloads\/\d{4}-\d{2}\/[a-f0-9]{32}\.xlsx$/);
  expect(got.url).toMatch(new RegExp(`^/files/${got.fileId}\\?exp=\\d+&sig=`));
  expect(got.fileName).toMatch(/\.xlsx$/);
  // The original is gone at the claim; the copy holds the whole workbook.
  expect(await t.platform.deps.files.get(fileId)).toBeNull();
  const copy = await t.platform.deps.files.get(got.fileId);
  expect(copy?.bytes.length).toBe(got.bytes);
  expect((await villagesIn(copy?.bytes ?? Buffer.alloc(0))).rows).toBe(Number(data.rows));

  expect(await call('city_approver', 'downloadExport', { exportId })).toMatchObject(GONE);

  expect(await call('city_approver', 'finishExportDownload', { exportId })).toMatchObject({
    ok: true,
    data: { removed: true },
  });
  expect(await t.platform.deps.files.get(got.fileId)).toBeNull();
  // Finishing twice is fine; claiming after it is not.
  expect((await call('city_approver', 'finishExportDownload', { exportId })).ok).toBe(true);
  expect(await call('city_approver', 'downloadExport', { exportId })).toMatchObject(GONE);

  const audits = (await t.store.collection(auditCollection).find({ entity: 'export' })).items;
  // The fixed test clock gives all three the same time: compare them as a set.
  expect(audits.map((a) => [a.entityId, a.to ?? null, a.actorRole]).sort()).toEqual(
    [
      [exportId, null, 'city_approver'],
      [exportId, 'downloaded', 'city_approver'],
      [exportId, 'removed', 'city_approver'],
    ].sort(),
  );
});

test('two cadres exporting get two objects, each only their own village, and neither can claim or finish the other', async () => {
  const a = await exportAs('village_cadre');
  const b = await exportAs('village_cadre_b');
  expect(a.exportId).not.toBe(b.exportId);
  expect(a.fileId).not.toBe(b.fileId);

  for (const [other, mine] of [
    ['village_cadre_b', a],
    ['village_cadre', b],
  ] as const) {
    expect(await call(other, 'downloadExport', { exportId: mine.exportId })).toMatchObject(GONE);
    expect(await call(other, 'finishExportDownload', { exportId: mine.exportId })).toMatchObject(
      GONE,
    );
  }
  const gotA = await claim('village_cadre', a.exportId);
  const gotB = await claim('village_cadre_b', b.exportId);
  expect(gotA.fileId).not.toBe(gotB.fileId);
  const files = t.platform.deps.files;
  const bytesA = (await files.get(gotA.fileId))?.bytes ?? Buffer.alloc(0);
  const bytesB = (await files.get(gotB.fileId))?.bytes ?? Buffer.alloc(0);
  expect(bytesA.equals(bytesB)).toBe(false);

  const units = t.store.collection(orgUnitsCollection);
  const nameA = (await units.get('village-zheqiao-qimou'))?.name;
  const nameB = (await units.get('village-baohan-wangping'))?.name;
  expect([...(await villagesIn(bytesA)).villages]).toEqual([nameA]);
  expect([...(await villagesIn(bytesB)).villages]).toEqual([nameB]);
  // Another user's finish did not touch them; each maker's own does.
  expect(
    await call('village_cadre', 'finishExportDownload', { exportId: b.exportId }),
  ).toMatchObject(GONE);
  expect(await files.get(gotB.fileId)).not.toBeNull();
});

test('another user, even one allowed to export, and an anonymous caller cannot claim it', async () => {
  const { exportId, fileId } = await exportAs('village_cadre');
  for (const other of ['village_cadre_b', 'city_approver'] as const) {
    expect(await call(other, 'downloadExport', { exportId })).toMatchObject(GONE);
  }
  expect(await call(null, 'downloadExport', { exportId })).toMatchObject({
    ok: false,
    error: { code: 'UNAUTHENTICATED' },
  });
  expect(await call('villager', 'downloadExport', { exportId })).toMatchObject({ ok: false });
  // An export not claimed yet cannot be "finished" either.
  expect(await call('village_cadre', 'finishExportDownload', { exportId })).toMatchObject(GONE);
  // Their attempts did not use it up.
  expect(await t.platform.deps.files.get(fileId)).not.toBeNull();
  expect((await call('village_cadre', 'downloadExport', { exportId })).ok).toBe(true);
});

test('an export not claimed within 15 minutes is swept from storage and no longer claims', async () => {
  const { exportId, fileId } = await exportAs('village_cadre');
  const { store, deps } = t.platform;
  t.clock.advance(EXPORT_TTL_MS - 60_000);
  expect(await sweepExpiredExports(store, deps.files, t.clock, deps.logger)).toBe(0);
  expect(await deps.files.get(fileId)).not.toBeNull();
  t.clock.advance(2 * 60_000);
  expect(await call('village_cadre', 'downloadExport', { exportId })).toMatchObject(GONE);
  expect(await sweepExpiredExports(store, deps.files, t.clock, deps.logger)).toBe(1);
  expect(await deps.files.get(fileId)).toBeNull();
});

test('a claimed copy the phone never finished is swept once the handover window is over', async () => {
  const { exportId } = await exportAs('village_cadre');
  const { store, deps } = t.platform;
  t.clock.advance(EXPORT_TTL_MS - 60_000); // claimed late: the window starts at the claim
  const got = await claim('village_cadre', exportId);
  t.clock.advance(HANDOVER_GRACE_MS - 1000);
  expect(await sweepExpiredExports(store, deps.files, t.clock, deps.logger)).toBe(0);
  expect(await deps.files.get(got.fileId)).not.toBeNull();
  t.clock.advance(2000);
  expect(await sweepExpiredExports(store, deps.files, t.clock, deps.logger)).toBe(1);
  expect(await deps.files.get(got.fileId)).toBeNull();
  expect(await call('village_cadre', 'downloadExport', { exportId })).toMatchObject(GONE);
});

test('the next export sweeps expired ones itself', async () => {
  const old = await exportAs('village_cadre');
  t.clock.advance(EXPORT_TTL_MS + 1);
  await exportAs('village_cadre');
  expect(await t.platform.deps.files.get(old.fileId)).toBeNull();
});

test('on CloudBase storage the claim copies to a new downloads/ object and deleteFile removes both', async () => {
  const storage = memoryStorage();
  t.platform.deps.files = createCloudbaseFiles({ client: storage });
  call = t.client(householdsFunction);
  const a = await exportAs('village_cadre');
  const b = await exportAs('village_cadre_b');
  expect(a.fileId).toMatch(/^cloud:\/\/.*\/exports\/\d{4}-\d{2}\/[a-f0-9]{32}\.xlsx$/);
  expect(storage.paths()).toHaveLength(2);

  const got = await claim('village_cadre', a.exportId);
  expect(got.fileId).toMatch(/^cloud:\/\/.*\/downloads\/\d{4}-\d{2}\/[a-f0-9]{32}\.xlsx$/);
  expect(storage.blobs.has(a.fileId)).toBe(false);
  expect(storage.blobs.get(got.fileId)?.subarray(0, 2).toString()).toBe('PK');
  // The link is a signed temporary URL of that copy (what an h5 client on CloudBase would use).
  expect(storage.fetch(got.url, Date.now())?.subarray(0, 2).toString()).toBe('PK');
  expect((await call('village_cadre', 'finishExportDownload', { exportId: a.exportId })).ok).toBe(
    true,
  );
  expect(storage.blobs.has(got.fileId)).toBe(false);
  // The other cadre's export is untouched and still theirs alone.
  expect(storage.blobs.has(b.fileId)).toBe(true);

  const late = await claim('village_cadre_b', b.exportId);
  t.clock.advance(HANDOVER_GRACE_MS + 1);
  const { store, deps } = t.platform;
  expect(await sweepExpiredExports(store, deps.files, t.clock, deps.logger)).toBe(1);
  expect(storage.paths()).toEqual([]);
  expect(storage.blobs.has(late.fileId)).toBe(false);
});

test("the households function's timer event sweeps; a call dressed as a timer event does not", async () => {
  const { exportId, fileId } = await exportAs('village_cadre');
  t.clock.advance(EXPORT_TTL_MS + 1);
  const deps = () => t.platform.deps;
  const { sweepExpiredExports: sweep } = await import('../platform/runtime/one-time-exports');
  const main = withTimerTask(
    createFunctionEntry(householdsFunction, t.platform.deps),
    deps,
    async (d) => ({
      exportsRemoved: await sweep(d.store, d.files, d.clock, d.logger),
    }),
  );
  const timer = {
    Type: 'Timer',
    TriggerName: 'sweep-exports',
    Time: '2026-11-28T02:20:00Z',
    Message: '',
  };
  const asCaller = {
    environment: JSON.stringify({ WX_OPENID: 'oUserOpenid123456', WX_APPID: 'wx1' }),
  };
  expect(await main(timer, asCaller)).toMatchObject({
    ok: false,
    error: { code: 'VALIDATION_FAILED' },
  });
  expect(await t.platform.deps.files.get(fileId)).not.toBeNull();
  expect(await main(timer, { environment: '{}' })).toEqual({
    ok: true,
    data: { exportsRemoved: 1 },
  });
  expect(await t.platform.deps.files.get(fileId)).toBeNull();
  expect((await t.store.collection(exportFilesCollection).get(exportId))?.removedAt).not.toBeNull();
});
