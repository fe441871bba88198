import { expect, request as playwrightRequest, type Locator, type Page } from '@playwright/test';
import { storageStatePath, test } from './support';
import { SIM_URL } from './areas';

/*
 * The three mappings as a new accountant meets them: the owner has connected Sentrum to "Demo Restaurant AS"
 * (through the BFF's own API, as the Integrasjoner page would; connecting stays the owner's), then the
 * accountant maps every product type, VAT rate, the rounding account and every payment type in the
 * editable tables with the keyboard only, and watches the checklist turn complete. Staff has no
 * access to any of it, and their browser does not even ask the BFF for it.
 */

type SimClient = {
  ClientName: string;
  ApplicationKeys: { Slot: number; ClientKey: string }[];
  Departments: { Id: number; Name: string }[];
};

async function connectSentrum(baseURL: string) {
  const api = await playwrightRequest.newContext({
    baseURL,
    storageState: storageStatePath('owner', baseURL),
  });
  const headers = {
    'x-csrf-token': (await api.storageState()).cookies.find((c) => c.name === 'qo_csrf')?.value ?? '',
  };
  const clients = (await (await fetch(`${SIM_URL}/_sim/clients`)).json()) as { Clients: SimClient[] };
  const demo = clients.Clients.find((c) => c.ClientName === 'Demo Restaurant AS')!;
  const departments = (await (await api.get('/api/departments')).json()) as {
    id: string;
    name: string;
    integration: unknown;
  }[];
  const sentrum = departments.find((d) => d.name === 'Sentrum')!;
  if (!sentrum.integration) {
    const res = await api.put(`/api/departments/${sentrum.id}/integration`, {
      headers,
      data: { slot: 0, clientKey: demo.ApplicationKeys.find((k) => k.Slot === 0)!.ClientKey },
    });
    expect(res.status(), await res.text()).toBe(200);
  }
  return { api, headers, sentrum, demo };
}

