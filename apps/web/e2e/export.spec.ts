import { expect, request, test, type APIRequestContext, type APIResponse } from '@playwright/test';
import { DEMO_PASSWORD, expectLoggedIn, logIn } from './support';
import { SIM_URL } from './areas';

/*
 * An accountant previews a week with one missing mapping, follows the problem's link to the page that
 * fixes it, fixes it there, comes back to a preview without the problem, transfers the week to
 * PowerOffice GO (the simulator) and sees the voucher numbers and history.
 * The data is set up through the BFF as an owner and a POS would: its own department (connected
 * to Fjordkafé AS, so other specs' departments are untouched), its own product and payment types.
 * Exactly one mapping is missing: the dessert type's account for normal VAT (its dine-in sale needs it).
 */

const RUN = Date.now().toString(36);
/** Monday to Sunday; sales on the first three days. */
const WEEK = { from: '2026-05-04', to: '2026-05-10' };
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
  const dessert = await ok<{ id: string }>(api.post('/api/product-types', { data: { name: `Dessert ${RUN}`, kind: 'sales', normalAccountNo: null, reducedAccountNo: 3040 } }));
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

test('accountant previews a week, fixes the missing mapping from its link, transfers and sees voucher numbers and history', async ({ page }) => {
  await page.goto('/login?redirectTo=/export');
  await logIn(page, 'regnskap@demo.no');
  await expectLoggedIn(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Eksport' })).toBeVisible();
  await page.getByLabel('Fra driftsdøgn').fill(WEEK.from);
  await page.getByLabel('Til driftsdøgn').fill(WEEK.to);
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
  // The dessert day is blocked, and the week's only problem links to the page that fixes it.
  const problems = table.getByRole('alert');
  await expect(problems).toHaveCount(1);
  const problem = problems.filter({ hasText: `Dessert ${RUN}` });
  await expect(problem).toBeVisible();
  await problem.getByRole('link', { name: 'Rett opp' }).click();

  // The accountant fixes the mapping on that page, with the picker.
  await expect(page.getByRole('heading', { level: 1, name: 'Produkttyper' })).toBeVisible();
  const dessert = page.getByRole('form', { name: `Dessert ${RUN}`, exact: true });
  await dessert.getByLabel('Konto normal mva (servering, 25 %)').fill('3010');
  await dessert.getByRole('button', { name: 'Lagre' }).click();
  await expect(dessert.getByRole('status')).toHaveText('Lagret');
  await expect(dessert.getByLabel('Konto normal mva (servering, 25 %)')).toHaveValue(/^3010 Salgsinntekt/);

  // Back on Eksport, the same week, now without a problem.
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Eksport' })).toBeVisible();
  await expect(table.getByText(`Bilag 05.05.2026 · ${departmentName}`)).toBeVisible();
  await expect(table.getByText(`Bilag 06.05.2026 · ${departmentName}`)).toBeVisible();
  await expect(table.getByRole('alert')).toHaveCount(0);
  // The dessert's dine-in sale now goes to the account just chosen.
  await expect(table.getByRole('row').filter({ hasText: '3010' }).filter({ hasText: '120,00' })).not.toHaveCount(0);

  await page.getByRole('button', { name: 'Overfør til PowerOffice GO' }).click();
  const confirmation = page.getByRole('region', { name: 'Dette blir overført' });
  await expect(confirmation).toContainText(`${departmentName}: 3 bilag, 880,50`);
  await expect(confirmation).not.toContainText('hoppes over');
  await confirmation.getByRole('button', { name: 'Bekreft overføring' }).click();

  const progress = page.getByRole('region', { name: `Overføring ${departmentName}` });
  await expect(progress.getByRole('status')).toContainText(/(\d+) av \1 driftsdøgn ferdig · Ferdig/);
  const voucherNos: string[] = [];
  for (const day of ['04.05.2026', '05.05.2026', '06.05.2026']) {
    const line = progress.getByText(new RegExp(`${day.replaceAll('.', '\\.')}: Sendt – bilag \\d+`));
    await expect(line).toBeVisible();
    voucherNos.push(/bilag (\d+)/.exec((await line.textContent()) ?? '')![1]!);
  }
  // Three days, three vouchers.
  expect(new Set(voucherNos).size).toBe(3);
  await expect(progress.getByText(/Blokkert/)).toHaveCount(0);

  const history = page.getByRole('table', { name: `Historikk for ${departmentName}` });
  for (const [i, day] of ['04.05.2026', '05.05.2026', '06.05.2026'].entries()) {
    const row = history.getByRole('row').filter({ hasText: day });
    await expect(row).toContainText('Sendt');
    await expect(row).toContainText(voucherNos[i]!);
    await expect(row).toContainText('Rolf Regnskap');
  }
  // Sent days show as sent in the preview too.
  await expect(table.getByText(`Bilag 05.05.2026 · ${departmentName}`).locator('..')).toContainText('Sendt');
});
