/** Checks of a draft read back from the phone's storage (it may be from an older app). */
export const isOneOf =
  <T extends string>(list: readonly T[]) =>
  (v: unknown): v is T =>
    typeof v === 'string' && (list as readonly string[]).includes(v);

export const isText = (v: unknown): v is string => typeof v === 'string';
