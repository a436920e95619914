/**
 * How a long text is read aloud: in pieces of whole sentences, each short enough to start
 * playing soon on a weak network (one audio clip per piece) and to fit one speech-synthesis
 * request. Pure: the server and the phone split the same text the same way.
 */

/** The most characters one piece holds (Tencent Cloud's TextToVoice takes 150 per request). */
export const PIECE_MAX_CHARS = 100;

/** Where a sentence ends; the mark stays with its sentence. */
const SENTENCE_END = /[^。！？；!?;\n]*[。！？；!?;\n]+|[^。！？；!?;\n]+$/g;
/** Where a sentence too long for one piece may be cut. */
const CLAUSE_END = /[^，、,：:]*[，、,：:]+|[^，、,：:]+$/g;

function cut(text: string, max: number, pattern: RegExp): string[] {
  const parts = text.match(pattern) ?? [];
  const out: string[] = [];
  for (const part of parts) {
    if (part.length <= max) out.push(part);
    else if (pattern === SENTENCE_END) out.push(...cut(part, max, CLAUSE_END));
    else for (let i = 0; i < part.length; i += max) out.push(part.slice(i, i + max));
  }
  return out;
}

/**
 * Splits `text` into pieces of at most `max` characters, whole sentences where they fit, then
 * whole clauses, and only a clause longer than `max` cut in the middle. Blank pieces are dropped;
 * joined, the pieces give back the text without its surrounding blanks and line breaks.
 */
export function splitForReading(text: string, max = PIECE_MAX_CHARS): string[] {
  if (!Number.isInteger(max) || max < 1) throw new Error('bad piece size');
  const pieces: string[] = [];
  let current = '';
  for (const sentence of cut(text, max, SENTENCE_END)) {
    if (current.length + sentence.length > max && current) {
      pieces.push(current);
      current = '';
    }
    current += sentence;
  }
  if (current) pieces.push(current);
  return pieces.map((p) => p.replace(/\s+/g, ' ').trim()).filter((p) => /[^\s\p{P}]/u.test(p));
}
