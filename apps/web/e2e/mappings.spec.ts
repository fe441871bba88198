import { expect, request as playwrightRequest } from '@playwright/test';
import { storageStatePath, test } from './support';
import { SIM_URL } from './areas';

/*
 * The three mappings as a new accountant meets them: the owner has connected Sentrum to "Demo Restaurant AS"
 * (through the BFF's own API, as the Integrasjoner page would; connecting stays the owner's), then the
 * accountant maps every product type, VAT rate, the rounding account and every payment type with the
 * pickers, and watches the checklist turn complete. Staff has no access to any of it.
 */

type SimClient = { ClientName: string; ApplicationKeys: { Slot: number; ClientKey: string }[]; Departments: { Id: number; Name: string }[] };

async function connectSentrum(baseURL: string) {
  const api = await playwrightRequest.newContext({ baseURL, storageState: storageStatePath('owner', baseURL) });
  const headers = { 'x-csrf-token': (await api.storageState()).cookies.find((c) => c.name === 'qo_csrf')?.value ?? '' };
  const clients = (await (await fetch(`${SIM_URL}/_sim/clients`)).json()) as { Clients: SimClient[] };
  const demo = clients.Clients.find((c) => c.ClientName === 'Demo Restaurant AS')!;
  const departments = (await (await api.get('/api/departments')).json()) as { id: string; name: string; integration: unknown }[];
  const sentrum = departments.find((d) => d.name === 'Sentrum')!;
  if (!sentrum.integration) {
    const res = await api.put(`/api/departments/${sentrum.id}/integration`, { headers, data: { slot: 0, clientKey: demo.ApplicationKeys.find((k) => k.Slot === 0)!.ClientKey } });
    expect(res.status(), await res.text()).toBe(200);
  }
  return { api, headers, sentrum, demo };
}

