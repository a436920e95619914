/** Deepest nesting any call envelope needs is under 10; 32 leaves room and refuses `[[[[…`. */
export const MAX_JSON_DEPTH = 32;

/**
 * True when the JSON text opens more than `maxDepth` arrays/objects at once. One linear pass that
 * skips string contents (and their escapes), run before JSON.parse so a hostile body costs a scan,
 * not a parse and a walk of millions of nested values.
 */
export function exceedsJsonDepth(text: string, maxDepth: number = MAX_JSON_DEPTH): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) {
      inString = true;
    } else if (c === 0x5b || c === 0x7b) {
      if (++depth > maxDepth) return true;
    } else if (c === 0x5d || c === 0x7d) {
      depth--;
    }
  }
  return false;
}
