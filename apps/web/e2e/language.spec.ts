import { expect } from '@playwright/test';
import { test } from './support';

test.use({ role: 'accountant' });

test('switching to English changes the UI and is remembered', async ({ page }) => {
  await page.goto('/vat-codes');
  await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
  await expect(page.getByRole('heading', { level: 1, name: 'Momskoder' })).toBeVisible();

  await page.getByLabel('Språk').selectOption('en');

  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1, name: 'VAT codes' })).toBeVisible();
  const nav = page.getByRole('navigation', { name: 'Main menu' });
  await expect(nav.getByRole('link')).toHaveText([
    'Overview',
    'Integrations',
    'Payment types',
    'Alerts',
    'Product types',
    'VAT codes',
    'Export',
    'Reconciliation',
    'Customers',
  ]);
  await expect(nav).toContainText('Settings');
  await expect(nav).toContainText('Accounting');
  await expect(page.getByRole('button', { name: 'Log out' })).toBeVisible();
  await expect(page.getByLabel('Signed-in user')).toContainText('Accountant');

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'VAT codes' })).toBeVisible();

  await page.getByLabel('Language').selectOption('nb');
  await expect(page.getByRole('heading', { level: 1, name: 'Momskoder' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
});

test('when the English words cannot be fetched, the page stays Norwegian and says why', async ({ page }) => {
  await page.goto('/vat-codes');
  await expect(page.getByRole('heading', { level: 1, name: 'Momskoder' })).toBeVisible();
  // English is its own chunk (src/lib/english.ts); here the network refuses it.
  await page.route(/\/assets\/english-[^/]*\.js$/, (route) => route.abort('internetdisconnected'));

  await page.getByLabel('Språk').selectOption('en');

  await expect(page.getByRole('alert').filter({ hasText: 'Språket kunne ikke hentes' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Momskoder' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
  await expect(page.getByLabel('Språk')).toHaveValue('nb');

  // With the network back, the same choice works.
  await page.unroute(/\/assets\/english-[^/]*\.js$/);
  await page.getByLabel('Språk').selectOption('en');
  await expect(page.getByRole('heading', { level: 1, name: 'VAT codes' })).toBeVisible();
  await page.getByLabel('Language').selectOption('nb');
  await expect(page.getByRole('heading', { level: 1, name: 'Momskoder' })).toBeVisible();
});
