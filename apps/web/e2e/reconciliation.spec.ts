import { expect, type APIRequestContext } from '@playwright/test';
import type { Reconciliation } from '@qo/contracts';
import { apiAs, ok } from './api';
import { expectLoggedIn, logIn, test } from './support';

/*
 * Avstemming for the demo month. This area's BFF starts as `npm start` does (DEMO_RECONCILIATION):
 * Sentrum connected to the simulator's "Demo Restaurant AS", last month transferred, and the
 * acquirers' payouts booked at the simulator — one day missing, one short. The accountant opens the
 * page from the menu, sees both flagged, opens a day and sees its transactions, and refreshes.
 */

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
const now = new Date();
const FROM = iso(new Date(now.getFullYear(), now.getMonth() - 1, 1));
const TO = iso(new Date(now.getFullYear(), now.getMonth(), 0));
const nbDate = (day: string) => day.split('-').reverse().join('.');

let missingDay: string;
let shortDay: string;

/** Waits for the demo bookkeeping (it runs in the background after the BFF starts) to have booked. */
async function settledMonth(api: APIRequestContext): Promise<Reconciliation> {
  let result: Reconciliation | undefined;
  await expect
    .poll(
      async () => {
        const departments = await ok<{ id: string; name: string; integration: unknown }[]>(
          api.get('/api/departments'),
        );
        const sentrum = departments.find((d) => d.name === 'Sentrum');
        if (!sentrum?.integration) return 'not connected yet';
        const res = await api.get(
          `/api/departments/${sentrum.id}/reconciliation?from=${FROM}&to=${TO}&refresh=true`,
        );
        if (!res.ok()) return `${res.status()}`;
        result = (await res.json()) as Reconciliation;
        const card = result.accounts.find((a) => a.accountNo === 1503);
        return card &&
          card.days.some((d) => d.status === 'missing') &&
          card.days.some((d) => d.status === 'short')
          ? 'booked'
          : 'not booked yet';
      },
      { timeout: 240_000, intervals: [12_000] },
    )
    .toBe('booked');
  return result!;
}

test.describe.configure({ mode: 'default', timeout: 300_000 });

test.beforeAll(async ({ baseURL }) => {
  test.setTimeout(300_000);
  const api = await apiAs(baseURL!, 'regnskap@demo.no');
  try {
    const card = (await settledMonth(api)).accounts.find((a) => a.accountNo === 1503)!;
    missingDay = card.days.find((d) => d.status === 'missing')!.businessDay;
    shortDay = card.days.find((d) => d.status === 'short')!.businessDay;
  } finally {
    await api.dispose();
  }
});

// Each test logs in itself: the API login above ends the session a saved login would have had.
test.use({ storageState: { cookies: [], origins: [] } });

test('the accountant sees the missing and the short settlement flagged, and opens a day to its transactions', async ({
  page,
}, testInfo) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('/login');
  await logIn(page, 'regnskap@demo.no');
  await expectLoggedIn(page);
  await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Avstemming' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Avstemming' })).toBeVisible();
  // The default is last month for the first connected department: Sentrum.
  await expect(
    page.getByRole('heading', { level: 2, name: new RegExp(`^Sentrum: ${nbDate(FROM)}`) }),
  ).toBeVisible();

  const table = page.getByRole('table', { name: 'Avstemming konto 1503' });
  await expect(page.getByText('2 driftsdøgn trenger oppmerksomhet')).toBeVisible();
  // Only the days that need attention are shown at first: exactly these two.
  await expect(table.getByRole('row').filter({ has: page.getByRole('rowheader') })).toHaveCount(2);
  await expect(table.getByRole('row', { name: new RegExp(nbDate(missingDay)) })).toContainText(
    'Oppgjør mangler',
  );
  await expect(table.getByRole('row', { name: new RegExp(nbDate(shortDay)) })).toContainText(
    'For lite oppgjort',
  );
  await page.screenshot({ path: testInfo.outputPath('reconciliation-1366.png'), fullPage: true });

  // The short day, opened: the day's voucher, the settlement matched by its reference, and the fee.
  await table.getByRole('button', { name: `Posteringer for ${nbDate(shortDay)}` }).click();
  const day = page.getByRole('region', { name: `Posteringer for driftsdøgnet ${nbDate(shortDay)}` });
  await expect(day).toBeVisible();
  await expect(day.getByRole('row').filter({ hasText: 'Dagens bilag' })).toHaveCount(1);
  await expect(day.getByRole('row').filter({ hasText: 'Oppgjør' })).toContainText('på referanse');
  await expect(day.getByRole('row').filter({ hasText: 'Gebyr' })).toContainText('7770');
  await expect(day).toContainText(/Matchereferanse QO-[0-9a-f]{10}-\d{8}-1503/);
  await expect(table.getByRole('button', { name: `Posteringer for ${nbDate(shortDay)}` })).toHaveAttribute(
    'aria-expanded',
    'true',
  );

  // All days: most are settled.
  await page
    .getByRole('checkbox', { name: 'Vis bare driftsdøgn som trenger oppmerksomhet' })
    .first()
    .uncheck();
  await expect(table.getByRole('row').filter({ hasText: 'Oppgjort' }).first()).toBeVisible();
  expect(await table.getByRole('row').filter({ hasText: 'Oppgjort' }).count()).toBeGreaterThan(15);

  // "Oppdater" reads PowerOffice again and says so.
  await page.getByRole('button', { name: 'Oppdater' }).click();
  await expect(page.getByText('Lest på nytt fra PowerOffice GO')).toBeVisible();

  // The period is typed as dd.mm.åååå whatever the browser's language; a day that does not exist
  // is refused in words, with focus on the field; a typed period is applied.
  const fromField = page.getByLabel('Fra driftsdøgn');
  await expect(fromField).toHaveValue(nbDate(FROM));
  await fromField.fill('31.02.2026');
  await page.getByRole('button', { name: 'Vis avstemming' }).click();
  await expect(page.getByText('Skriv datoen som dd.mm.åååå, for eksempel 01.11.2026')).toBeVisible();
  await expect(fromField).toBeFocused();
  await fromField.fill(nbDate(shortDay));
  await page.getByLabel('Til driftsdøgn').fill(nbDate(shortDay));
  await page.getByRole('button', { name: 'Vis avstemming' }).click();
  await expect(
    page.getByRole('heading', { level: 2, name: new RegExp(`^Sentrum: ${nbDate(shortDay)}`) }),
  ).toBeVisible();
  await expect(table.getByRole('row').filter({ has: page.getByRole('rowheader') })).toHaveCount(1);
});

test('on a phone the page does not scroll sideways; the table scrolls in its own region', async ({
  page,
}, testInfo) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/login?redirectTo=/reconciliation');
  await logIn(page, 'regnskap@demo.no');
  const table = page.getByRole('table', { name: 'Avstemming konto 1503' });
  await expect(table).toBeVisible();
  await table.getByRole('button', { name: `Posteringer for ${nbDate(missingDay)}` }).click();
  await expect(
    page.getByRole('region', { name: `Posteringer for driftsdøgnet ${nbDate(missingDay)}` }),
  ).toBeVisible();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await page.screenshot({ path: testInfo.outputPath('reconciliation-390.png'), fullPage: true });
});
