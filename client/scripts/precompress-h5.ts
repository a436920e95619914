import { readdirSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Text assets worth compressing (images and fonts of the h5 build are compressed already). */
const TEXT_EXTENSIONS = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.txt', '.map']);

export interface PrecompressResult {
  files: number;
  bytes: number;
  brotliBytes: number;
  gzipBytes: number;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
  );
}

/**
 * Writes `<file>.br` (brotli, best) and `<file>.gz` (gzip, best) next to every text file under
 * `dir`, for the gateway's @fastify/static `preCompressed` serving. Old .br/.gz files are removed
 * first, so a copy never outlives the file it was made from; a copy that would not be smaller
 * is not written (the file is then served as it is).
 */
export function precompressDir(dir: string): PrecompressResult {
  const all = walk(dir);
  for (const f of all) if (f.endsWith('.br') || f.endsWith('.gz')) unlinkSync(f);
  const result: PrecompressResult = { files: 0, bytes: 0, brotliBytes: 0, gzipBytes: 0 };
  for (const f of all) {
    if (!TEXT_EXTENSIONS.has(extname(f)) || !statSync(f, { throwIfNoEntry: false })) continue;
    const raw = readFileSync(f);
    const br = brotliCompressSync(raw, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      },
    });
    const gz = gzipSync(raw, { level: constants.Z_BEST_COMPRESSION });
    result.files++;
    result.bytes += raw.length;
    result.brotliBytes += Math.min(br.length, raw.length);
    result.gzipBytes += Math.min(gz.length, raw.length);
    if (br.length < raw.length) writeFileSync(`${f}.br`, br);
    if (gz.length < raw.length) writeFileSync(`${f}.gz`, gz);
  }
  return result;
}

// `npm run build:h5` runs this after Taro's build: node scripts/precompress-h5.ts [dir].
if (require.main === module) {
  const dir = resolve(process.argv[2] ?? join(__dirname, '..', 'dist', 'h5'));
  const r = precompressDir(dir);
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  console.log(
    `precompress-h5: ${r.files} text files in ${dir}, ${kb(r.bytes)} → brotli ${kb(r.brotliBytes)}, gzip ${kb(r.gzipBytes)}`,
  );
}
