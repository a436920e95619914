/**
 * A museum photo taken by `uploadImage` that no exhibit used is kept this long, then deleted
 * (the server's sweepUnattachedUploads). A phone holding such a photo's answer sends it again
 * before this runs out (client images/send-held-photo).
 */
export const UNATTACHED_UPLOAD_TTL_MS = 24 * 60 * 60_000;
