import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { loggerOptions, type LogOutput } from './logging';

const development = { logLevel: 'info', nodeEnv: 'development' } as const;

// eslint-disable-next-line no-control-regex -- the terminal's colour codes start with ESC
const COLOUR_CODES = /\x1b\[[0-9;]*m/g;

/** A terminal that keeps what is written to it, colours taken out. */
function captured() {
  const chunks: string[] = [];
  const out: LogOutput = { write: (text: string) => chunks.push(text) };
  const lines = () => chunks.join('').replace(COLOUR_CODES, '').split('\n').filter(Boolean);
  return { out, lines };
}

describe('the BFF log in development, read by a person in a terminal', () => {
  it('writes one readable line per entry: time, level, message, request id', async () => {
    const { out, lines } = captured();
    const app = Fastify({ logger: loggerOptions(development, out) });
    app.get('/api/things/:id', async (request) => {
      request.log.info({ thing: request.params }, 'thing read');
      return { ok: true };
    });
    await app.inject({ method: 'GET', url: '/api/things/42' });
    await app.close();

    const [incoming, own, completed] = lines();
    expect(incoming).toMatch(/^\[\d\d:\d\d:\d\d\] INFO: req-1 → GET \/api\/things\/42$/);
    expect(own).toMatch(/^\[\d\d:\d\d:\d\d\] INFO: req-1 thing read \{"thing":\{"id":"42"\}\}$/);
    expect(completed).toMatch(/^\[\d\d:\d\d:\d\d\] INFO: req-1 ← 200 in \d+ ms$/);
    expect(lines().join('\n')).not.toContain('"level"');
  });

  it('names the request an error belongs to, and shows the error', async () => {
    const { out, lines } = captured();
    const app = Fastify({ logger: loggerOptions(development, out) });
    app.get('/broken', async () => {
      throw new Error('the disk is full');
    });
    await app.inject({ method: 'GET', url: '/broken' });
    await app.close();
    const text = lines().join('\n');
    expect(text).toMatch(/ERROR: req-1 the disk is full \(GET \/broken\)/);
    expect(text).toContain('Error: the disk is full');
  });

  it('still keeps secrets out', async () => {
    const { out, lines } = captured();
    const app = Fastify({ logger: loggerOptions(development, out) });
    app.log.info({ clientKey: 'b2d12d6b-secret', body: { password: 'hunter2' } }, 'connecting');
    await app.close();
    const text = lines().join('\n');
    expect(text).toContain('connecting');
    expect(text).not.toContain('b2d12d6b-secret');
    expect(text).not.toContain('hunter2');
    expect(text).toContain('[redacted]');
  });
});

describe('the BFF log everywhere else', () => {
  it('is pino JSON on stdout in production', () => {
    const options = loggerOptions({ logLevel: 'info', nodeEnv: 'production' }, captured().out);
    expect(options).toMatchObject({ level: 'info', redact: { censor: '[redacted]' } });
    expect(options).not.toHaveProperty('stream');
  });

  it('is pino JSON in the end-to-end runs (NODE_ENV=test)', () => {
    const options = loggerOptions({ logLevel: 'warn', nodeEnv: 'test' }, captured().out);
    expect(options).toMatchObject({ level: 'warn' });
    expect(options).not.toHaveProperty('stream');
  });
});
