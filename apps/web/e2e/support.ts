import { test as base, expect, type Page } from '@playwright/test';

export type DemoUser = {
  role: 'owner' | 'accountant' | 'staff';
  email: string;
  name?: string;
  /** The main navigation this role must see, in order (Norwegian labels). */
  navigation: string[];
};

export const DEMO_PASSWORD = 'demo';

// Oversikt first, then grouped as the user guide names the places: Innstillinger, Meny, Regnskap, Økonomi.
const ALL_AREAS = [
  'Oversikt',
  'Integrasjoner',
  'Betalingstyper',
  'Varsler',
  'Produkttyper',
  'Momskoder',
  'Eksport',
  'Avstemming',
  'Kunder',
];

export const demoUsers: DemoUser[] = [
  { role: 'owner', email: 'eier@demo.no', navigation: ALL_AREAS },
  { role: 'accountant', email: 'regnskap@demo.no', navigation: ALL_AREAS },
  { role: 'staff', email: 'ansatt@demo.no', navigation: ['Varsler', 'Kunder'] },
];

/** The saved login of a role at one area's BFF (each area has its own BFF, see areas.ts). */
export const storageStatePath = (role: DemoUser['role'], baseURL: string) =>
  `e2e/.auth/${new URL(baseURL).hostname}-${role}.json`;

/**
 * `test` with a `role` option: `test.use({ role: 'owner' })` starts each test logged in as that demo
 * user at the project's BFF, from the setup project's saved login.
 */
export const test = base.extend<{ role: DemoUser['role'] | undefined }>({
  role: [undefined, { option: true }],
  storageState: async ({ role, baseURL, storageState }, use) => {
    await use(role && baseURL ? storageStatePath(role, baseURL) : storageState);
  },
});

export async function logIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.getByLabel('E-post').fill(email);
  await page.getByLabel('Passord').fill(password);
  await page.getByRole('button', { name: 'Logg inn' }).click();
}

export function mainNavigation(page: Page) {
  return page.getByRole('navigation', { name: 'Hovedmeny' });
}

export async function expectLoggedIn(page: Page) {
  await expect(page.getByRole('button', { name: 'Logg ut' })).toBeVisible();
}
