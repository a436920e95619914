/** A trainee's phone on the roster: only the last 4 digits show (`*******5678`). */
export function maskPhoneToLast4(last4: string): string {
  return `${'*'.repeat(7)}${last4}`;
}
