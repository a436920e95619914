import { createHash } from 'node:crypto';

/**
 * The h5 page's inline `<script>` blocks (Taro writes one into index.html to set the root font
 * size), as CSP hashes, so script-src can stay 'self' without 'unsafe-inline'.
 */
export function inlineScriptHashes(html: string): string[] {
  const hashes: string[] = [];
  for (const m of html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi)) {
    const body = m[1] ?? '';
    if (body.trim() === '') continue;
    hashes.push(`'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
  }
  return hashes;
}

/**
 * A strict policy for the app and the API: everything from this origin only, no plugins, no
 * framing, no inline script except the hashed blocks of index.html. Styles allow inline because
 * Taro's h5 components set `style` attributes at run time; images also from data:/blob: (photo
 * previews before upload).
 */
export function contentSecurityPolicy(scriptHashes: string[]): Record<string, string[] | null> {
  return {
    defaultSrc: ["'self'"],
    baseUri: ["'self'"],
    scriptSrc: ["'self'", ...scriptHashes],
    styleSrc: ["'self'", "'unsafe-inline'"],
    imgSrc: ["'self'", 'data:', 'blob:'],
    fontSrc: ["'self'", 'data:'],
    // A picked photo is read back with fetch(blob:) (and data: URLs) before it is compressed.
    connectSrc: ["'self'", 'blob:', 'data:'],
    mediaSrc: ["'self'", 'blob:', 'data:'],
    objectSrc: ["'none'"],
    frameAncestors: ["'none'"],
    formAction: ["'self'"],
    scriptSrcAttr: ["'none'"],
    // The local gateway speaks plain http on loopback; upgrading would break every request.
    upgradeInsecureRequests: null,
  };
}
