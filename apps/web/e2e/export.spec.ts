import { expect, request, test, type APIRequestContext, type APIResponse } from '@playwright/test';
import { DEMO_PASSWORD, expectLoggedIn, logIn } from './support';
import { SIM_URL } from './areas';

/*
 * An accountant previews a period, follows a problem's link to the page that fixes it, comes back,
 * transfers the period to PowerOffice GO (the simulator) and sees the voucher numbers and history.
 * The data is set up through the BFF as an owner and a POS would: its own department (connected
 * to Fjordkafé AS, so other specs' departments are untouched), its own product and payment types.
 */

const RUN = Date.now().toString(36);
const DAYS = ['2026-05-04', '2026-05-05', '2026-05-06'];

/** Logs in through the API (not the shared storage files, which parallel runs may rewrite). */
async function ownerApi(baseURL: string): Promise<APIRequestContext> {
  const login = await request.newContext({ baseURL });
  await ok(login.post('/api/auth/login', { data: { email: 'eier@demo.no', password: DEMO_PASSWORD } }));
  const state = await login.storageState();
  await login.dispose();
  const csrf = state.cookies.find((c) => c.name === 'qo_csrf')?.value ?? '';
  return request.newContext({ baseURL, storageState: state, extraHTTPHeaders: { 'x-csrf-token': csrf } });
}

async function ok<T>(response: Promise<APIResponse>): Promise<T> {
  const res = await response;
  if (!res.ok()) throw new Error(`${res.url()} → ${res.status()} ${await res.text()}`);
  return (await res.json()) as T;
}

let departmentName: string;

test.beforeAll(async ({ baseURL }) => {
  const api = await ownerApi(baseURL!);
  departmentName = `Eksport ${RUN}`;
  const department = await ok<{ id: string }>(api.post('/api/departments', { data: { name: departmentName, businessDayStart: '05:00' } }));
  const sim = await (await fetch(`${SIM_URL}/_sim/clients`)).json();
  const fjord = sim.Clients.find((c: { ClientName: string }) => c.ClientName === 'Fjordkafé AS');
  const clientKey = fjord.ApplicationKeys.find((k: { Slot: number }) => k.Slot === 7).ClientKey;
  await ok(api.put(`/api/departments/${department.id}/integration`, { data: { slot: 7, clientKey } }));

  const food = await ok<{ id: string }>(api.post('/api/product-types', { data: { name: `Mat ${RUN}`, kind: 'sales', normalAccountNo: 3010, reducedAccountNo: 3040 } }));
  const dessert = await ok<{ id: string }>(api.post('/api/product-types', { data: { name: `Dessert ${RUN}`, kind: 'sales', normalAccountNo: null, reducedAccountNo: null } }));
  const card = await ok<{ id: string }>(api.post('/api/payment-types', { data: { name: `Kort ${RUN}`, kind: 'card', accountNo: 1503, transferToAccounting: true } }));
  const vat = await ok<{ rate: number; powerOfficeVatCode: string | null }[]>(api.get('/api/vat-codes'));
  if (!vat.find((v) => v.rate === 25)?.powerOfficeVatCode) await ok(api.put('/api/vat-codes/25', { data: { powerOfficeVatCode: '3' } }));

  const { token } = await ok<{ token: string }>(api.post(`/api/departments/${department.id}/pos-tokens`, { data: { label: 'Kasse' } }));
  const order = (id: string, day: string, productTypeId: string, amount: number) => ({
    id: `${RUN}-${id}`,
    closedAt: `${day}T19:30:00+02:00`,
    orderType: 'dine_in',
    customerId: null,
    lines: [{ productTypeId, description: 'Middag', quantity: 1, unitPrice: amount, discount: 0, vatRate: 25 }],
    payments: [{ paymentTypeId: card.id, amount, tip: 0 }],
  });
  const pos = await request.newContext({ baseURL, extraHTTPHeaders: { authorization: `Bearer ${token}` } });
  const ingest = await ok<{ accepted: number }>(
    pos.post('/api/pos/orders', {
      data: {
        orders: [order('1', DAYS[0]!, food.id, 45000), order('2', DAYS[1]!, dessert.id, 12000), order('3', DAYS[2]!, food.id, 31050)],
        cashMovements: [],
      },
    }),
  );
  expect(ingest.accepted).toBe(3);
  await api.dispose();
  await pos.dispose();
});

