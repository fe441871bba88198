export { buildSimulator } from './app.js';
export type { SimulatorOptions } from './context.js';
export {
  SIM_SUBSCRIPTION_KEY,
  SIM_MAIN_APPLICATION_KEY,
  SIM_ADDON_APPLICATION_KEYS,
  SIM_APPLICATION_KEYS,
  deriveClientKey,
  applicationKeyName,
} from './keys.js';
export { seedClients } from './seed/clients.js';
