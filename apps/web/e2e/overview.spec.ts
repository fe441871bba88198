import { expect, request, test, type Page } from '@playwright/test';
import { SIM_URL } from './areas';
import { apiAs, ok, simClient, waitForTransfer } from './api';
import { expectLoggedIn, logIn } from './support';

/*
 * Oversikt: the accountant lands on it after logging in, sees a failed business day in red (in
 * "Trenger oppmerksomhet" and in the department's calendar), opens the day in Eksport, tries it
 * again and sees it turn green; the sales chart is drawn; on a phone nothing scrolls sideways.
 *
 * The day fails the way a day fails at PowerOffice: the simulator's switch for a client's lock date
 * (`POST /_sim/clients/{id}/lock-date`, apps/poweroffice-sim/README.md) is moved onto the day just
 * after the BFF read the client's facts (it reads them at most once a minute), so the voucher is
 * sent and PowerOffice GO refuses it; then the lock date goes back. A per-client switch, unlike the
 * global fault switches, leaves the other areas' transfers on the shared simulator alone: the client
 * is Fjordkafé AS, whose other users post only days long after this one.
 */

const RUN = Date.now().toString(36);
const MONTH = '2026-01';
const SENT_DAY = '2026-01-13';
const FAILED_DAY = '2026-01-14';
const FJORD_LOCK_DATE = '2025-12-31';

let departmentName: string;
let departmentId: string;

async function setLockDate(clientId: string, date: string) {
  const res = await fetch(`${SIM_URL}/_sim/clients/${clientId}/lock-date`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ LockDate: date }),
  });
  expect(res.status).toBe(200);
}

test.describe.configure({ mode: 'default' });

test.beforeAll(async ({ baseURL }) => {
  test.setTimeout(180_000);
  const api = await apiAs(baseURL!);
  departmentName = `Oversikt ${RUN}`;
  const department = await ok<{ id: string }>(
    api.post('/api/departments', { data: { name: departmentName, businessDayStart: '05:00' } }),
  );
  departmentId = department.id;
  const fjord = await simClient('Fjordkafé AS');
  // A free application-key slot: a worker started after a failure sets up a department of its own.
  const slots = await ok<{ slot: number; usedBy: string[] }[]>(api.get('/api/integration/slots'));
  const slot = slots.find((s) => s.usedBy.length === 0)!.slot;
  await ok(
    api.put(`/api/departments/${department.id}/integration`, {
      data: { slot, clientKey: fjord.ApplicationKeys.find((k) => k.Slot === slot)!.ClientKey },
    }),
  );
  const food = await ok<{ id: string }>(
    api.post('/api/product-types', {
      data: { name: `Mat ${RUN}`, kind: 'sales', normalAccountNo: 3010, reducedAccountNo: 3040 },
    }),
  );
  const card = await ok<{ id: string }>(
    api.post('/api/payment-types', {
      data: { name: `Kort ${RUN}`, kind: 'card', accountNo: 1503, transferToAccounting: true },
    }),
  );
  const vat = await ok<{ rate: number; powerOfficeVatCode: string | null }[]>(api.get('/api/vat-codes'));
  if (!vat.find((v) => v.rate === 25)?.powerOfficeVatCode)
    await ok(api.put('/api/vat-codes/25', { data: { powerOfficeVatCode: '3' } }));
  const { token } = await ok<{ token: string }>(
    api.post(`/api/departments/${department.id}/pos-tokens`, { data: { label: 'Kasse' } }),
  );
  const pos = await request.newContext({ baseURL, extraHTTPHeaders: { authorization: `Bearer ${token}` } });
  const order = (id: string, day: string, amount: number) => ({
    id: `${RUN}-${id}`,
    closedAt: `${day}T19:30:00+01:00`,
    orderType: 'dine_in',
    customerId: null,
    lines: [
      {
        productTypeId: food.id,
        description: 'Middag',
        quantity: 1,
        unitPrice: amount,
        discount: 0,
        vatRate: 25,
      },
    ],
    payments: [{ paymentTypeId: card.id, amount, tip: 0 }],
  });
  // And one on the business day before the current one, the last day of the 30 days' chart, so the
  // chart has a bar. Before 05:00 in Oslo the current business day is still the calendar's yesterday,
  // hence the five hours (Oslo's winter offset is near enough at noon).
  const yesterday = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo' }).format(
    new Date(Date.now() - 5 * 3_600_000 - 86_400_000),
  );
  const orders = [
    order('1', SENT_DAY, 84_500),
    order('2', FAILED_DAY, 123_400),
    { ...order('3', yesterday, 56_700), closedAt: `${yesterday}T12:00:00+01:00` },
  ];
  await ok(pos.post('/api/pos/orders', { data: { orders, cashMovements: [] } }));

  const accountant = await apiAs(baseURL!);
  const transfer = (day: string) =>
    ok<{ transferId: string }>(
      accountant.post(`/api/departments/${departmentId}/export/transfers`, { data: { from: day, to: day } }),
    );
  expect((await waitForTransfer(accountant, (await transfer(SENT_DAY)).transferId)).days[0]!.status).toBe(
    'sent',
  );
  // The BFF has just read Fjordkafé's lock date (2025-12-31); PowerOffice now locks the failed day.
  await ok(
    accountant.get(`/api/departments/${departmentId}/export/preview?from=${FAILED_DAY}&to=${FAILED_DAY}`),
  );
  await setLockDate(fjord.ClientId, FAILED_DAY);
  try {
    expect((await waitForTransfer(accountant, (await transfer(FAILED_DAY)).transferId)).days[0]!.status).toBe(
      'failed',
    );
  } finally {
    await setLockDate(fjord.ClientId, FJORD_LOCK_DATE);
  }
  await Promise.all([api.dispose(), pos.dispose(), accountant.dispose()]);
});