test.use({ storageState: { cookies: [], origins: [] } });

test('accountant previews a period, follows a problem link, transfers and sees voucher numbers and history', async ({ page }) => {
  await page.goto('/login?redirectTo=/export');
  await logIn(page, 'regnskap@demo.no');
  await expectLoggedIn(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Eksport' })).toBeVisible();
  await page.getByLabel('Fra driftsdøgn').fill(DAYS[0]!);
  await page.getByLabel('Til driftsdøgn').fill(DAYS[2]!);
  // Only this spec's department.
  for (const box of await page.getByRole('group', { name: 'Avdelinger' }).getByRole('checkbox').all()) await box.uncheck();
  await page.getByRole('checkbox', { name: departmentName }).check();
  await page.getByRole('button', { name: 'Vis bilag' }).click();

  const table = page.getByRole('table', { name: 'Bilag per driftsdøgn' });
  await expect(table.getByText(`Bilag 04.05.2026 · ${departmentName}`)).toBeVisible();
  // Journal form: account, name from PowerOffice's chart, VAT code, debit/credit in NOK.
  const revenue = table.getByRole('row').filter({ hasText: '3010' }).first();
  await expect(revenue).toContainText('Salgsinntekt');
  await expect(revenue).toContainText('450,00');
  await expect(table.getByRole('row').filter({ hasText: '1503' }).first()).toContainText('450,00');
  // The dessert day is blocked, with a link to the page that fixes it.
  const problem = table.getByRole('alert').filter({ hasText: `Dessert ${RUN}` });
  await expect(problem).toBeVisible();
  await problem.getByRole('link', { name: 'Rett opp' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Produkttyper' })).toBeVisible();
  await page.goBack();
  await expect(table.getByText(`Bilag 06.05.2026 · ${departmentName}`)).toBeVisible();

  await page.getByRole('button', { name: 'Overfør til PowerOffice GO' }).click();
  const confirmation = page.getByRole('region', { name: 'Dette blir overført' });
  await expect(confirmation).toContainText(`${departmentName}: 2 bilag, 760,50`);
  await expect(confirmation).toContainText('1 dager med problemer hoppes over');
  await confirmation.getByRole('button', { name: 'Bekreft overføring' }).click();

  const progress = page.getByRole('region', { name: `Overføring ${departmentName}` });
  await expect(progress.getByRole('status')).toContainText('3 av 3 driftsdøgn ferdig · Ferdig');
  await expect(progress.getByText(/04\.05\.2026: Sendt – bilag \d+/)).toBeVisible();
  await expect(progress.getByText(/06\.05\.2026: Sendt – bilag \d+/)).toBeVisible();
  await expect(progress.getByText(/05\.05\.2026: Blokkert/)).toBeVisible();
  const voucherNo = /bilag (\d+)/.exec((await progress.getByText(/04\.05\.2026: Sendt/).textContent()) ?? '')![1]!;

  const history = page.getByRole('table', { name: `Historikk for ${departmentName}` });
  const sentRow = history.getByRole('row').filter({ hasText: '04.05.2026' });
  await expect(sentRow).toContainText('Sendt');
  await expect(sentRow).toContainText(voucherNo);
  await expect(sentRow).toContainText('Rolf Regnskap');
  await expect(history.getByRole('row').filter({ hasText: '05.05.2026' })).toContainText('Blokkert');
  // Sent days show as sent in the preview too, and nothing is left to transfer but the blocked day.
  await expect(table.getByText(`Bilag 04.05.2026 · ${departmentName}`).locator('..')).toContainText('Sendt');
});
