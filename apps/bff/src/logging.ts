import type { FastifyServerOptions } from 'fastify';
import PinoPretty from 'pino-pretty';
import { LOG_REDACT_PATHS } from './app';
import type { Config } from './config/config';

/** Where the readable log lines go: the process's stdout, or anything that takes text (tests). */
export interface LogOutput {
  write(text: string): unknown;
}

/**
 * One short line for Fastify's request logs (`→ GET /api/me`, `← 200 in 3 ms`, with the request id
 * that ties the two together); every other entry keeps its message, and the request it belongs to.
 */
export const readableMessage: PinoPretty.MessageFormatFunc = (log, messageKey) => {
  const id = typeof log.reqId === 'string' ? `${log.reqId} ` : '';
  const message = String(log[messageKey] ?? '');
  const req = log.req as { method?: string; url?: string } | undefined;
  const res = log.res as { statusCode?: number } | undefined;
  if (message === 'incoming request' && req?.method) return `${id}→ ${req.method} ${req.url ?? ''}`;
  if (message === 'request completed' && res?.statusCode !== undefined) {
    const took = typeof log.responseTime === 'number' ? ` in ${Math.round(log.responseTime)} ms` : '';
    return `${id}← ${res.statusCode}${took}`;
  }
  return `${id}${message}${req?.method ? ` (${req.method} ${req.url ?? ''})` : ''}`;
};

/**
 * How the running BFF logs (docs/decisions/0018-readable-logs.md). In development (NODE_ENV's
 * default) a person reads it in a terminal: one readable line per entry, with the time, the level,
 * the message and the other fields on the same line. With NODE_ENV=production (and in the
 * end-to-end runs, NODE_ENV=test) one JSON object per line on stdout, as pino writes it, for log
 * collectors. Both write synchronously, so log lines and the start banner keep their order and the
 * last lines are not lost at exit. Secrets are redacted before either format sees them.
 */
export function loggerOptions(
  config: Pick<Config, 'logLevel' | 'nodeEnv'>,
  out: LogOutput = process.stdout,
): FastifyServerOptions['logger'] {
  const options = { level: config.logLevel, redact: { paths: LOG_REDACT_PATHS, censor: '[redacted]' } };
  if (config.nodeEnv !== 'development') return options;
  const prettify = PinoPretty.prettyFactory({
    translateTime: 'SYS:HH:MM:ss',
    ignore: 'pid,hostname,reqId,req,res,responseTime',
    singleLine: true,
    messageFormat: readableMessage,
  });
  return { ...options, stream: { write: (line: string) => void out.write(prettify(line)) } };
}
