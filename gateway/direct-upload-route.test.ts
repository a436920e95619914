import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { demoImagePng } from '../cloudfunctions/exhibits/seed/demo-image';
import { createDiskFiles } from '../cloudfunctions/platform/adapters/local/disk-files';
import type { GatewayProcess } from './test-support/gateway-process';
import { devLogin, postJson, startGatewayProcess } from './test-support/gateway-process';

let gw: GatewayProcess;
let token: string;
beforeAll(async () => {
  gw = await startGatewayProcess();
  token = await devLogin(gw.url, 'villager');
}, 40_000);
afterAll(async () => {
  await gw.stop();
});

interface Ticket {
  ticketId: string;
  cloudPath: string;
  localUploadUrl: string;
  maxBytes: number;
}

async function start(fn: 'exhibits' | 'risk', kind?: 'photo' | 'list-copy'): Promise<Ticket> {
  const r = await postJson(
    `${gw.url}/api/${fn}`,
    { action: 'startUpload', payload: kind ? { kind } : {} },
    token,
  );
  if (!r.body.data) throw new Error(r.text);
  return r.body.data as unknown as Ticket;
}

/** What the h5 client sends: multipart with one field `file`, the session token in the header. */
async function post(url: string, bytes: Buffer, as: string | null = token, field = 'file') {
  const form = new FormData();
  form.append(field, new Blob([bytes], { type: 'image/png' }), 'photo.png');
  const r = await fetch(`${gw.url}${url}`, {
    method: 'POST',
    body: form,
    headers: as ? { authorization: `Bearer ${as}` } : {},
  });
  return {
    status: r.status,
    body: (await r.json()) as {
      ok: boolean;
      data?: unknown;
      error?: { code: string; message: string };
    },
  };
}

const objectsUnder = (feature: string) => {
  const dir = join(gw.dataDir, 'uploads', feature);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.bin'))
    .map((e) => e.name);
};

test('an h5 photo goes up as multipart to the issued path and is taken by uploadImage', async () => {
  const ticket = await start('exhibits');
  const up = await post(ticket.localUploadUrl, demoImagePng(4, 40, 30));
  expect(up).toMatchObject({ status: 200, body: { ok: true, data: { fileId: ticket.cloudPath } } });
  const done = await postJson(
    `${gw.url}/api/exhibits`,
    {
      action: 'uploadImage',
      payload: { photo: { ticketId: ticket.ticketId, fileId: ticket.cloudPath } },
    },
    token,
  );
  expect(done.status).toBe(200);
  expect(String(done.body.data?.fileId)).toMatch(/^exhibits\/.*\.png$/);
  expect(objectsUnder('exhibits')).not.toContain(ticket.cloudPath.split('/').pop());
});

test('refused: no signature, a bad one, another path, someone else, no login', async () => {
  const ticket = await start('risk');
  const [path, query] = ticket.localUploadUrl.split('?') as [string, string];
  const png = demoImagePng(4, 40, 30);
  expect(await post(path, png)).toMatchObject({
    status: 403,
    body: { error: { code: 'FORBIDDEN' } },
  });
  const badSig = `${path}?${query.replace(/sig=[^&]+/, 'sig=AAAA')}`;
  expect((await post(badSig, png)).status).toBe(403);
  const bigger = `${path}?${query.replace(/max=\d+/, 'max=99999999')}`;
  expect((await post(bigger, png)).status).toBe(403);
  const other = await start('risk');
  const otherPath = other.localUploadUrl.split('?')[0] ?? '';
  expect((await post(`${otherPath}?${query}`, png)).status).toBe(403);
  const traversal = `/api/uploads/risk/../../local-secrets.json?${query}`;
  expect([403, 404]).toContain((await post(traversal, png)).status);
  const someoneElse = await devLogin(gw.url, 'villager_b');
  expect((await post(ticket.localUploadUrl, png, someoneElse)).status).toBe(403);
  expect((await post(ticket.localUploadUrl, png, null)).status).toBe(401);
  expect(objectsUnder('risk')).toEqual([]);
});

test('refused: an expired link (signed by the gateway, past its expiry), and one whose expiry was moved', async () => {
  // A link the gateway's own disk adapter signed, for this villager, that expired a moment ago.
  const secrets = JSON.parse(readFileSync(join(gw.dataDir, 'local-secrets.json'), 'utf8')) as {
    tokenSecret: string;
  };
  const files = createDiskFiles(
    join(gw.dataDir, 'uploads'),
    Buffer.from(secrets.tokenSecret, 'base64'),
  );
  const login = await postJson(`${gw.url}/api/auth/dev-login`, { persona: 'villager' });
  const owner = String(login.body.data?.userId);
  const stale = await files.reserve({
    feature: 'risk',
    owner,
    purpose: 'photo',
    maxBytes: 1000,
    ttlMs: 1,
  });
  await new Promise((r) => setTimeout(r, 20));
  expect(await post(stale.uploadUrl ?? '', demoImagePng(4, 8, 8))).toMatchObject({
    status: 403,
    body: { error: { code: 'FORBIDDEN', message: '上传时间过了，请重新选择照片。' } },
  });
  const ticket = await start('risk');
  const past = ticket.localUploadUrl.replace(/exp=\d+/, `exp=${Date.now() - 1000}`);
  expect((await post(past, demoImagePng(4, 40, 30))).status).toBe(403);
});

