import { containsSensitiveNumber } from '../../shared/src/privacy/redact-sensitive-text';

/**
 * Record ids (32 hex), request ids (UUIDs) and the values of generated identifier fields
 * (`memberId`, `ticketId`, `_id`, … — a member id is 12 hex) can hold 11 digits in a row by
 * chance; they are not personal data, so blank them before looking for ID-number or mobile
 * shapes. Exact registered values are still looked for everywhere.
 */
function withoutIds(text: string): string {
  return text
    .replace(/("(?:[A-Za-z]+Id|_id|id)"\s*:\s*)"[^"]*"/g, '$1"<id>"')
    .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi, '<uuid>')
    .replace(/(?<![0-9a-z])[0-9a-f]{32}(?![0-9a-z])/gi, '<id>');
}

/** What in `text` gives away a person: an unmasked ID/mobile shape, or one of the exact values. */
export function sensitiveFindings(text: string, exactValues: readonly string[]): string[] {
  const found = exactValues.filter((v) => text.includes(v));
  if (containsSensitiveNumber(withoutIds(text)))
    found.push('an unmasked ID-number or mobile shape');
  return found;
}
