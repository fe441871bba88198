export { buildSimulator } from './app.js';
export type { SimulatorOptions } from './context.js';
export { SIM_SUBSCRIPTION_KEY, SIM_MAIN_APPLICATION_KEY, SIM_ADDON_APPLICATION_KEYS } from './keys.js';
