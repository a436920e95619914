import { idNumberCheckChar } from '../../../shared/src/validation/id-number';

/**
 * Fake but well-formed ID numbers for demo and scale data: region 622901 (临夏市), a birth date
 * and a sequence, with a correct GB 11643 check character. They belong to nobody real.
 */
export function demoIdNumber(birth: string, seq: number, region = '622901'): string {
  const first17 = `${region}${birth.replace(/-/g, '')}${String(seq % 1000).padStart(3, '0')}`;
  return first17 + idNumberCheckChar(first17);
}

/** A small deterministic PRNG (mulberry32) so the scale set is the same on every machine. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
