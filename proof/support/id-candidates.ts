/**
 * How many GB 11643 ID numbers fit what an attacker knows about one person, without any key:
 * known characters at some positions (from masked or partial forms), a set of possible birth
 * dates (exact date, a birth year, or an age), region codes from a generous list (every 62xxxx,
 * i.e. all of Gansu), any 3-digit sequence, and the check character the first 17 imply.
 *
 * Counted exactly, not by enumeration: the check character depends only on the weighted sum of
 * the first 17 digits mod 11, so region, date and sequence each contribute a histogram of
 * residues and the count is their convolution.
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';

export interface IdClues {
  /** Known character per position (0–17), from masked forms or a plain last 4. */
  known: Map<number, string>;
  /** Possible birth dates as YYYYMMDD, or null when nothing is known (any date 1900–today). */
  birthDates: Set<string> | null;
}

function residues(start: number, values: Iterable<string>, known: Map<number, string>): number[] {
  const hist = new Array<number>(11).fill(0);
  for (const v of values) {
    let ok = true;
    let sum = 0;
    for (let i = 0; i < v.length; i++) {
      const k = known.get(start + i);
      if (k !== undefined && k !== v[i]) {
        ok = false;
        break;
      }
      sum += Number(v[i]) * (WEIGHTS[start + i] ?? 0);
    }
    if (ok) hist[sum % 11] = (hist[sum % 11] ?? 0) + 1;
  }
  return hist;
}

function* regionCodes(): Generator<string> {
  for (let i = 0; i < 10_000; i++) yield `62${String(i).padStart(4, '0')}`;
}

function* sequences(): Generator<string> {
  for (let i = 0; i < 1000; i++) yield String(i).padStart(3, '0');
}

export function datesOfYear(year: number): string[] {
  const out: string[] = [];
  for (let d = new Date(Date.UTC(year, 0, 1)); d.getUTCFullYear() === year;) {
    out.push(d.toISOString().slice(0, 10).replace(/-/g, ''));
    d = new Date(d.getTime() + 86_400_000);
  }
  return out;
}

function* allDates(lastYear: number): Generator<string> {
  for (let y = 1900; y <= lastYear; y++) yield* datesOfYear(y);
}

const dateHistograms = new Map<string, number[]>();

/** The dates' residues, memoised: many records share a birth year (or know nothing of it). */
function dateResidues(clues: IdClues, lastYear: number): number[] {
  const dates = clues.birthDates ? [...clues.birthDates].sort() : null;
  const range = dates
    ? dates.length < 1000
      ? dates.join()
      : `${dates[0]}..${dates[dates.length - 1]}#${dates.length}`
    : `all..${lastYear}`;
  const known = [...clues.known].filter(([i]) => i >= 6 && i < 14).join();
  const key = `${range}|${known}`;
  let hist = dateHistograms.get(key);
  if (!hist) {
    hist = residues(6, dates ?? allDates(lastYear), clues.known);
    dateHistograms.set(key, hist);
  }
  return hist;
}

export function countCandidates(clues: IdClues, lastYear: number): number {
  const region = residues(0, regionCodes(), clues.known);
  const date = dateResidues(clues, lastYear);
  const seq = residues(14, sequences(), clues.known);
  const check = clues.known.get(17);
  let total = 0;
  for (let a = 0; a < 11; a++)
    for (let b = 0; b < 11; b++)
      for (let c = 0; c < 11; c++) {
        const n = (region[a] ?? 0) * (date[b] ?? 0) * (seq[c] ?? 0);
        if (!n) continue;
        if (check !== undefined && CHECK_CHARS[(a + b + c) % 11] !== check) continue;
        total += n;
      }
  return total;
}