/** Keyboard only: Tab (forward) until `target` has the focus, as a keyboard user would. */
async function tabTo(page: Page, target: Locator, maxPresses = 80) {
  for (let i = 0; i < maxPresses; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

/** Types into the focused account picker and chooses the first match with Enter. */
async function pickAccount(page: Page, field: Locator, text: string) {
  await tabTo(page, field);
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type(text);
  // The open account list's options (the header's language select has options too).
  await expect(page.getByRole('listbox').getByRole('option').first()).toContainText(text);
  await page.keyboard.press('Enter');
}

async function saveChanges(page: Page, count: number) {
  await tabTo(page, page.getByRole('button', { name: 'Lagre endringer' }));
  await page.keyboard.press('Enter');
  await expect(
    page.getByText(count === 1 ? '1 endring er lagret.' : `${count} endringer er lagret.`),
  ).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Alle endringer er lagret.' })).toBeVisible();
}

test.describe('accountant', () => {
  test.use({ role: 'accountant' });

  // One company's mappings: the row still empty is looked at first, then everything is mapped.
  test.describe.configure({ mode: 'serial' });

  test('asks before leaving with unsaved changes, and opens a row focused from its address', async ({
    page,
    baseURL,
  }) => {
    const { api } = await connectSentrum(baseURL!);
    const types = (await (await api.get('/api/product-types')).json()) as { id: string; name: string }[];
    const dessert = types.find((t) => t.name === 'Dessert')!;

    // "Rett opp" from Eksport opens the row that needs the fix, its empty account field focused.
    await page.goto(`/product-types?focus=${dessert.id}`);
    const field = page.getByRole('combobox', { name: 'Konto normal mva (servering, 25 %) – Dessert' });
    await expect(field).toBeFocused();
    await expect(page.locator(`[data-row-id="${dessert.id}"]`)).toHaveAttribute('data-focused', 'true');

    await page.keyboard.type('3020');
    await expect(
      page.getByRole('status').filter({ hasText: '1 rad er endret og ikke lagret' }),
    ).toBeVisible();
    await page
      .getByRole('navigation', { name: 'Hovedmeny' })
      .getByRole('link', { name: 'Momskoder' })
      .click();
    const leave = page.getByRole('alertdialog', { name: 'Forlate siden uten å lagre?' });
    await expect(leave).toBeVisible();
    await leave.getByRole('button', { name: 'Avbryt' }).click();
    await expect(page).toHaveURL(/\/product-types/);
    // The picker completes a number the chart has with the account's name once the field is left.
    await expect(field).toHaveValue(/^3020 /);

    await page.getByRole('button', { name: 'Forkast' }).click();
    await expect(field).toHaveValue('');
    await page
      .getByRole('navigation', { name: 'Hovedmeny' })
      .getByRole('link', { name: 'Momskoder' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Momskoder' })).toBeVisible();
    await expect(page.getByRole('alertdialog')).toHaveCount(0);
  });

  test('maps every product type, VAT rate and payment type with the keyboard only and sees the checklist complete', async ({
    page,
    baseURL,
  }) => {
    test.setTimeout(240_000);
    const { api, headers, sentrum, demo } = await connectSentrum(baseURL!);

    await page.goto('/setup');
    const productStep = page.getByRole('listitem', { name: 'Produkttyper koblet til inntektskonti' });
    await expect(productStep).toContainText('Mangler');
    await productStep.getByRole('link', { name: 'Gå til Produkttyper' }).click();

    await expect(page.getByText(/Kontoplan og momskoder fra Demo Restaurant AS via Sentrum/)).toBeVisible();
    // The accountant edits, not just reads.
    await expect(page.getByText('Du kan se, men ikke endre')).toHaveCount(0);
    // Focus is on the page's heading after the navigation; from there on, only keys.
    await expect(page.getByRole('heading', { level: 1, name: 'Produkttyper' })).toBeFocused();

    // A number the chart does not have is flagged at once, and refused on save, on its row.
    const drikkeNormal = page.getByRole('combobox', { name: 'Konto normal mva (servering, 25 %) – Drikke' });
    await tabTo(page, drikkeNormal);
    await page.keyboard.type('3999');
    await expect(page.locator('[data-row-id]').filter({ has: drikkeNormal })).toContainText(
      'Kontoen finnes ikke i kontoplanen',
    );
    await tabTo(page, page.getByRole('button', { name: 'Lagre endringer' }));
    await page.keyboard.press('Enter');
    await expect(page.getByText('1 rad ble ikke lagret')).toBeVisible();
    await expect(page.locator('[data-row-id]').filter({ has: drikkeNormal })).toContainText(
      '3999 finnes ikke',
    );
    // Focus went back to the field that needs a look.
    await expect(drikkeNormal).toBeFocused();

    for (const name of ['Alkohol', 'Dessert', 'Drikke', 'Mat']) {
      await pickAccount(
        page,
        page.getByRole('combobox', { name: `Konto normal mva (servering, 25 %) – ${name}` }),
        '3010',
      );
      await pickAccount(
        page,
        page.getByRole('combobox', { name: `Konto redusert mva (takeaway, 15 %) – ${name}` }),
        '3040',
      );
    }
    await pickAccount(
      page,
      page.getByRole('combobox', { name: 'Gjeldskonto for gavekort – Gavekort' }),
      '2901',
    );
    await expect(
      page.getByRole('status').filter({ hasText: '5 rader er endret og ikke lagret' }),
    ).toBeVisible();
    await saveChanges(page, 5);
    for (const name of ['Alkohol', 'Dessert', 'Drikke', 'Mat']) {
      await expect(
        page.getByRole('combobox', { name: `Konto normal mva (servering, 25 %) – ${name}` }),
      ).toHaveValue(/^3010 Salgsinntekt/);
      await expect(
        page.getByRole('combobox', { name: `Konto redusert mva (takeaway, 15 %) – ${name}` }),
      ).toHaveValue(/^3040 /);
    }
    await expect(page.getByRole('combobox', { name: 'Gjeldskonto for gavekort – Gavekort' })).toHaveValue(
      /^2901 /,
    );

    await tabTo(
      page,
      page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Momskoder' }),
    );
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Momskoder' })).toBeFocused();
    // The SAF-T suggestion is offered, not chosen: nothing is selected until the user takes it.
    await expect(page.getByLabel('PowerOffice-momskode for 25 %')).toHaveValue('');
    for (const [rate, code] of [
      ['25', '3'],
      ['15', '31'],
      ['12', '33'],
      ['0', '5'],
    ]) {
      await tabTo(page, page.getByRole('button', { name: `Bruk forslaget ${code} for ${rate} %` }));
      await page.keyboard.press('Enter');
      await expect(page.getByLabel(`PowerOffice-momskode for ${rate} %`)).toHaveValue(code!);
    }
    await tabTo(page, page.getByRole('button', { name: 'Bruk forslaget 7740 for øreavrunding' }));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('combobox', { name: 'Konto for øreavrunding' })).toHaveValue(/^7740/);
    await saveChanges(page, 5);
    await expect(page.getByText('Velg momskode for 25 %')).toHaveCount(0);
    await expect(page.getByRole('button', { name: /Bruk forslaget/ })).toHaveCount(0);

    // 31 is 15 %: refused for 25 %, on the row.
    await page.getByLabel('PowerOffice-momskode for 25 %').selectOption('31');
    await page.getByRole('button', { name: 'Lagre endringer' }).click();
    const high = page.locator('[data-row-id="25"]');
    await expect(high).toContainText('Momskode 31 har sats 15 %, ikke 25 %');
    // Back to the saved code: nothing left to save, and the refusal leaves the row.
    await page.getByLabel('PowerOffice-momskode for 25 %').selectOption('3');
    await expect(page.getByRole('button', { name: 'Lagre endringer' })).toBeDisabled();
    await expect(high).not.toContainText('Momskode 31 har sats 15 %');

    await tabTo(
      page,
      page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Betalingstyper' }),
    );
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Betalingstyper' })).toBeFocused();
    for (const [name, account] of [
      ['Kontant', '1900'],
      ['Kort', '1503'],
      ['Vipps', '1505'],
      ['Gavekort', '2901'],
    ]) {
      await pickAccount(page, page.getByRole('combobox', { name: `Konto – ${name}`, exact: true }), account!);
      await expect(page.getByRole('switch', { name: `Overføres til regnskap – ${name}` })).toBeChecked();
    }
    await saveChanges(page, 4);
    for (const [name, account] of [
      ['Kontant', '1900'],
      ['Kort', '1503'],
      ['Vipps', '1505'],
      ['Gavekort', '2901'],
    ]) {
      await expect(page.getByRole('combobox', { name: `Konto – ${name}`, exact: true })).toHaveValue(
        new RegExp(`^${account} `),
      );
    }
    await expect(page.getByRole('switch', { name: 'Overføres til regnskap – Kreditt' })).not.toBeChecked();

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
    await expect(page.getByRole('listitem', { name: 'Produkttyper koblet til inntektskonti' })).toContainText(
      'Fullført',
    );
    await expect(page.getByRole('listitem', { name: 'Momskoder valgt for 25, 15, 12 og 0 %' })).toContainText(
      'Fullført',
    );
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
    for (const name of ['Produkttyper', 'Momskoder', 'Betalingstyper'])
      await expect(nav.getByRole('link', { name })).toHaveCount(0);
    await expect(page.getByRole('link', { name: /Oppsett/ })).toHaveCount(0);

    const refusedUrls: string[] = [];
    page.on('response', (response) => {
      if (response.status() === 403) refusedUrls.push(response.url());
    });
    for (const path of ['/product-types', '/vat-codes', '/payment-types', '/setup']) {
      await page.goto(path);
      await expect(page.getByRole('heading', { name: 'Ingen tilgang' })).toBeVisible();
      await expect(page.getByRole('button', { name: /Lagre/ })).toHaveCount(0);
    }
    // The pages ask the BFF for nothing the role may not read.
    expect(refusedUrls).toEqual([]);

    // Nor through the API: a change is refused, whatever the page shows.
    const api = await playwrightRequest.newContext({
      baseURL,
      storageState: storageStatePath('staff', baseURL!),
    });
    const csrf = (await api.storageState()).cookies.find((c) => c.name === 'qo_csrf')?.value ?? '';
    const refused = await api.put('/api/vat-codes/25', {
      headers: { 'x-csrf-token': csrf },
      data: { powerOfficeVatCode: '3' },
    });
    expect(refused.status()).toBe(403);
    await api.dispose();
  });
});
