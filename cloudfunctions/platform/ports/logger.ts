import { redactSensitiveText } from '../../../shared/src/privacy/redact-sensitive-text';

/** Structured logging. Never pass payloads, ID numbers or phone numbers. */
export interface Logger {
  info(fields: Record<string, unknown>, message: string): void;
  warn(fields: Record<string, unknown>, message: string): void;
  error(fields: Record<string, unknown>, message: string): void;
}

/** JSON lines on stdout/stderr (CloudBase collects them), redacted as a last line of defence. */
export function createConsoleLogger(base: Record<string, unknown> = {}): Logger {
  const line = (level: string, fields: Record<string, unknown>, message: string) =>
    redactSensitiveText(
      JSON.stringify({ level, time: new Date().toISOString(), ...base, ...fields, msg: message }),
    );
  return {
    info: (f, m) => console.log(line('info', f, m)),
    warn: (f, m) => console.warn(line('warn', f, m)),
    error: (f, m) => console.error(line('error', f, m)),
  };
}

/** Collects log lines in memory (tests and the privacy scan read them). */
export function createMemoryLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  const push = (level: string) => (fields: Record<string, unknown>, message: string) => {
    lines.push(JSON.stringify({ level, ...fields, msg: message }));
  };
  return { lines, info: push('info'), warn: push('warn'), error: push('error') };
}
