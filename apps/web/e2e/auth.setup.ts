import { expect, test as setup } from '@playwright/test';
import { demoUsers, expectLoggedIn, logIn, storageStatePath } from './support';

// Log in once per role through the real login page; specs reuse the sessions.
for (const user of demoUsers) {
  setup(`log in as ${user.role}`, async ({ page }) => {
    await page.goto('/login');
    await logIn(page, user.email);
    await expectLoggedIn(page);
    await expect(page).not.toHaveURL(/\/login/);
    await page.context().storageState({ path: storageStatePath(user.role) });
  });
}
