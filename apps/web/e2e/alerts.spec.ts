import { expect, request, type Page } from '@playwright/test';
import { apiAs, ok, simClient, waitForTransfer } from './api';
import { test } from './support';

/*
 * Varsler: a business day PowerOffice GO refused shows in the header's bell, red, unread; opening
 * it goes to the day in Eksport and marks it read. The Varsler page saves a user's choices with a
 * toast. On a phone the bell's panel and the page fit without sideways scrolling.
 *
 * The day fails the way a day fails at PowerOffice, with nothing switched on the shared simulator:
 * a product type mapped to a cost account (4000, only a warning in Produkttyper), whose VAT code
 * PowerOffice GO does not allow on that account, so it refuses the voucher.
 */

const RUN = Date.now().toString(36);
const FAILED_DAY = '2026-01-21';
const DEPARTMENT = `Varsler ${RUN}`;
let departmentId: string;

/**
 * The owner through the API, in a context of its own: a context made inside a test inherits the
 * test's saved login, and logging in again from it would end the session the UI tests use.
 */
test.describe.configure({ mode: 'serial' });

test.beforeAll(async ({ baseURL }) => {
  test.setTimeout(180_000);
  const api = await apiAs(baseURL!);
  const department = await ok<{ id: string }>(
    api.post('/api/departments', { data: { name: DEPARTMENT, businessDayStart: '05:00' } }),
  );
  departmentId = department.id;
  const demo = await simClient('Demo Restaurant AS');
  const slots = await ok<{ slot: number; usedBy: string[] }[]>(api.get('/api/integration/slots'));
  const slot = slots.find((s) => s.usedBy.length === 0)!.slot;
  await ok(
    api.put(`/api/departments/${departmentId}/integration`, {
      data: { slot, clientKey: demo.ApplicationKeys.find((k) => k.Slot === slot)!.ClientKey },
    }),
  );
  const product = await ok<{ id: string }>(
    api.post('/api/product-types', {
      data: { name: `Feilført ${RUN}`, kind: 'sales', normalAccountNo: 4000, reducedAccountNo: null },
    }),
  );
  const card = await ok<{ id: string }>(
    api.post('/api/payment-types', {
      data: { name: `Kort ${RUN}`, kind: 'card', accountNo: 1503, transferToAccounting: true },
    }),
  );
  await ok(api.put('/api/vat-codes/25', { data: { powerOfficeVatCode: '3' } }));
  const { token } = await ok<{ token: string }>(
    api.post(`/api/departments/${departmentId}/pos-tokens`, { data: { label: 'Kasse' } }),
  );
  const pos = await request.newContext({
    baseURL,
    storageState: { cookies: [], origins: [] },
    extraHTTPHeaders: { authorization: `Bearer ${token}` },
  });
  await ok(
    pos.post('/api/pos/orders', {
      data: {
        orders: [
          {
            id: `${RUN}-1`,
            closedAt: `${FAILED_DAY}T19:30:00+01:00`,
            orderType: 'dine_in',
            customerId: null,
            lines: [
              {
                productTypeId: product.id,
                description: 'Middag',
                quantity: 1,
                unitPrice: 45_600,
                discount: 0,
                vatRate: 25,
              },
            ],
            payments: [{ paymentTypeId: card.id, amount: 45_600, tip: 0 }],
          },
        ],
        cashMovements: [],
      },
    }),
  );
  const { transferId } = await ok<{ transferId: string }>(
    api.post(`/api/departments/${departmentId}/export/transfers`, {
      data: { from: FAILED_DAY, to: FAILED_DAY },
    }),
  );
  expect((await waitForTransfer(api, transferId)).days[0]!.status).toBe('failed');
  // The alerts look right after the transfer ends.
  await expect
    .poll(
      async () => {
        const list = await ok<{ items: { kind: string; problem: { businessDay: string | null } }[] }>(
          api.get('/api/alerts'),
        );
        return list.items.some((i) => i.kind === 'day_failed' && i.problem.businessDay === FAILED_DAY);
      },
      { timeout: 30_000 },
    )
    .toBe(true);
  await Promise.all([api.dispose(), pos.dispose()]);
});

/** With QO_SCREENSHOTS_DIR set, a PNG for a person to look at. */
async function screenshot(page: Page, name: string) {
  const dir = process.env.QO_SCREENSHOTS_DIR;
  if (dir) await page.screenshot({ path: `${dir}/alerts-${name}.png` });
}

async function expectNoSidewaysScroll(page: Page) {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
}

const failedTitle = `${DEPARTMENT}: driftsdøgnet 21.01.2026 feilet`;

