import { buildSimulator } from './app.js';
import { SIM_APPLICATION_KEYS, SIM_SUBSCRIPTION_KEY, applicationKeyName, deriveClientKey } from './keys.js';
import { seedClients } from './seed/clients.js';

// The simulator's own configuration; it runs beside the BFF and reads only these two variables.
const port = Number(process.env.POWEROFFICE_SIM_PORT ?? 4010);
const rateLimit = process.env.POWEROFFICE_RATE_LIMIT_PER_SECOND;

const app = await buildSimulator({ logger: true, ...(rateLimit ? { rateLimitPerSecond: Number(rateLimit) } : {}) });
await app.listen({ port, host: '127.0.0.1' });

const lines = [
  `PowerOffice GO simulator on http://127.0.0.1:${port}`,
  `  token URL   http://127.0.0.1:${port}/OAuth/Token`,
  `  API URL     http://127.0.0.1:${port}/v2`,
  `  subscription key  ${SIM_SUBSCRIPTION_KEY}`,
  ...seedClients.flatMap((client) => [
    `  ${client.name} (${client.id})`,
    ...SIM_APPLICATION_KEYS.map((key, slot) => `    slot ${slot} ${applicationKeyName(slot).padEnd(19)} app ${key}  client ${deriveClientKey(client.id, key)}`),
  ]),
  `  admin: GET /_sim/clients, POST /_sim/faults, POST /_sim/reset, GET /_sim/posted`,
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
