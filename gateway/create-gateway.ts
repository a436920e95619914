import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyCompress from '@fastify/compress';
import Fastify from 'fastify';
import type { FastifyBaseLogger } from 'fastify';
import { z } from 'zod';
import { callFailure } from '../shared/src/envelope/call-failure';
import { HTTP_STATUS_BY_CODE } from '../shared/src/envelope/error-codes';
import type { ErrorCode } from '../shared/src/envelope/error-codes';
import { toFieldErrors, zhErrorMap } from '../shared/src/validation/zh-error-map';
import { FUNCTIONS } from '../cloudfunctions/function-registry';
import { openDevSession } from '../cloudfunctions/platform/adapters/local/dev-session';
import type { GatewayCallContext } from '../cloudfunctions/platform/adapters/local/dev-token';
import { verifyFileSignature } from '../cloudfunctions/platform/adapters/local/disk-files';
import {
  DEV_PERSONA_NAMES,
  DEV_PERSONAS,
  ensureDevUser,
} from '../cloudfunctions/platform/adapters/local/dev-personas';
import type { DevPersona } from '../cloudfunctions/platform/adapters/local/dev-personas';
import type { LocalPlatform } from '../cloudfunctions/platform/local-platform';
import type { FunctionEntry } from '../cloudfunctions/platform/runtime/run-action';
import { createFunctionEntry } from '../cloudfunctions/platform/runtime/run-action';
import { usersCollection } from '../cloudfunctions/platform/runtime/platform-collections';
import { sweepExpiredExports } from '../cloudfunctions/platform/runtime/one-time-exports';
import { sweepExpiredClips } from '../cloudfunctions/speech/speech-clips';
import { sweepUnattachedUploads } from '../cloudfunctions/exhibits/sweep-unattached-uploads';
import { sweepUploadTickets } from '../cloudfunctions/platform/runtime/direct-upload';
import { bodyLimitFor, DEFAULT_BODY_LIMIT } from './body-limits';
import { addSecurityHeaders } from './security-headers';
import { contentSecurityPolicy, inlineScriptHashes } from './content-security-policy';
import { registerDirectUploads } from './direct-upload-route';
import { exceedsJsonDepth, MAX_JSON_DEPTH } from './json-depth';
import { serveStoredFile } from './serve-stored-file';
import { isPageAddress, registerStaticAssets } from './static-assets';

const DevLoginBody = z
  .object({
    persona: z.enum(DEV_PERSONA_NAMES as [DevPersona, ...DevPersona[]]),
    as: z
      .string()
      .regex(/^[A-Za-z0-9_-]{1,32}$/, '只能用字母、数字、下划线')
      .optional(),
  })
  .strict();

/** `POST /api/dev/clock`: whole days from the real time, absolute (0 resets). */
const DevClockBody = z
  .object({ offsetDays: z.number().int('请填整数天数').min(-400).max(400) })
  .strict();

const errorBody = callFailure;

export interface GatewayOptions {
  platform: LocalPlatform;
  logger: FastifyBaseLogger;
  h5Dir?: string;
  /** Dev-login is a local-mode feature: start.ts turns it on for loopback hosts only. */
  devLogin: boolean;
  /** Dev logins per client address per minute (default 600). */
  devLoginPerMinute?: number;
  /** How often expired exports and unattached uploads are swept (default every minute). */
  exportSweepMs?: number;
}

const TOO_DEEP = Object.assign(new Error('json nested too deep'), {
  statusCode: 400,
  code: 'PSV_JSON_TOO_DEEP',
});

/**
 * The local gateway: HTTP in front of the same function entries CloudBase runs. It only moves
 * envelopes and bytes; every rule lives in the functions.
 */
