import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { TC3_CONTENT_TYPE, TC3_SIGNED_HEADERS, tc3Signature } from '../tc3-signature';

/** What the fake saw of one request. */
export interface SeenTextToVoice {
  text: string;
  codec: unknown;
  voiceType: unknown;
  region: string | undefined;
  token: string | undefined;
}

/** The audio the fake answers for `text`: an MP3 frame sync then the text, so joins can be checked. */
export function fakeAudioOf(text: string): Buffer {
  return Buffer.concat([Buffer.from([0xff, 0xf3]), Buffer.from(text, 'utf8')]);
}

/**
 * A stand-in for tts.tencentcloudapi.com that behaves as its documentation says: it checks the
 * TC3-HMAC-SHA256 Authorization header (shape and signature, with the secret it was given), the
 * X-TC-Action / X-TC-Version / X-TC-Timestamp / X-TC-Region headers, the JSON body and the
 * 150-character text limit; it answers `{Response:{Audio, SessionId, RequestId}}` or
 * `{Response:{Error:{Code, Message}, RequestId}}` with HTTP 200, as the real API does.
 */
export async function startFakeTextToVoice(options: {
  secretId: string;
  secretKey: string;
  /** Answer every request with this error instead (e.g. a stopped account). */
  failWith?: { Code: string; Message: string };
}) {
  const seen: SeenTextToVoice[] = [];
  let requestNo = 0;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const requestId = `fake-${++requestNo}`;
      const answer = (response: Record<string, unknown>) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ Response: { ...response, RequestId: requestId } }));
      };
      const fail = (Code: string, Message: string) => answer({ Error: { Code, Message } });
      const body = Buffer.concat(chunks).toString('utf8');
      const h = req.headers;
      if (req.method !== 'POST' || req.url !== '/')
        return fail('InvalidAction', 'only POST / is served');
      if (h['content-type'] !== TC3_CONTENT_TYPE)
        return fail('InvalidParameter', 'bad content-type');
      if (h['x-tc-action'] !== 'TextToVoice')
        return fail('InvalidAction', 'The action does not exist');
      if (h['x-tc-version'] !== '2019-08-23')
        return fail('NoSuchVersion', 'The API version does not exist');
      if (!h['x-tc-region']) return fail('MissingParameter', 'X-TC-Region is missing');
      const timestamp = Number(h['x-tc-timestamp']);
      if (!Number.isInteger(timestamp) || Math.abs(timestamp - Date.now() / 1000) > 300)
        return fail('AuthFailure.SignatureExpire', 'Signature expired');
      const auth =
        /^TC3-HMAC-SHA256 Credential=([^/]+)\/(\d{4}-\d{2}-\d{2})\/tts\/tc3_request, SignedHeaders=([a-z;-]+), Signature=([0-9a-f]{64})$/.exec(
          String(h.authorization ?? ''),
        );
      if (!auth) return fail('AuthFailure.InvalidAuthorization', 'Authorization is invalid');
      if (auth[1] !== options.secretId)
        return fail('AuthFailure.SecretIdNotFound', 'The SecretId is not found');
      if (auth[3] !== TC3_SIGNED_HEADERS)
        return fail('AuthFailure.InvalidAuthorization', 'SignedHeaders is invalid');
      const expected = tc3Signature({
        secretId: options.secretId,
        secretKey: options.secretKey,
        service: 'tts',
        host: String(h.host),
        action: 'TextToVoice',
        timestamp,
        body,
      });
      if (auth[4] !== expected) return fail('AuthFailure.SignatureFailure', 'Signature mismatch');
      if (options.failWith) return answer({ Error: options.failWith });
      let params: Record<string, unknown>;
      try {
        params = JSON.parse(body) as Record<string, unknown>;
      } catch {
        return fail('InvalidParameter', 'body is not JSON');
      }
      const text = params.Text;
      if (typeof text !== 'string' || !text)
        return fail('MissingParameter', 'The request is missing a required parameter `Text`.');
      if (typeof params.SessionId !== 'string' || !params.SessionId)
        return fail('MissingParameter', 'The request is missing `SessionId`.');
      if ([...text].length > 150)
        return fail('UnsupportedOperation.TextTooLong', 'Text is longer than 150 characters.');
      seen.push({
        text,
        codec: params.Codec,
        voiceType: params.VoiceType,
        region: h['x-tc-region'] as string,
        token: h['x-tc-token'] as string | undefined,
      });
      answer({ Audio: fakeAudioOf(text).toString('base64'), SessionId: params.SessionId });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}/`,
    seen,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