test.describe('accountant', () => {
  test.use({ role: 'accountant' });

  test('maps every product type, VAT rate and payment type with the pickers and sees the checklist complete', async ({ page, baseURL }) => {
    test.setTimeout(180_000);
    const { api, headers, sentrum, demo } = await connectSentrum(baseURL!);

    await page.goto('/setup');
    const productStep = page.getByRole('listitem', { name: 'Produkttyper koblet til inntektskonti' });
    await expect(productStep).toContainText('Mangler');
    await productStep.getByRole('link', { name: 'Gå til Produkttyper' }).click();

    await expect(page.getByText(/Kontoplan og momskoder fra Demo Restaurant AS via Sentrum/)).toBeVisible();
    // The accountant edits, not just reads.
    await expect(page.getByText('Du kan se, men ikke endre')).toHaveCount(0);
    // A number the chart does not have is refused, and says so.
    const drikke = page.getByRole('form', { name: 'Drikke', exact: true });
    await drikke.getByLabel('Konto normal mva (servering, 25 %)').fill('3999');
    await drikke.getByRole('button', { name: 'Lagre' }).click();
    await expect(drikke.getByRole('alert')).toContainText('3999 finnes ikke');

    for (const name of ['Mat', 'Drikke', 'Alkohol', 'Dessert']) {
      const form = page.getByRole('form', { name, exact: true });
      await form.getByLabel('Konto normal mva (servering, 25 %)').fill('3010');
      await form.getByLabel('Konto redusert mva (takeaway, 15 %)').fill('3040');
      await form.getByRole('button', { name: 'Lagre' }).click();
      await expect(form.getByRole('status')).toHaveText('Lagret');
      await expect(form.getByLabel('Konto normal mva (servering, 25 %)')).toHaveValue(/^3010 Salgsinntekt/);
    }
    const gavekort = page.getByRole('form', { name: 'Gavekort', exact: true });
    await gavekort.getByLabel('Gjeldskonto for gavekort').fill('2901');
    await gavekort.getByRole('button', { name: 'Lagre' }).click();
    await expect(gavekort.getByRole('status')).toHaveText('Lagret');

    await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Momskoder' }).click();
    for (const [rate, code] of [['25', '3'], ['15', '31'], ['12', '33'], ['0', '5']]) {
      const form = page.getByRole('form', { name: `Momssats ${rate} %` });
      await form.getByLabel(`PowerOffice-momskode for ${rate} %`).selectOption(code!);
      await form.getByRole('button', { name: 'Lagre' }).click();
      await expect(form.getByText(`Velg momskode for ${rate} %`)).toHaveCount(0);
    }
    // 31 is 15 %: refused for 25 %.
    const high = page.getByRole('form', { name: 'Momssats 25 %' });
    await high.getByLabel('PowerOffice-momskode for 25 %').selectOption('31');
    await high.getByRole('button', { name: 'Lagre' }).click();
    await expect(high.getByText('Momskode 31 har sats 15 %, ikke 25 %')).toBeVisible();
    await high.getByLabel('PowerOffice-momskode for 25 %').selectOption('3');
    await high.getByRole('button', { name: 'Lagre' }).click();
    await expect(high.getByText('Momskode 31 har sats 15 %')).toHaveCount(0);

    const rounding = page.getByRole('form', { name: 'Øreavrunding' });
    await expect(rounding.getByLabel('Konto for øreavrunding')).toHaveValue(/^7740/);
    await rounding.getByRole('button', { name: 'Lagre' }).click();
    await expect(rounding.getByText('Forslag: 7740')).toHaveCount(0);

    await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Betalingstyper' }).click();
    for (const [name, account] of [['Kontant', '1900'], ['Kort', '1503'], ['Vipps', '1505'], ['Gavekort', '2901']]) {
      const form = page.getByRole('form', { name, exact: true });
      await form.getByLabel('Konto', { exact: true }).fill(account!);
      await expect(form.getByLabel('Overføres til regnskap')).toBeChecked();
      await form.getByRole('button', { name: 'Lagre' }).click();
      await expect(form.getByLabel('Konto', { exact: true })).toHaveValue(new RegExp(`^${account} `));
    }
    await expect(page.getByRole('form', { name: 'Kreditt' }).getByLabel('Overføres til regnskap')).not.toBeChecked();

    // The one step outside these pages: the PowerOffice department, chosen on the integration.
    const patched = await api.patch(`/api/departments/${sentrum.id}/integration`, {
      headers,
      data: { powerOfficeDepartmentId: demo.Departments.find((d) => d.Name === 'Sentrum')!.Id },
    });
    expect(patched.status(), await patched.text()).toBe(200);

    await page.getByRole('link', { name: /Oppsett/ }).click();
    await expect(page).toHaveURL(/\/setup$/);
    // The PowerOffice department was set behind the page's back (API, not UI): read the checklist anew.
    await page.reload();
    await expect(page.getByRole('listitem', { name: 'Produkttyper koblet til inntektskonti' })).toContainText('Fullført');
    await expect(page.getByRole('listitem', { name: 'Momskoder valgt for 25, 15, 12 og 0 %' })).toContainText('Fullført');
    await expect(page.getByText('Alt er satt opp.')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Oppsett 10/10: 10 av 10 steg fullført' })).toBeVisible();
  });
});

test.describe('staff', () => {
  test.use({ role: 'staff' });

  test('has no access to the mappings or the checklist', async ({ page, baseURL }) => {
    await page.goto('/customers');
    await expect(page.getByRole('heading', { level: 1, name: 'Kunder' })).toBeVisible();
    const nav = page.getByRole('navigation', { name: 'Hovedmeny' });
    for (const name of ['Produkttyper', 'Momskoder', 'Betalingstyper']) await expect(nav.getByRole('link', { name })).toHaveCount(0);
    await expect(page.getByRole('link', { name: /Oppsett/ })).toHaveCount(0);

    for (const path of ['/product-types', '/vat-codes', '/payment-types', '/setup']) {
      await page.goto(path);
      await expect(page.getByRole('heading', { name: 'Ingen tilgang' })).toBeVisible();
      await expect(page.getByRole('button', { name: 'Lagre' })).toHaveCount(0);
    }

    // Nor through the API: a change is refused, whatever the page shows.
    const api = await playwrightRequest.newContext({ baseURL, storageState: storageStatePath('staff', baseURL!) });
    const csrf = (await api.storageState()).cookies.find((c) => c.name === 'qo_csrf')?.value ?? '';
    const refused = await api.put('/api/vat-codes/25', { headers: { 'x-csrf-token': csrf }, data: { powerOfficeVatCode: '3' } });
    expect(refused.status()).toBe(403);
    await api.dispose();
  });
});