/** The department's calendar, moved to January 2026 with the month buttons (the page opens at this month). */
async function showMonth(page: Page) {
  const month = page.getByRole('group', { name: 'Måned' });
  await expect(month).toBeVisible();
  if (!(await month.textContent())?.includes('januar 2026')) {
    const [year, monthNo] = new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Europe/Oslo',
      year: 'numeric',
      month: '2-digit',
    })
      .format(new Date())
      .split('-')
      .map(Number) as [number, number];
    const steps = year * 12 + monthNo - (2026 * 12 + 1);
    const button = month.getByRole('button', { name: steps > 0 ? 'Forrige måned' : 'Neste måned' });
    for (let i = 0; i < Math.abs(steps); i++) {
      const shown = (await month.textContent()) ?? '';
      await button.click();
      await expect(month).not.toHaveText(shown);
    }
  }
  await expect(month).toContainText('januar 2026');
  return page.getByRole('table', { name: `${departmentName}, januar 2026` });
}

/** With QO_SCREENSHOTS_DIR set: the page screen by screen, from the top, for a person to look at. */
async function screenshots(page: Page, size: string) {
  const dir = process.env.QO_SCREENSHOTS_DIR;
  if (!dir) return;
  const { height } = page.viewportSize()!;
  const total = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let i = 0, y = 0; y < total && i < 8; i++, y += height) {
    await page.evaluate((top) => window.scrollTo(0, top), y);
    await page.screenshot({ path: `${dir}/overview-${size}-${i + 1}.png` });
  }
}

test.use({ storageState: { cookies: [], origins: [] } });