test('refused: bigger than the ticket allows, stopped while streaming, nothing kept', async () => {
  const ticket = await start('exhibits', 'list-copy');
  expect(ticket.maxBytes).toBe(300 * 1024);
  const big = Buffer.concat([demoImagePng(4, 40, 30), Buffer.alloc(ticket.maxBytes)]);
  const r = await post(ticket.localUploadUrl, big);
  expect(r).toMatchObject({ status: 400, body: { error: { code: 'VALIDATION_FAILED' } } });
  expect(r.body.error?.message).toContain('太大');
  expect(objectsUnder('exhibits')).not.toContain(ticket.cloudPath.split('/').pop());
  // Exactly the limit is fine.
  const exact = Buffer.concat([demoImagePng(4, 40, 30)]);
  const fit = Buffer.concat([exact, Buffer.alloc(ticket.maxBytes - exact.length)]);
  expect((await post(ticket.localUploadUrl, fit)).status).toBe(200);
});

test('refused: a second write to the same path, and a part that is not `file`', async () => {
  const ticket = await start('risk');
  expect((await post(ticket.localUploadUrl, demoImagePng(4, 40, 30))).status).toBe(200);
  expect(await post(ticket.localUploadUrl, demoImagePng(5, 40, 30))).toMatchObject({
    status: 409,
    body: { error: { code: 'CONFLICT' } },
  });
  const other = await start('risk');
  expect((await post(other.localUploadUrl, demoImagePng(4, 40, 30), token, 'photo')).status).toBe(
    400,
  );
});

test('a photo as base64 inside a call is refused: the call routes have no room for it', async () => {
  const base64 = demoImagePng(6, 400, 300, 6).toString('base64').padEnd(300_000, 'A');
  for (const [fn, action] of [
    ['exhibits', 'uploadImage'],
    ['risk', 'uploadPhoto'],
  ] as const) {
    const r = await postJson(
      `${gw.url}/api/${fn}`,
      { action, payload: { dataBase64: base64 } },
      token,
    );
    expect(r.status).toBe(400);
    expect(r.body.error).toMatchObject({
      code: 'VALIDATION_FAILED',
      message: '提交的内容太大了，请减少图片或文字后再试。',
    });
  }
  // A small one is refused by the contract: there is no such field any more.
  const small = await postJson(
    `${gw.url}/api/risk`,
    { action: 'uploadPhoto', payload: { dataBase64: demoImagePng(6, 8, 8).toString('base64') } },
    token,
  );
  expect(small.status).toBe(400);
});

