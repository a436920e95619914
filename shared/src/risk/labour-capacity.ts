/** What the household record says about each member's ability to work. */
export interface MemberForLabour {
  age: number | null;
  health: 'healthy' | 'chronic' | 'serious';
  disabledSince: string | null;
}

/** Working age for this check: 16 to 64 (inclusive). */
export const WORKING_AGE = { min: 16, max: 64 } as const;

/** A member counts as labour when of working age, not seriously ill and not disabled. */
export function canWork(m: MemberForLabour): boolean {
  return (
    m.age !== null &&
    m.age >= WORKING_AGE.min &&
    m.age <= WORKING_AGE.max &&
    m.health !== 'serious' &&
    m.disabledSince === null
  );
}

/** 整户无劳动能力: nobody in the household can work. */
export function wholeHouseholdWithoutLabour(members: readonly MemberForLabour[]): boolean {
  return !members.some(canWork);
}
