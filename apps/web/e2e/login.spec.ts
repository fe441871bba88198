import { expect, request as playwrightRequest, test } from '@playwright/test';
import { expectLoggedIn, logIn, mainNavigation } from './support';

test('a wrong password shows the error and keeps the user on the login page', async ({ page }) => {
  await page.goto('/login');
  await logIn(page, 'regnskap@demo.no', 'feil-passord');
  await expect(page.getByRole('alert')).toHaveText('Feil e-post eller passord.');
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByRole('button', { name: 'Logg ut' })).toHaveCount(0);
});

test('an invalid form shows field errors without asking the server', async ({ page }) => {
  let loginCalls = 0;
  page.on('request', (request) => {
    if (request.url().endsWith('/api/auth/login')) loginCalls += 1;
  });
  await page.goto('/login');
  await logIn(page, 'ikke-en-epost', '');
  await expect(page.getByText('Oppgi en gyldig e-postadresse')).toBeVisible();
  await expect(page.getByText('Oppgi passord')).toBeVisible();
  await expect(page.getByLabel('E-post')).toHaveAttribute('aria-invalid', 'true');
  expect(loginCalls).toBe(0);
});

test('a page opened without a session leads to login and back to that page', async ({ page }) => {
  await page.goto('/payment-types');
  await expect(page).toHaveURL(/\/login\?redirectTo=%2Fpayment-types$/);
  await logIn(page, 'regnskap@demo.no');
  await expect(page).toHaveURL(/\/payment-types$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Betalingstyper' })).toBeVisible();
});

test('logout ends the session', async ({ page, baseURL }) => {
  await page.goto('/login');
  await logIn(page, 'eier@demo.no');
  await expectLoggedIn(page);
  await mainNavigation(page).getByRole('link', { name: 'Eksport' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Eksport' })).toBeVisible();

  const cookieHeader = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
  const replay = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { cookie: cookieHeader } });
  expect((await replay.get('/api/me')).status()).toBe(200);

  await page.getByRole('button', { name: 'Logg ut' }).click();
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByRole('heading', { name: 'Logg inn' })).toBeVisible();

  // Back to the page: the app sends the user to the login page again.
  await page.goBack();
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByRole('heading', { level: 1, name: 'Eksport' })).toHaveCount(0);

  // A fresh load asks the server, which no longer knows the session.
  await page.goto('/export');
  await expect(page).toHaveURL(/\/login\?redirectTo=%2Fexport$/);

  // Ended on the server, not just forgotten by the browser: the old cookie opens nothing.
  expect((await replay.get('/api/me')).status()).toBe(401);
  await replay.dispose();
});
