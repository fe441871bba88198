import type { Config } from '../../config/config';

/*
 * PowerOffice issues one client key per (application key, PowerOffice client). A company with
 * several POS departments in one PowerOffice client therefore needs a different application key
 * per department: slot 0 is the main "Quickorder" key (from configuration), slots 1–9 the nine
 * "QuickOrder Add-on" keys Quickorder publishes in its PowerOffice guide. They are not secrets:
 * owners paste them into PowerOffice GO (Utvidelser → Egendefinert).
 */
export const ADDON_APPLICATION_KEYS = [
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

export const SLOT_COUNT = 10;

export function slotName(slot: number): string {
  return slot === 0 ? 'Quickorder' : `QuickOrder Add-on ${slot}`;
}

export function applicationKeyForSlot(config: Config, slot: number): string {
  if (slot === 0) return config.powerOffice.applicationKey;
  const key = ADDON_APPLICATION_KEYS[slot - 1];
  if (!key) throw new Error(`no application key slot ${slot}`);
  return key;
}
