/*
 * PowerOffice issues one client key per (application key, PowerOffice client). A company with
 * several POS departments in one PowerOffice client therefore needs a different application key
 * per department: slot 0 is the main "Quickorder" key (the BFF's configuration), slots 1–9 the nine
 * "QuickOrder Add-on" keys Quickorder publishes in its PowerOffice guide. They are not secrets:
 * owners paste them into PowerOffice GO (Utvidelser → Egendefinert). The BFF and the PowerOffice
 * simulator both read them from here.
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

/** Slot 0 (the main key) and the nine add-on slots. */
export const SLOT_COUNT = 1 + ADDON_APPLICATION_KEYS.length;

/** The name PowerOffice GO shows for the application of a slot. */
export function slotName(slot: number): string {
  return slot === 0 ? 'Quickorder' : `QuickOrder Add-on ${slot}`;
}

/**
 * The PowerOffice simulator's subscription key and main application key: made-up, obviously fake
 * values, and the BFF's defaults outside production so that `npm start` talks to the simulator.
 */
export const SIMULATOR_SUBSCRIPTION_KEY = '11111111-1111-4111-8111-111111111111';
export const SIMULATOR_MAIN_APPLICATION_KEY = '22222222-2222-4222-8222-222222222222';