export async function createGateway(options: GatewayOptions) {
  const { platform } = options;
  const app = Fastify({
    loggerInstance: options.logger,
    // Calls are small JSON; photos go to `POST /api/uploads/*` (multipart, its own limits).
    bodyLimit: DEFAULT_BODY_LIMIT,
    disableRequestLogging: false,
    genReqId: () => crypto.randomUUID(),
  });

  // Depth is checked by a linear scan before JSON.parse, within the route's body limit.
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (req, body, done) => {
    const text = typeof body === 'string' ? body : body.toString('utf8');
    if (exceedsJsonDepth(text, MAX_JSON_DEPTH)) return done(TOO_DEEP, undefined);
    return parseJson(req, text, done);
  });

  const indexHtml =
    options.h5Dir && existsSync(join(options.h5Dir, 'index.html'))
      ? await readFile(join(options.h5Dir, 'index.html'), 'utf8')
      : '';
  addSecurityHeaders(app, contentSecurityPolicy(inlineScriptHashes(indexHtml)));
  await app.register(fastifyRateLimit, { global: false });
  // Only the function routes opt in (below): uploads, stored files and the h5 build (served
  // precompressed) keep their bodies and lengths as they are; request bodies are never inflated.
  await app.register(fastifyCompress, {
    global: false,
    globalDecompression: false,
    encodings: ['br', 'gzip'],
  });

  // Expired exports and photos no exhibit took are deleted on a timer too (CloudBase: per call).
  const sweepTimer = setInterval(() => {
    const { store, deps } = platform;
    Promise.all([
      sweepExpiredExports(store, deps.files, deps.clock, deps.logger),
      sweepUnattachedUploads(store, deps.files, deps.clock, deps.logger),
      sweepUploadTickets(store, deps.files, deps.clock, deps.logger),
      sweepExpiredClips(store, deps.files, deps.clock, deps.logger),
    ]).catch((e: unknown) => options.logger.warn({ err: String(e) }, 'file sweep failed'));
  }, options.exportSweepMs ?? 60_000);
  sweepTimer.unref();
  app.addHook('onClose', () => clearInterval(sweepTimer));

  const entries = new Map<string, FunctionEntry>(
    Object.entries(FUNCTIONS).map(([name, def]) => [
      name,
      createFunctionEntry(def as never, platform.deps),
    ]),
  );

  app.setErrorHandler((err: { statusCode?: number; code?: string }, _req, reply) => {
    if (err.statusCode === 429) {
      return reply.status(429).send(errorBody('RATE_LIMITED', '登录太频繁了，请一分钟后再试。'));
    }
    // Malformed JSON, bodies over the limit, wrong content type: the client's fault, told plainly.
    if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
      const code: ErrorCode = 'VALIDATION_FAILED';
      const message =
        err.statusCode === 413
          ? '提交的内容太大了，请减少图片或文字后再试。'
          : err.code === TOO_DEEP.code
            ? '提交的内容层层嵌套太多，无法处理。'
            : '提交的内容格式不对。';
      return reply.status(400).send(errorBody(code, message));
    }
    options.logger.error(
      { err: { message: String((err as Error).message ?? ''), code: err.code } },
      'gateway error',
    );
    return reply.status(500).send(errorBody('INTERNAL'));
  });

  app.get('/healthz', () => ({ ok: true }));

  if (options.devLogin) {
    const devLoginLimit = {
      rateLimit: {
        max: options.devLoginPerMinute ?? 600,
        timeWindow: 60_000,
        keyGenerator: (req: { ip: string }) => req.ip,
      },
    };
    app.post('/api/auth/dev-login', { config: devLoginLimit }, async (req, reply) => {
      const parsed = DevLoginBody.safeParse(req.body ?? {}, { error: zhErrorMap });
      if (!parsed.success)
        return reply
          .status(400)
          .send(errorBody('VALIDATION_FAILED', undefined, toFieldErrors(parsed.error)));
      const { persona, as } = parsed.data;
      if (as && DEV_PERSONAS[persona].role !== 'villager') {
        return reply
          .status(400)
          .send(errorBody('VALIDATION_FAILED', undefined, { as: '只有村民身份可以使用 as' }));
      }
      const openid = await ensureDevUser(
        platform.store,
        platform.deps.clock,
        persona,
        as,
        platform.deps.dataKeys,
      );
      const user = (await platform.store.collection(usersCollection).find({ openid }, { limit: 1 }))
        .items[0];
      const session = await openDevSession(
        platform.store,
        platform.deps.clock,
        platform.tokenSecret,
        openid,
        req.ip,
      );
      return {
        ok: true,
        data: {
          token: session.token,
          sessionId: session.sessionId,
          expiresAt: session.expiresAt,
          persona,
          userId: user?._id ?? null,
          role: user?.role ?? null,
          name: user?.name ?? null,
        },
      };
    });
  }

  if (options.devLogin) {
    // Local mode only, like dev-login (loopback hosts): moves the Clock port every function sees.
    app.post('/api/dev/clock', (req, reply) => {
      const parsed = DevClockBody.safeParse(req.body ?? {}, { error: zhErrorMap });
      if (!parsed.success)
        return reply
          .status(400)
          .send(errorBody('VALIDATION_FAILED', undefined, toFieldErrors(parsed.error)));
      platform.devClock.setOffsetDays(parsed.data.offsetDays);
      options.logger.info({ offsetDays: parsed.data.offsetDays }, 'dev clock moved');
      return {
        ok: true,
        data: {
          now: platform.deps.clock.now().toISOString(),
          offsetDays: platform.devClock.offsetDays(),
        },
      };
    });
  }

  await registerDirectUploads(app, platform);

  // One route per function, each with its own body limit; unknown names fall through to 404.
  // Answers from 1 KB up go out as brotli or gzip when the client accepts them (lists on 2G).
  const compress = { threshold: 1024 };
  for (const [fn, entry] of entries) {
    app.post(`/api/${fn}`, { bodyLimit: bodyLimitFor(fn), compress }, async (req, reply) => {
      const context: GatewayCallContext = {
        authorization: req.headers.authorization,
        clientAddress: req.ip,
      };
      const result = await entry(req.body, context);
      return reply.status(result.ok ? 200 : HTTP_STATUS_BY_CODE[result.error.code]).send(result);
    });
  }
  app.post('/api/:fn', (_req, reply) =>
    reply.status(404).send(errorBody('NOT_FOUND', '没有这项服务。')),
  );

  app.get<{ Params: { '*': string }; Querystring: { exp?: string; sig?: string } }>(
    '/files/*',
    async (req, reply) => {
      const fileId = req.params['*'];
      // An export is never served by link: `households.downloadExport` (once, to its maker) makes a
      // `downloads/` copy and signs a link to that, deleted when the client has fetched it.
      if (
        fileId.startsWith('exports/') ||
        !verifyFileSignature(platform.tokenSecret, fileId, req.query.exp, req.query.sig)
      ) {
        return reply
          .status(403)
          .send(errorBody('FORBIDDEN', '下载链接已过期，请重新导出或刷新页面。'));
      }
      const file = await platform.deps.files.get(fileId).catch(() => null);
      if (!file) return reply.status(404).send(errorBody('NOT_FOUND'));
      return serveStoredFile(reply, file, { once: fileId.startsWith('downloads/') });
    },
  );

  if (options.h5Dir && existsSync(options.h5Dir)) {
    await registerStaticAssets(app, options.h5Dir);
    app.setNotFoundHandler((req, reply) => {
      if (req.method === 'GET' && isPageAddress(req.url)) return reply.sendFile('index.html');
      return reply.status(404).send(errorBody('NOT_FOUND', '没有这项服务。'));
    });
  } else {
    app.get('/', (_req, reply) =>
      reply
        .type('text/html; charset=utf-8')
        .send(
          '<!doctype html><meta charset="utf-8"><title>掌上智慧村</title><p>网关已启动。页面尚未构建：请先运行 <code>npm run build:h5</code>。</p>',
        ),
    );
  }

  return app;
}
