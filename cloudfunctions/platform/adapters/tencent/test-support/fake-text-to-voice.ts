import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { verifyTc3Request } from './verify-tc3-request';

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

/** Keys the fake accepts: a secret pair, and with temporary keys the token that goes with them. */
export interface FakeCredentials {
  secretId: string;
  secretKey: string;
  /** Set: the keys are temporary, and a request without this X-TC-Token is refused. */
  sessionToken?: string;
}

/**
 * A stand-in for tts.tencentcloudapi.com that behaves as its documentation says: it checks the
 * TC3-HMAC-SHA256 Authorization header (shape and signature, with the secret it was given), the
 * X-TC-Token of temporary keys (AuthFailure.TokenFailure, as the common error codes name it),
 * the X-TC-Action / X-TC-Version / X-TC-Timestamp / X-TC-Region headers, the JSON body, Speed in
 * [-2, 6] and VoiceType an integer (InvalidParameterValue) and the 150-character text limit; it
 * answers `{Response:{Audio, SessionId, RequestId}}` or `{Response:{Error:{Code, Message},
 * RequestId}}` with HTTP 200, as the real API does. `setCredentials` renews the keys (temporary
 * keys expire): from then on the old ones are refused.
 */
export async function startFakeTextToVoice(
  options: FakeCredentials & {
    /** Answer every request with this error instead (e.g. a stopped account). */
    failWith?: { Code: string; Message: string };
  },
) {
  let keys: FakeCredentials = options;
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
      if (!/^application\/json/.test(String(h['content-type'])))
        return fail('InvalidParameter', 'bad content-type');
      if (h['x-tc-action'] !== 'TextToVoice')
        return fail('InvalidAction', 'The action does not exist');
      if (h['x-tc-version'] !== '2019-08-23')
        return fail('NoSuchVersion', 'The API version does not exist');
      if (!h['x-tc-region']) return fail('MissingParameter', 'X-TC-Region is missing');
      const signed = verifyTc3Request({
        method: req.method,
        url: req.url,
        headers: h,
        body,
        service: 'tts',
        secrets: { [keys.secretId]: keys.secretKey },
        nowSeconds: Date.now() / 1000,
      });
      if (!signed.ok) return fail(signed.code, signed.message);
      if (keys.sessionToken !== undefined && h['x-tc-token'] !== keys.sessionToken)
        return fail('AuthFailure.TokenFailure', 'The provided token is invalid or expired.');
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
      const speed = params.Speed;
      if (speed !== undefined && (typeof speed !== 'number' || !(speed >= -2 && speed <= 6)))
        return fail('InvalidParameterValue', 'Speed must be in [-2, 6].');
      if (params.VoiceType !== undefined && !Number.isInteger(params.VoiceType))
        return fail('InvalidParameterValue', 'VoiceType must be an integer.');
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
    setCredentials(next: FakeCredentials) {
      keys = next;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
