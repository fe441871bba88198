import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { CSRF_COOKIE, CSRF_HEADER } from '@qo/contracts';
import fp from 'fastify-plugin';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import { SESSION_COOKIE } from '../../lib/sessions';

export const DOCS_PREFIX = '/api/docs';

const description = `
The Quickorder ⇄ PowerOffice GO backoffice API. JSON everywhere; amounts are integer øre.
Errors are RFC 9457 problem details with \`errors: [{ path, message }]\` for invalid input.

**Browser calls** authenticate with the session cookie \`${SESSION_COOKIE}\` set by \`POST /api/auth/login\`
(httpOnly, SameSite=Lax, Secure in production).

**CSRF (double submit).** Login and \`GET /api/me\` also set the readable cookie \`${CSRF_COOKIE}\`.
Every state-changing call (POST, PUT, PATCH, DELETE) made with the session cookie must send the same
value in the header \`${CSRF_HEADER}\`; the token is bound to the session. A missing or mismatching
token is refused with 403 (\`code: "csrf_failed"\`). \`POST /api/auth/login\` is exempt.

**POS calls** (\`/api/pos/…\`) use \`Authorization: Bearer <device token>\` and need no CSRF token.

**Login throttling.** Too many attempts from one IP or for one email answer 429 (\`code: "rate_limited"\`);
5 failed passwords lock the account for 15 minutes: 429 with \`code: "account_locked"\` and \`Retry-After\`.
`.trim();

/** OpenAPI generated from the zod route schemas: UI at /api/docs, JSON at /api/docs/json. */
export default fp(
  async (app) => {
    await app.register(swagger, {
      openapi: {
        openapi: '3.1.0',
        info: { title: 'Quickorder ⇄ PowerOffice GO BFF', version: '1.0.0', description },
        components: {
          securitySchemes: {
            session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE },
            csrf: { type: 'apiKey', in: 'header', name: CSRF_HEADER },
            deviceToken: { type: 'http', scheme: 'bearer' },
          },
        },
      },
      transform: jsonSchemaTransform,
    });
    await app.register(swaggerUi, { routePrefix: DOCS_PREFIX });
  },
  { name: 'swagger' },
);
