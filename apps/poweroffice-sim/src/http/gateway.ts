import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { performance } from 'node:perf_hooks';
import type { SimContext } from '../context.js';
import type { ReceivedRequest } from '../state/store.js';
import { SIM_SUBSCRIPTION_KEY } from '../keys.js';
import { problem, sendProblem } from './problem.js';

/**
 * What Azure API Management does in front of PowerOffice: the subscription key on every call,
 * the per-subscription rate limit, plus the simulator's injected faults. Admin routes (/_sim)
 * are outside the gateway and never count against the limit.
 */
export function registerGateway(app: FastifyInstance, ctx: SimContext): void {
  const windows = new Map<string, number[]>();
  const pendingTimeouts = new Set<{ timer: NodeJS.Timeout; request: FastifyRequest }>();

  app.addHook('onClose', async () => {
    for (const pending of pendingTimeouts) {
      clearTimeout(pending.timer);
      pending.request.raw.socket?.destroy();
    }
    pendingTimeouts.clear();
  });

  const logged = new WeakMap<FastifyRequest, ReceivedRequest>();
  app.addHook('onSend', async (request, reply, payload) => {
    const entry = logged.get(request);
    if (entry) entry.status = reply.statusCode;
    return payload;
  });

  app.addHook('onRequest', async (request, reply) => {
    if (request.url.startsWith('/_sim')) return;
    const entry: ReceivedRequest = {
      method: request.method,
      path: request.url.split('?')[0] ?? '',
      at: new Date().toISOString(),
      status: null,
    };
    ctx.store.requests.push(entry);
    logged.set(request, entry);

    const key = subscriptionKeyOf(request);
    if (key === undefined) {
      return apimDenied(
        reply,
        'Access denied due to missing subscription key. Make sure to include subscription key when making requests to an API.',
      );
    }
    if (key.toLowerCase() !== SIM_SUBSCRIPTION_KEY) {
      return apimDenied(
        reply,
        'Access denied due to invalid subscription key. Make sure to provide a valid key for an active subscription.',
      );
    }

    // Sliding one-second window, counted on a monotonic clock (not ctx.now, which tests may freeze).
    const at = performance.now();
    const recent = (windows.get(key) ?? []).filter((t) => t > at - 1000);
    if (recent.length >= ctx.rateLimitPerSecond) {
      const retryAfter = Math.max(1, Math.ceil(((recent[0] ?? at) + 1000 - at) / 1000));
      windows.set(key, recent);
      return reply
        .code(429)
        .header('Retry-After', String(retryAfter))
        .type('application/json')
        .send({ statusCode: '429', message: `Rate limit is exceeded. Try again in ${retryAfter} seconds.` });
    }
    recent.push(at);
    windows.set(key, recent);

    const faults = ctx.store.faults;
    const isToken = /\/oauth\/token$/i.test(request.url.split('?')[0] ?? '');
    if (isToken && !faults.includeToken) return;

    if (faults.rateLimitedUntil > Date.now()) {
      // Others on the key keep the budget spent: each caller is told to come back in a second.
      return reply
        .code(429)
        .header('Retry-After', '1')
        .type('application/json')
        .send({ statusCode: '429', message: 'Rate limit is exceeded. Try again in 1 seconds.' });
    }
    if (faults.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, faults.latencyMs));

    if (faults.nextFailures.count > 0) {
      faults.nextFailures.count -= 1;
      const status = faults.nextFailures.status;
      if (status === 'timeout') {
        reply.hijack();
        const pending = {
          request,
          timer: setTimeout(() => {
            pendingTimeouts.delete(pending);
            request.raw.socket?.destroy();
          }, faults.timeoutMs),
        };
        pendingTimeouts.add(pending);
        return reply;
      }
      return injectedFailure(reply, status);
    }
    if (faults.errorRate > 0 && ctx.random() < faults.errorRate) return injectedFailure(reply, 500);
  });

  // After the body is read, so a client that gave up meanwhile cannot keep the write from landing.
  app.addHook('preHandler', async (request) => {
    const held = ctx.store.faults.commitAfterClientGaveUp;
    if (
      held.count === 0 ||
      request.url.startsWith('/_sim') ||
      !['POST', 'PUT', 'PATCH'].includes(request.method)
    )
      return;
    if (/\/oauth\/token$/i.test(request.url.split('?')[0] ?? '')) return;
    held.count -= 1;
    // Processed (and committed) afterwards as usual; the answer goes nowhere if the client left.
    await new Promise((resolve) => setTimeout(resolve, held.holdMs));
  });
}

function subscriptionKeyOf(request: FastifyRequest): string | undefined {
  const header = request.headers['ocp-apim-subscription-key'];
  if (typeof header === 'string' && header !== '') return header;
  const query = request.query as Record<string, unknown> | undefined;
  const fromQuery = query?.['subscription-key'];
  return typeof fromQuery === 'string' && fromQuery !== '' ? fromQuery : undefined;
}

function apimDenied(reply: FastifyReply, message: string): FastifyReply {
  return reply.code(401).type('application/json').send({ statusCode: 401, message });
}

function injectedFailure(reply: FastifyReply, status: 500 | 503): FastifyReply {
  return status === 503
    ? sendProblem(
        reply,
        problem(503, 'Service Unavailable', 'The service is temporarily unavailable (simulated fault).'),
      )
    : sendProblem(
        reply,
        problem(500, 'An error occurred while processing your request.', 'Simulated fault.'),
      );
}

/**
 * Sends a write's success response, or — when the drop-response fault is armed — destroys the
 * connection instead. The write is already committed when this is called, which is the point.
 */
export function sendWriteResult(
  ctx: SimContext,
  request: FastifyRequest,
  reply: FastifyReply,
  status: number,
  body?: unknown,
): FastifyReply {
  if (ctx.store.faults.dropResponseAfterWrite > 0) {
    ctx.store.faults.dropResponseAfterWrite -= 1;
    reply.hijack();
    request.raw.socket?.destroy();
    return reply;
  }
  return body === undefined ? reply.code(status).send() : reply.code(status).send(body);
}
