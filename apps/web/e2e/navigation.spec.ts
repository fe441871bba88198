import { expect } from '@playwright/test';
import { demoUsers, mainNavigation, test } from './support';

for (const user of demoUsers) {
  test.describe(`${user.role} (${user.email})`, () => {
    test.use({ role: user.role });

    test('sees exactly their navigation', async ({ page }) => {
      await page.goto('/');
      await expect(mainNavigation(page).getByRole('link')).toHaveText(user.navigation);
      await expect(page.getByLabel('Innlogget bruker')).toContainText(
        { owner: 'Eier', accountant: 'Regnskapsfører', staff: 'Ansatt' }[user.role],
      );
      await expect(page.getByLabel('Innlogget bruker')).toContainText('Demo Restaurant AS');
    });
  });
}

test.describe('owner pages', () => {
  test.use({ role: 'owner' });

  test('every navigation entry opens its page', async ({ page }) => {
    await page.goto('/');
    for (const label of demoUsers[0]!.navigation) {
      await mainNavigation(page).getByRole('link', { name: label }).click();
      await expect(page.getByRole('heading', { level: 1, name: label })).toBeVisible();
      await expect(mainNavigation(page).getByRole('link', { name: label })).toHaveAttribute(
        'aria-current',
        'page',
      );
    }
  });

  test('Integrasjoner shows a card per department with its business hours', async ({ page }) => {
    await page.goto('/integrations');
    // The demo company has three departments, all on the default 05:00–05:00 business day.
    for (const name of ['Sentrum', 'Grünerløkka', 'Aker Brygge']) {
      const card = page.getByRole('region', { name, exact: true });
      await expect(card).toBeVisible();
      await expect(card.getByRole('definition').first()).toHaveText('05:00–05:00');
      await expect(card.getByRole('term').first()).toHaveText('Drifttid');
    }
  });

  test('an unknown address shows the 404 page inside the app', async ({ page }) => {
    await page.goto('/finnes-ikke');
    await expect(page.getByRole('heading', { name: 'Siden finnes ikke' })).toBeVisible();
    await expect(mainNavigation(page)).toBeVisible();
  });
});

test.describe('staff outside their area', () => {
  test.use({ role: 'staff' });

  test('lands on Kunder and gets a friendly refusal elsewhere', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/customers$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Kunder' })).toBeVisible();

    await page.goto('/export');
    await expect(page.getByRole('heading', { name: 'Ingen tilgang' })).toBeVisible();
    await expect(page.getByText('Rollen din (Ansatt) gir ikke tilgang')).toBeVisible();
  });
});
