import pino from 'pino';
import type { Logger } from '../cloudfunctions/platform/ports/logger';
import { redactSensitiveText } from '../shared/src/privacy/redact-sensitive-text';

/**
 * A request's path without its query string: queries carry link signatures (`sig`) and whatever a
 * client typed, so the log only says one was there.
 */
export function loggablePath(url: string): string {
  const q = url.indexOf('?');
  return q === -1 ? url : `${url.slice(0, q)}?…`;
}

/**
 * pino for the gateway: request lines carry method, path (no query), status and time only (no
 * bodies, no auth header), and every line passes a last redaction of ID- or phone-shaped numbers.
 */
export function createGatewayLogger(
  level: string,
  sink: { write(line: string): void } = process.stdout,
) {
  return pino(
    {
      level,
      redact: { paths: ['req.headers.authorization', 'req.headers.cookie'], remove: true },
      serializers: {
        req: (req: { method: string; url: string; id: string }) => ({
          method: req.method,
          url: loggablePath(req.url),
          id: req.id,
        }),
      },
    },
    { write: (line: string) => sink.write(redactSensitiveText(line)) },
  );
}

/** Adapts pino to the functions' Logger port. */
export function toPortLogger(log: pino.Logger): Logger {
  return {
    info: (f, m) => log.info(f, m),
    warn: (f, m) => log.warn(f, m),
    error: (f, m) => log.error(f, m),
  };
}
