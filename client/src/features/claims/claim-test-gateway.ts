/**
 * For component tests of the claims pages: the gateway's answers to the photo upload of a paper
 * (`startUpload` ticket, then `uploadPhoto`), numbered t-1, t-2 … so a test can name the fileIds
 * (f-t-1, f-t-2 …). Other actions are the test's own.
 */
export function claimsPhotoGateway() {
  let count = 0;
  return {
    reset: () => {
      count = 0;
    },
    /** The answer to an upload action, or null for any other action. */
    answer(action: string, payload: Record<string, unknown>): unknown {
      if (action === 'startUpload')
        return {
          ticketId: `t-${++count}`,
          cloudPath: `claims/${count}.jpg`,
          expiresAt: '2026-12-09T10:00:00.000Z',
          maxBytes: 2_000_000,
          localUploadUrl: null,
        };
      if (action === 'uploadPhoto') {
        const photo = payload.photo as { ticketId: string };
        return { fileId: `f-${photo.ticketId}`, url: `/files/${photo.ticketId}`, bytes: 100 };
      }
      return null;
    },
  };
}

/** The gateway's envelope around an answer. */
export const okEnvelope = (data: unknown) =>
  Promise.resolve({ statusCode: 200, data: { ok: true, data } });
