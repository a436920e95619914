// No zod here: the client's upload code (in the main package) imports this alone.
/**
 * The local gateway takes a photo in chunks of at most this many bytes (`PUT` with `offset` and
 * `total`, `GET` for how many arrived), so each request is short on a 2G link (32 KB ≈ 2 s at
 * 15 KB/s) and a broken connection resumes where it stopped.
 */
export const UPLOAD_CHUNK_BYTES = 32 * 1024;
