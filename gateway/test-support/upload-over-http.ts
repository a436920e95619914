import { postJson } from './gateway-process';

/**
 * What the h5 client does with a photo: `startUpload`, a multipart POST of the bytes to the
 * ticket's `localUploadUrl`, then the finishing action. Answers the finishing call's result.
 */
export async function uploadPhotoOverHttp(
  base: string,
  token: string,
  fn: 'exhibits' | 'risk',
  bytes: Buffer,
) {
  const started = await postJson(
    `${base}/api/${fn}`,
    { action: 'startUpload', payload: {} },
    token,
  );
  const ticket = started.body.data as { ticketId: string; localUploadUrl: string } | undefined;
  if (!ticket) throw new Error(`startUpload failed: ${started.text}`);
  const form = new FormData();
  form.append('file', new Blob([bytes]), 'photo');
  const sent = await fetch(`${base}${ticket.localUploadUrl}`, {
    method: 'POST',
    body: form,
    headers: { authorization: `Bearer ${token}` },
  });
  const written = (await sent.json()) as { data?: { fileId: string } };
  if (!written.data) throw new Error(`upload failed: ${sent.status}`);
  return postJson(
    `${base}/api/${fn}`,
    {
      action: fn === 'exhibits' ? 'uploadImage' : 'uploadPhoto',
      payload: { photo: { ticketId: ticket.ticketId, fileId: written.data.fileId } },
    },
    token,
  );
}
