/** What the trainer's QR code holds: `{"courseId":"…","sessionId":"…","code":"123456"}`. */
export interface SessionQr {
  courseId: string;
  sessionId: string;
  code: string;
}

/** Reads a scanned QR text; null when it is not a check-in code of this app. */
export function parseSessionQr(text: string): SessionQr | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  if (
    typeof v.courseId !== 'string' ||
    typeof v.sessionId !== 'string' ||
    typeof v.code !== 'string' ||
    !/^\d{6}$/.test(v.code)
  ) {
    return null;
  }
  return { courseId: v.courseId, sessionId: v.sessionId, code: v.code };
}
