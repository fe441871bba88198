import { createHash } from 'node:crypto';

/**
 * The keys of the simulated PowerOffice environment. The subscription key and the main
 * "Quickorder" application key are made-up, obviously fake values; the nine add-on keys are the
 * ones Quickorder publishes in its PowerOffice user guide (slot 1..9).
 */
export const SIM_SUBSCRIPTION_KEY = '11111111-1111-4111-8111-111111111111';
export const SIM_MAIN_APPLICATION_KEY = '22222222-2222-4222-8222-222222222222';

export const SIM_ADDON_APPLICATION_KEYS = [
  '4f6e4b5b-42b3-4fad-a56f-2599ea8fbd44',
  'da8860a2-dfe0-444d-905d-85762bcbc4db',
  'dc1711af-ece3-42b4-a167-20760243a7d5',
  '97b982b7-10e1-4e85-b5dc-204df9f45484',
  '72b85765-8757-490c-b105-f2c06347fdab',
  '4e19601a-9ea7-4ca1-91b4-5158e792d8d8',
  '814c555c-bef6-430d-aadc-7ef83ca02444',
  'cbdb5329-cdfe-4728-9d58-7113de86e743',
  'fa02f52c-b813-47d1-94d7-ca5c8f774a78',
] as const;

/** Slot 0 is the main "Quickorder" key, slots 1..9 are "QuickOrder Add-on 1..9". */
export const SIM_APPLICATION_KEYS: readonly string[] = [SIM_MAIN_APPLICATION_KEY, ...SIM_ADDON_APPLICATION_KEYS];

export function applicationKeyName(slot: number): string {
  return slot === 0 ? 'Quickorder' : `QuickOrder Add-on ${slot}`;
}

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
