import {
  ADDON_APPLICATION_KEYS,
  SIMULATOR_MAIN_APPLICATION_KEY,
  SIMULATOR_SUBSCRIPTION_KEY,
  slotName,
} from '@qo/contracts';
import { createHash } from 'node:crypto';

/**
 * The keys of the simulated PowerOffice environment: the subscription key and the main
 * "Quickorder" application key are made-up, obviously fake values; the nine add-on keys are the
 * ones Quickorder publishes in its PowerOffice user guide (slot 1..9). One list for the BFF and the
 * simulator: `packages/contracts/src/application-keys.ts`.
 */
export const SIM_SUBSCRIPTION_KEY = SIMULATOR_SUBSCRIPTION_KEY;
export const SIM_MAIN_APPLICATION_KEY = SIMULATOR_MAIN_APPLICATION_KEY;
export const SIM_ADDON_APPLICATION_KEYS = ADDON_APPLICATION_KEYS;

/** Slot 0 is the main "Quickorder" key, slots 1..9 are "QuickOrder Add-on 1..9". */
export const SIM_APPLICATION_KEYS: readonly string[] = [
  SIM_MAIN_APPLICATION_KEY,
  ...SIM_ADDON_APPLICATION_KEYS,
];

export const applicationKeyName = slotName;

/** A UUID (version-4 layout) derived from text, so seeded ids and keys never change between runs. */
export function deterministicUuid(text: string): string {
  const hex = createHash('sha256').update(text).digest('hex');
  const variant = ((parseInt(hex[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** The client key PowerOffice would have issued when `applicationKey` was activated on the client. */
export function deriveClientKey(clientId: string, applicationKey: string): string {
  return deterministicUuid(`client-key:${clientId}:${applicationKey.toLowerCase()}`);
}
