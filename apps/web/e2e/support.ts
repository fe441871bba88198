import { expect, type Page } from '@playwright/test';

export type DemoUser = {
  role: 'owner' | 'accountant' | 'staff';
  email: string;
  name?: string;
  /** The main navigation this role must see, in order (Norwegian labels). */
  navigation: string[];
};

export const DEMO_PASSWORD = 'demo';

const ALL_AREAS = ['Integrasjoner', 'Produkttyper', 'Momskoder', 'Betalingstyper', 'Eksport', 'Kunder'];

export const demoUsers: DemoUser[] = [
  { role: 'owner', email: 'eier@demo.no', navigation: ALL_AREAS },
  { role: 'accountant', email: 'regnskap@demo.no', navigation: ALL_AREAS },
  { role: 'staff', email: 'ansatt@demo.no', navigation: ['Kunder'] },
];

export const storageStatePath = (role: DemoUser['role']) => `e2e/.auth/${role}.json`;

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