test('the accountant lands on Oversikt, opens the failed day, tries it again and sees it turn green', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await page.goto('/');
  await logIn(page, 'regnskap@demo.no');
  await expectLoggedIn(page);
  await expect(page).toHaveURL(/\/overview$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Oversikt' })).toBeVisible();

  // In "Trenger oppmerksomhet", as an error, with PowerOffice's reason explained and its actions.
  const attention = page.getByRole('region', { name: 'Trenger oppmerksomhet' });
  const item = attention
    .getByRole('listitem')
    .filter({ hasText: `${departmentName}: driftsdøgnet 14.01.2026 feilet` });
  await expect(item).toBeVisible({ timeout: 30_000 });
  await expect(item.getByText('Feil', { exact: true })).toBeVisible();
  await expect(item).toContainText('sperret periode');
  await expect(item.getByRole('button', { name: /^Prøv igjen/ })).toBeVisible();

  // In the calendar: red, with its icon and word, the sent day before it green.
  const calendar = await showMonth(page);
  const failed = calendar.getByRole('link', { name: /^14\.01\.2026: Feilet, 1\s234,00\skr/ });
  await expect(failed).toBeVisible();
  await expect(failed).toHaveClass(/overview-day--danger/);
  await expect(failed).toContainText('✕');
  await expect(calendar.getByRole('link', { name: /^13\.01\.2026: Sendt, 845,00\skr/ })).toHaveClass(
    /overview-day--ok/,
  );

  // The chart of the department is drawn, with the same numbers in its table.
  const card = page.getByRole('region', { name: departmentName, exact: true });
  await expect(card.locator('svg.recharts-surface[role="application"]')).toBeVisible({ timeout: 30_000 });
  await expect(
    card.getByRole('figure', { name: `Salg per dag for ${departmentName}, siste 30 dager` }),
  ).toBeVisible();
  await expect(card.locator('.recharts-bar-rectangle').first()).toBeVisible();
  await card.getByText('Vis som tabell').click();
  await expect(card.getByRole('row').filter({ hasText: '567,00' })).toBeVisible();

  // Open the day: Eksport at that day, where it is tried again.
  await failed.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Eksport' })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`from=${FAILED_DAY}&to=${FAILED_DAY}&department=${departmentId}`));
  const history = page.getByRole('table', { name: `Historikk for ${departmentName}` });
  await history.getByRole('button', { name: 'Prøv igjen: overfør 14.01.2026 på nytt' }).click();
  await expect(
    history
      .getByRole('row')
      .filter({ hasText: '14.01.2026' })
      .locator('.badge')
      .getByText('Sendt', { exact: true }),
  ).toBeVisible({ timeout: 60_000 });

  // Back on Oversikt the day is green and nothing about it needs attention.
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Oversikt' })).toBeVisible();
  const again = await showMonth(page);
  const sent = again.getByRole('link', { name: /^14\.01\.2026: Sendt, 1\s234,00\skr/ });
  await expect(sent).toBeVisible({ timeout: 30_000 });
  await expect(sent).toHaveClass(/overview-day--ok/);
  await expect(sent).toContainText('✓');
  await expect(
    attention.getByRole('listitem').filter({ hasText: `${departmentName}: driftsdøgnet 14.01.2026` }),
  ).toHaveCount(0);
});

test('on a phone Oversikt fits the screen: seven narrow columns, no sideways scroll', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/login?redirectTo=${encodeURIComponent(`/overview?month=${MONTH}`)}`);
  await logIn(page, 'regnskap@demo.no');
  await expectLoggedIn(page);
  const calendar = page.getByRole('table', { name: `${departmentName}, januar 2026` });
  await expect(calendar.getByRole('link', { name: /^14\.01\.2026: / })).toBeVisible({ timeout: 30_000 });
  await expect(
    page
      .getByRole('region', { name: departmentName, exact: true })
      .locator('svg.recharts-surface[role="application"]'),
  ).toBeVisible({ timeout: 30_000 });
  const box = await calendar.boundingBox();
  expect(box!.width).toBeLessThanOrEqual(390);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await screenshots(page, 'phone');
});

test('on a laptop Oversikt shows the month beside the chart', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(`/login?redirectTo=${encodeURIComponent(`/overview?month=${MONTH}&days=90`)}`);
  await logIn(page, 'regnskap@demo.no');
  await expectLoggedIn(page);
  const card = page.getByRole('region', { name: departmentName, exact: true });
  await expect(
    card.getByRole('figure', { name: `Salg per dag for ${departmentName}, siste 90 dager` }),
  ).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('radio', { name: '90 dager' })).toBeChecked();
  // The range lives in the address: the radio is checked once the page has moved there.
  await page.getByRole('radio', { name: '30 dager' }).click();
  await expect(page.getByRole('radio', { name: '30 dager' })).toBeChecked();
  await expect(
    card.getByRole('figure', { name: `Salg per dag for ${departmentName}, siste 30 dager` }),
  ).toBeVisible();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await screenshots(page, 'laptop');
});