test.describe('as the owner', () => {
  test.use({ role: 'owner' });

  test('the bell shows the failed day, red and unread; opening it goes to the day and marks it read', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto('/integrations');
    const bell = page.getByRole('button', { name: /^Varsler, \d+ ulest/ });
    await expect(bell).toBeVisible();
    await bell.click();
    const panel = page.getByRole('dialog', { name: 'Varsler' });
    await expect(panel.getByRole('heading', { name: 'Varsler' })).toBeFocused();
    const item = panel.getByRole('link', { name: new RegExp(failedTitle) });
    await expect(item).toBeVisible();
    await expect(item).toContainText('Ulest');
    const state = item.getByText('Feil', { exact: true });
    await expect(state).toHaveClass(/badge--danger/);
    await screenshot(page, 'bell-desktop');

    await item.click();
    await expect(panel).toBeHidden();
    await expect(page).toHaveURL(
      new RegExp(`/export\\?from=${FAILED_DAY}&to=${FAILED_DAY}&department=${departmentId}$`),
    );
    await expect(page.getByRole('heading', { level: 1, name: 'Eksport' })).toBeVisible();
    // Read now: no longer counted, and shown without "Ulest".
    await expect(page.getByRole('button', { name: 'Varsler', exact: true })).toBeVisible();
    await page.getByRole('button', { name: 'Varsler', exact: true }).click();
    await expect(
      page.getByRole('dialog', { name: 'Varsler' }).getByRole('link', { name: new RegExp(failedTitle) }),
    ).not.toContainText('Ulest');
  });

  test('on a phone the bell and its panel fit without sideways scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/alerts');
    await expect(page.getByRole('heading', { level: 1, name: 'Varsler' })).toBeVisible();
    await expectNoSidewaysScroll(page);
    await screenshot(page, 'page-phone');
    await page.getByRole('button', { name: /^Varsler/ }).click();
    const panel = page.getByRole('dialog', { name: 'Varsler' });
    await expect(panel.getByRole('link', { name: new RegExp(failedTitle) })).toBeVisible();
    const box = (await panel.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    await expectNoSidewaysScroll(page);
    await screenshot(page, 'bell-phone');
    await page.keyboard.press('Escape');
    await expect(panel).toBeHidden();
    await expect(page.getByRole('button', { name: /^Varsler/ })).toBeFocused();
  });
});

test.describe('as the accountant', () => {
  test.use({ role: 'accountant' });

  test('the Varsler page saves the choices with a toast, and they are there after a reload', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto('/export');
    await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Varsler' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Varsler' })).toBeVisible();
    await expect(page.getByText('E-postene går til regnskap@demo.no.')).toBeVisible();
    // The accountant's kinds are the export's; invoicing and connections are the owner's.
    await expect(page.getByRole('group', { name: 'Eksport' }).getByRole('checkbox')).toHaveCount(4);
    await expect(page.getByRole('group', { name: 'Fakturering' })).toHaveCount(0);

    const changed = page.getByRole('checkbox', { name: 'Driftsdøgn som er endret etter overføring' });
    await expect(changed).toBeChecked();
    await changed.uncheck();
    await page.getByRole('radio', { name: /^Daglig sammendrag/ }).check();
    await page.getByRole('radio', { name: 'English' }).check();
    await screenshot(page, 'page-desktop');
    await page.getByRole('button', { name: 'Lagre endringer' }).click();
    await expect(page.getByText('Varslene dine er lagret')).toBeVisible();

    await page.reload();
    await expect(page.getByRole('radio', { name: /^Daglig sammendrag/ })).toBeChecked();
    await expect(page.getByRole('radio', { name: 'English' })).toBeChecked();
    await expect(
      page.getByRole('checkbox', { name: 'Driftsdøgn som er endret etter overføring' }),
    ).not.toBeChecked();
    await expect(page.getByRole('checkbox', { name: 'Driftsdøgn som ikke ble overført' })).toBeChecked();
  });
});

test.describe('as staff', () => {
  test.use({ role: 'staff' });

  test('staff may ask for the one kind they are told of by e-mail', async ({ page }) => {
    await page.goto('/alerts');
    const kind = page.getByRole('checkbox', { name: 'Kredittordrer som ikke ble sendt som salgsordre' });
    await expect(kind).not.toBeChecked();
    await expect(page.getByText('Ingen varsler er valgt, så du får ingen e-post.')).toBeVisible();
    await kind.check();
    await expect(page.getByText('Ingen varsler er valgt, så du får ingen e-post.')).toHaveCount(0);
    await page.getByRole('button', { name: 'Lagre endringer' }).click();
    await expect(page.getByText('Varslene dine er lagret')).toBeVisible();
    await page.reload();
    await expect(
      page.getByRole('checkbox', { name: 'Kredittordrer som ikke ble sendt som salgsordre' }),
    ).toBeChecked();
  });
});
