import fastifyMultipart from '@fastify/multipart';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { callFailure } from '../shared/src/envelope/call-failure';
import { UPLOAD_CHUNK_BYTES } from '../shared/src/files/direct-upload';
import {
  verifyUploadGrant,
  type UploadGrant,
} from '../cloudfunctions/platform/adapters/local/disk-files';
import type { LocalPlatform } from '../cloudfunctions/platform/local-platform';
import { usersCollection } from '../cloudfunctions/platform/runtime/platform-collections';

/** No ticket allows more than this (the photo limit); each grant's own limit is applied per request. */
const HARD_CAP_BYTES = 4 * 1024 * 1024;

type Query = { owner?: string; max?: string; exp?: string; sig?: string };
type ChunkQuery = Query & { offset?: string; total?: string };
type UploadRequest = FastifyRequest<{ Params: { '*': string }; Querystring: ChunkQuery }>;

const refuse = (
  reply: FastifyReply,
  status: number,
  code: Parameters<typeof callFailure>[0],
  message: string,
) => reply.status(status).send(callFailure(code, message));

const tooBig = (reply: FastifyReply) =>
  reply.status(400).send(
    callFailure('VALIDATION_FAILED', '照片太大了，请压缩后再传。', {
      file: '照片太大了，请压缩后再传',
    }),
  );

/** The grant of the link, if it is valid and the caller is the person it was issued to. */
async function grantFor(
  platform: LocalPlatform,
  req: UploadRequest,
  reply: FastifyReply,
): Promise<UploadGrant | null> {
  const checked = verifyUploadGrant(platform.tokenSecret, req.params['*'], req.query);
  if (!checked.ok) {
    await refuse(
      reply,
      403,
      'FORBIDDEN',
      checked.reason === 'expired'
        ? '上传时间过了，请重新选择照片。'
        : '上传地址不对，请重新选择照片。',
    );
    return null;
  }
  // Only the person the function issued the path to, in a live session.
  const principal = await platform.deps.identity
    .resolve({ authorization: req.headers.authorization, clientAddress: req.ip })
    .catch(() => null);
  if (!principal) {
    await refuse(reply, 401, 'UNAUTHENTICATED', '请先登录。');
    return null;
  }
  const user = (
    await platform.store
      .collection(usersCollection)
      .find({ openid: principal.openid }, { limit: 1 })
  ).items[0];
  if (user?._id !== checked.grant.owner) {
    await refuse(reply, 403, 'FORBIDDEN', '上传地址不对，请重新选择照片。');
    return null;
  }
  return checked.grant;
}

const whole = (text: string | undefined) =>
  text !== undefined && /^\d{1,9}$/.test(text) ? Number(text) : null;

/**
 * `POST /api/uploads/<path>?owner&max&exp&sig` (multipart, one field `file`): the local stand-in
 * for `wx.cloud.uploadFile`. It writes only to a path a function reserved (the disk adapter's
 * signature over path, owner, size and expiry), only for that owner's session, once, streaming to
 * DATA_DIR and stopping at the granted size. The checks of what was written are the finishing
 * function's (`uploadImage`, `uploadPhoto`), not this route's.
 */
export async function registerDirectUploads(
  app: FastifyInstance,
  platform: LocalPlatform,
): Promise<void> {
  await app.register(fastifyMultipart, {
    limits: { files: 1, fields: 0, parts: 1, fileSize: HARD_CAP_BYTES, headerPairs: 50 },
  });

  app.post<{ Params: { '*': string }; Querystring: Query }>(
    '/api/uploads/*',
    async (req, reply) => {
      const grant = await grantFor(platform, req, reply);
      if (!grant) return reply;
      if (!req.isMultipart()) return refuse(reply, 400, 'VALIDATION_FAILED', '请用表单上传照片。');
      // One more byte than granted reaches the disk adapter, which stops and deletes at it.
      const part = await req.file({ limits: { fileSize: grant.maxBytes + 1 } });
      if (!part || part.fieldname !== 'file')
        return refuse(reply, 400, 'VALIDATION_FAILED', '没有收到照片，请重新选择。');
      try {
        const written = await platform.diskFiles.writeUpload(grant, part.file);
        if (!written.ok)
          return written.reason === 'too-big'
            ? tooBig(reply)
            : refuse(reply, 409, 'CONFLICT', '这张照片已经传过了，请重新选择照片。');
        return { ok: true, data: { fileId: grant.path, size: written.size } };
      } catch (e) {
        if ((e as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') return tooBig(reply);
        throw e;
      }
    },
  );

  // Resumable (issue 16): chunks as raw bytes, each small enough for a 2G request timeout.
  app.addContentTypeParser(
    'application/octet-stream',
    { parseAs: 'buffer', bodyLimit: UPLOAD_CHUNK_BYTES },
    (_req, body, done) => done(null, body),
  );

  app.get<{ Params: { '*': string }; Querystring: ChunkQuery }>(
    '/api/uploads/*',
    async (req, reply) => {
      const grant = await grantFor(platform, req, reply);
      if (!grant) return reply;
      const status = await platform.diskFiles.uploadStatus(grant);
      return { ok: true, data: { ...status, ...(status.complete ? { fileId: grant.path } : {}) } };
    },
  );

  app.put<{ Params: { '*': string }; Querystring: ChunkQuery }>(
    '/api/uploads/*',
    { bodyLimit: UPLOAD_CHUNK_BYTES },
    async (req, reply) => {
      const grant = await grantFor(platform, req, reply);
      if (!grant) return reply;
      const offset = whole(req.query.offset);
      const total = whole(req.query.total);
      const bytes = Buffer.isBuffer(req.body) ? req.body : null;
      if (offset === null || total === null || total < 1 || !bytes || bytes.length === 0)
        return refuse(reply, 400, 'VALIDATION_FAILED', '没有收到照片，请重新选择。');
      const written = await platform.diskFiles.appendUpload(grant, { offset, total, bytes });
      if (!written.ok) {
        if (written.reason === 'too-big') return tooBig(reply);
        return refuse(
          reply,
          409,
          'CONFLICT',
          written.reason === 'exists'
            ? '这张照片已经传过了，请重新选择照片。'
            : '这一段和已收到的对不上，请从断开的地方接着传。',
        );
      }
      const { status } = written;
      return { ok: true, data: { ...status, ...(status.complete ? { fileId: grant.path } : {}) } };
    },
  );
}
