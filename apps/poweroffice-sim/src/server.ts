import PinoPretty from 'pino-pretty';
import { buildSimulator } from './app.js';
import { SIM_APPLICATION_KEYS, applicationKeyName, deriveClientKey } from './keys.js';
import { seedClients } from './seed/clients.js';

// The simulator's own configuration; it runs beside the BFF and reads only these two variables.
const port = Number(process.env.POWEROFFICE_SIM_PORT ?? 4010);
const rateLimit = process.env.POWEROFFICE_RATE_LIMIT_PER_SECOND;

// A person reads this log (`npm start`, `pnpm dev`; the end-to-end and bench runs ignore it): one
// readable line per entry, see docs/decisions/0018-readable-logs.md.
const prettify = PinoPretty.prettyFactory({
  translateTime: 'SYS:HH:MM:ss',
  ignore: 'pid,hostname,reqId,req,res,responseTime',
  singleLine: true,
  messageFormat:
    '{if reqId}{reqId} {end}{msg}{if req.method} {req.method} {req.url}{end}{if res.statusCode} {res.statusCode}{end}',
});
const logger = { stream: { write: (line: string) => void process.stdout.write(prettify(line)) } };

const app = await buildSimulator({ logger, ...(rateLimit ? { rateLimitPerSecond: Number(rateLimit) } : {}) });
await app.listen({ port, host: '127.0.0.1' });

// What the demo needs: the client keys of the demo's PowerOffice client for its three departments.
// Every client's keys on every slot: apps/poweroffice-sim/README.md and GET /_sim/clients.
const demo = seedClients[0]!;
const lines = [
  `PowerOffice GO simulator on http://127.0.0.1:${port} (token URL /OAuth/Token, API /v2)`,
  `  client keys of "${demo.name}", to paste in Integrasjoner → Koble til:`,
  ...SIM_APPLICATION_KEYS.slice(0, 3).map(
    (key, slot) => `    slot ${slot} ${applicationKeyName(slot).padEnd(19)} ${deriveClientKey(demo.id, key)}`,
  ),
  `  every client and slot: GET http://127.0.0.1:${port}/_sim/clients (admin: POST /_sim/faults, /_sim/reset)`,
];
console.log(lines.join('\n'));

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    app.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  });
}
