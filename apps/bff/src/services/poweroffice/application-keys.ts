import { ADDON_APPLICATION_KEYS } from '@qo/contracts';
import type { Config } from '../../config/config';

/*
 * The application key of each slot: slot 0 from configuration, slots 1–9 the published add-on keys
 * (`packages/contracts/src/application-keys.ts`, where the slots are explained).
 */
export function applicationKeyForSlot(config: Config, slot: number): string {
  if (slot === 0) return config.powerOffice.applicationKey;
  const key = ADDON_APPLICATION_KEYS[slot - 1];
  if (!key) throw new Error(`no application key slot ${slot}`);
  return key;
}
