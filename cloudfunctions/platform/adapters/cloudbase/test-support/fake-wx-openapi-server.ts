import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local stand-in for CloudBase's cloud-call bridge (云调用), for tests of the real
 * `@cloudbase/node-sdk`: `app.callWxOpenApi({ apiName, requestData })` POSTs
 * `{ action: 'wx.api', apiName, requestData: <JSON string>, wxCloudApiToken, ... }` to the
 * service URL; CloudBase forwards it to WeChat and answers `{ data: { responseData: <WeChat's
 * JSON as a string> }, requestId }` — or `{ code, message, requestId }` when it refuses the call
 * itself (the SDK then throws an error carrying `code`).
 *
 * `answer` plays WeChat (or CloudBase): given the decoded call it returns WeChat's JSON, a
 * `{ cloudbaseError }` for a bridge-level refusal, or `{ hang: true }` to never answer.
 */
export interface WxApiCall {
  apiName: string;
  requestData: Record<string, unknown>;
  /** The invocation's WX_API_TOKEN as the SDK sent it. */
  wxCloudApiToken: unknown;
}

export type WxApiAnswer =
  Record<string, unknown> | { cloudbaseError: { code: string; message: string } } | { hang: true };

export interface FakeWxOpenApiServer {
  url: string;
  calls: WxApiCall[];
  close(): Promise<void>;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const parts: Buffer[] = [];
    req.on('data', (c: Buffer) => parts.push(c));
    req.on('end', () => resolve(Buffer.concat(parts).toString('utf8')));
    req.on('error', reject);
  });
}

export async function startFakeWxOpenApiServer(
  answer: (call: WxApiCall) => WxApiAnswer,
): Promise<FakeWxOpenApiServer> {
  const calls: WxApiCall[] = [];
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const reply = (payload: Record<string, unknown>) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ requestId: 'req-1', ...payload }));
    };
    readBody(req)
      .then((raw) => {
        const body = JSON.parse(raw) as Record<string, unknown>;
        if (body.action !== 'wx.api' || typeof body.requestData !== 'string') {
          reply({ code: 'INVALID_PARAM', message: `action ${String(body.action)} not supported` });
          return;
        }
        const call: WxApiCall = {
          apiName: String(body.apiName),
          requestData: JSON.parse(body.requestData) as Record<string, unknown>,
          wxCloudApiToken: body.wxCloudApiToken,
        };
        calls.push(call);
        const a = answer(call);
        if ('hang' in a) return;
        if ('cloudbaseError' in a) {
          const { code, message } = a.cloudbaseError as { code: string; message: string };
          reply({ code, message });
          return;
        }
        reply({ data: { responseData: JSON.stringify(a) } });
      })
      .catch((e: unknown) =>
        reply({ code: 'SYS_ERR', message: e instanceof Error ? e.message : String(e) }),
      );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/admin`,
    calls,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
