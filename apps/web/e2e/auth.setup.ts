import { expect, test as setup } from '@playwright/test';
import { ACTIVE_AREAS, areaURL } from './areas';
import { demoUsers, expectLoggedIn, logIn, storageStatePath } from './support';

// Log in once per role at every area's BFF through the real login page; specs reuse the sessions.
for (const area of ACTIVE_AREAS) {
  for (const user of demoUsers) {
    setup(`log in as ${user.role} at the ${area} BFF`, async ({ page }) => {
      const baseURL = areaURL(area);
      await page.goto(`${baseURL}/login`);
      await logIn(page, user.email);
      await expectLoggedIn(page);
      await expect(page).not.toHaveURL(/\/login/);
      await page.context().storageState({ path: storageStatePath(user.role, baseURL) });
    });
  }
}
