import type { Applicant } from '../../shared/src/training/enrollment-rules';
import { ageFromIdNumber } from '../../shared/src/validation/id-number';
import type { Doc } from '../platform/ports/store';
import type { UserDoc } from '../platform/runtime/platform-collections';
import type { DataKeys } from '../platform/runtime/sealed-value';
import { openSealedValue } from '../platform/runtime/sealed-value';

/** What eligibility looks at: age from the ID number on file, and whether they live in the city. */
export function applicantFrom(user: Doc<UserDoc>, keys: DataKeys, now: Date): Applicant {
  const age = user.idNumber ? ageFromIdNumber(openSealedValue(user.idNumber, keys), now) : null;
  return { age, resident: user.villageId !== null };
}