describe('chunked, resumable uploads (issue 16: a 2G photo finishes)', () => {
  const CHUNK = 32 * 1024;
  const put = async (url: string, offset: number, total: number, bytes: Buffer, as = token) => {
    const r = await fetch(`${gw.url}${url}&offset=${offset}&total=${total}`, {
      method: 'PUT',
      body: bytes,
      headers: { 'content-type': 'application/octet-stream', authorization: `Bearer ${as}` },
    });
    return {
      status: r.status,
      body: (await r.json()) as {
        ok: boolean;
        data?: { received: number; complete: boolean; fileId?: string };
        error?: { code: string };
      },
    };
  };
  const status = async (url: string, as = token) => {
    const r = await fetch(`${gw.url}${url}`, { headers: { authorization: `Bearer ${as}` } });
    return { status: r.status, body: (await r.json()) as { data?: { received: number } } };
  };
  /** A photo-sized grainy PNG (the check wants a whole image, nothing after it). */
  const photo = () => demoImagePng(9, 800, 400, 60);

  test('chunks go up, a broken connection resumes from what the server holds, uploadImage takes it', async () => {
    const ticket = await start('exhibits');
    const bytes = photo();
    expect(bytes.length).toBeGreaterThan(3 * CHUNK);
    expect(await status(ticket.localUploadUrl)).toMatchObject({
      status: 200,
      body: { data: { received: 0, complete: false } },
    });
    expect(
      (await put(ticket.localUploadUrl, 0, bytes.length, bytes.subarray(0, CHUNK))).body,
    ).toMatchObject({ ok: true, data: { received: CHUNK, complete: false } });
    // The connection broke mid-chunk: the socket is cut after half of the second chunk.
    const half = bytes.subarray(CHUNK, CHUNK + CHUNK / 2);
    await fetch(`${gw.url}${ticket.localUploadUrl}&offset=${CHUNK}&total=${bytes.length}`, {
      method: 'PUT',
      body: new ReadableStream({
        start(c) {
          c.enqueue(half);
          c.error(new Error('link dropped'));
        },
      }),
      duplex: 'half',
      headers: {
        'content-type': 'application/octet-stream',
        'content-length': String(CHUNK),
        authorization: `Bearer ${token}`,
      },
    }).catch(() => null);
    // Nothing of a broken chunk is kept: the phone asks and resumes at the first chunk's end.
    const held = await status(ticket.localUploadUrl);
    expect(held.body.data?.received).toBe(CHUNK);
    // A chunk at the wrong offset is refused with CONFLICT (the phone asks again).
    expect(
      (await put(ticket.localUploadUrl, 0, bytes.length, bytes.subarray(0, CHUNK))).status,
    ).toBe(409);
    let offset = CHUNK;
    let last = null as Awaited<ReturnType<typeof put>> | null;
    while (offset < bytes.length) {
      last = await put(
        ticket.localUploadUrl,
        offset,
        bytes.length,
        bytes.subarray(offset, offset + CHUNK),
      );
      expect(last.status).toBe(200);
      offset += CHUNK;
    }
    expect(last?.body.data).toEqual({
      received: bytes.length,
      complete: true,
      fileId: ticket.cloudPath,
    });
    // Written once: a repeated last chunk is a CONFLICT, and the status says complete.
    expect(
      (await put(ticket.localUploadUrl, 0, bytes.length, bytes.subarray(0, CHUNK))).status,
    ).toBe(409);
    expect((await status(ticket.localUploadUrl)).body.data).toMatchObject({ complete: true });
    const done = await postJson(
      `${gw.url}/api/exhibits`,
      {
        action: 'uploadImage',
        payload: { photo: { ticketId: ticket.ticketId, fileId: ticket.cloudPath } },
      },
      token,
    );
    expect(done.status).toBe(200);
    expect(done.body.data?.bytes).toBe(bytes.length);
  });

  test('two PUTs of the same chunk at once (a slow 2G PUT re-sent): one is appended, the file is the photo', async () => {
    const ticket = await start('exhibits');
    const bytes = photo();
    const total = bytes.length;
    const first = bytes.subarray(0, CHUNK);
    const both = await Promise.all([
      put(ticket.localUploadUrl, 0, total, first),
      put(ticket.localUploadUrl, 0, total, first),
    ]);
    expect(both.map((r) => r.status).sort()).toEqual([200, 409]);
    expect((await status(ticket.localUploadUrl)).body.data?.received).toBe(CHUNK);
    // The last chunk sent twice at once: one finishes the file, the other is refused.
    let offset = CHUNK;
    while (offset + CHUNK < total) {
      expect(
        (await put(ticket.localUploadUrl, offset, total, bytes.subarray(offset, offset + CHUNK)))
          .status,
      ).toBe(200);
      offset += CHUNK;
    }
    const tail = bytes.subarray(offset);
    const ends = await Promise.all([
      put(ticket.localUploadUrl, offset, total, tail),
      put(ticket.localUploadUrl, offset, total, tail),
    ]);
    expect(ends.map((r) => r.status).sort()).toEqual([200, 409]);
    const stored = join(gw.dataDir, 'uploads', ticket.cloudPath);
    expect(readFileSync(stored).equals(bytes)).toBe(true);
    expect(existsSync(`${stored}.type`)).toBe(true);
    expect(existsSync(`${stored}.meta`)).toBe(true);
    expect(existsSync(`${stored}.part`)).toBe(false);
  });

  test('refused: someone else, no login, an expired or altered link, a total over the grant, a chunk over the cap', async () => {
    const ticket = await start('risk');
    const bytes = photo();
    const someoneElse = await devLogin(gw.url, 'villager_b');
    expect(
      (await put(ticket.localUploadUrl, 0, bytes.length, bytes.subarray(0, 100), someoneElse))
        .status,
    ).toBe(403);
    expect((await status(ticket.localUploadUrl, someoneElse)).status).toBe(403);
    const anonymous = await fetch(`${gw.url}${ticket.localUploadUrl}&offset=0&total=10`, {
      method: 'PUT',
      body: Buffer.alloc(10),
      headers: { 'content-type': 'application/octet-stream' },
    });
    expect(anonymous.status).toBe(401);
    const past = ticket.localUploadUrl.replace(/exp=\d+/, `exp=${Date.now() - 1000}`);
    expect((await put(past, 0, bytes.length, bytes.subarray(0, 100))).status).toBe(403);
    const bigger = ticket.localUploadUrl.replace(/max=\d+/, 'max=99999999');
    expect((await put(bigger, 0, bytes.length, bytes.subarray(0, 100))).status).toBe(403);
    const over = await put(ticket.localUploadUrl, 0, ticket.maxBytes + 1, bytes.subarray(0, 100));
    expect(over).toMatchObject({ status: 400, body: { error: { code: 'VALIDATION_FAILED' } } });
    const hugeChunk = await put(ticket.localUploadUrl, 0, 200_000, Buffer.alloc(CHUNK + 1));
    expect(hugeChunk).toMatchObject({
      status: 400,
      body: { error: { code: 'VALIDATION_FAILED' } },
    });
    expect((await status(ticket.localUploadUrl)).body.data?.received).toBe(0);
  });
});
