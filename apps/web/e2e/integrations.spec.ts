import { expect, type Page } from '@playwright/test';
import { SIM_URL } from './areas';
import { test } from './support';

/*
 * Integrasjoner as a new owner would use it, against the simulator. Each run adds its own
 * departments and connects them to "Fjordkafé AS", so other specs using the demo departments and
 * "Demo Restaurant AS" are not disturbed.
 */

type SimClient = {
  ClientName: string;
  ApplicationKeys: { Slot: number; ClientKey: string }[];
  Departments: { Id: number; Name: string; IsActive: boolean }[];
};

async function simClient(page: Page, name: string): Promise<SimClient> {
  const res = await page.request.get(`${SIM_URL}/_sim/clients`);
  const { Clients } = (await res.json()) as { Clients: SimClient[] };
  const client = Clients.find((c) => c.ClientName === name);
  if (!client) throw new Error(`simulator has no client ${name}`);
  return client;
}
const keyFor = (client: SimClient, slot: number) =>
  client.ApplicationKeys.find((k) => k.Slot === slot)!.ClientKey;

async function addDepartment(page: Page, name: string) {
  await page.getByRole('button', { name: 'Legg til avdeling' }).click();
  const dialog = page.getByRole('dialog', { name: 'Legg til avdeling' });
  await dialog.getByLabel('Navn').fill(name);
  await dialog.getByRole('button', { name: 'Lagre' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 3, name })).toBeVisible();
}

const card = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

async function connect(page: Page, department: string, slot: number, clientKey: string) {
  await card(page, department).getByRole('button', { name: 'Koble til' }).click();
  const dialog = page.getByRole('dialog', { name: `Koble ${department} til PowerOffice GO` });
  await dialog.getByLabel('Applikasjonsnøkkel (nøkkelplass)').selectOption(String(slot));
  await dialog.getByLabel('Klientnøkkel fra PowerOffice GO').fill(clientKey);
  await dialog.getByRole('button', { name: 'Koble til' }).click();
  return dialog;
}

test.describe('owner', () => {
  test.use({ role: 'owner' });

  test('connects two departments of one client on slots 0 and 1, is refused a reused slot, picks a PowerOffice department and meets the auto-export guard', async ({
    page,
  }) => {
    const fjord = await simClient(page, 'Fjordkafé AS');
    const run = Date.now().toString(36);
    const [first, second, third] = [`Bryggen ${run}`, `Flåm ${run}`, `Voss ${run}`];
    await page.goto('/integrations');
    // The application keys are folded away under "Appnøkler" until asked for.
    await expect(
      page.getByRole('heading', { name: 'Hvorfor trenger hver avdeling sin egen nøkkel?' }),
    ).toHaveCount(0);
    await page.getByRole('button', { name: 'Appnøkler' }).click();
    await expect(
      page.getByRole('heading', { name: 'Hvorfor trenger hver avdeling sin egen nøkkel?' }),
    ).toBeVisible();
    await expect(page.getByText('Meny → Innstillinger → Utvidelser')).toBeVisible();
    await expect(
      page.getByRole('button', { name: 'Kopier applikasjonsnøkkelen for QuickOrder Add-on 1' }),
    ).toBeVisible();
    for (const name of [first, second, third]) await addDepartment(page, name);

    await connect(page, first, 0, keyFor(fjord, 0));
    await expect(card(page, first).getByText('Koblet til Fjordkafé AS')).toBeVisible();
    await connect(page, second, 1, keyFor(fjord, 1));
    await expect(card(page, second).getByText('Koblet til Fjordkafé AS')).toBeVisible();
    // The slot table says who uses which key.
    await expect(page.getByRole('row', { name: /QuickOrder Add-on 1/ })).toContainText(second);

    // Slot 0 of this client is taken by the first department.
    const dialog = await connect(page, third, 0, keyFor(fjord, 0));
    await expect(dialog.getByRole('option', { name: `Quickorder – brukes av ${first}` })).toBeAttached();
    await expect(dialog.getByRole('alert')).toContainText(`brukes allerede av avdelingen «${first}»`);
    await dialog.getByRole('button', { name: 'Avbryt' }).click();

    // "Rediger" (top right): PowerOffice department from the client's own list, and the auto-export guard.
    await card(page, first)
      .getByRole('button', { name: `Rediger ${first}` })
      .click();
    const sheet = page.getByRole('dialog', { name: `Innstillinger for ${first}` });
    const bryggen = fjord.Departments.find((d) => d.IsActive)!;
    await sheet.getByLabel('PowerOffice-avdeling').selectOption(String(bryggen.Id));
    await expect(page.getByText('PowerOffice-avdelingen er lagret.')).toBeVisible();
    // Controlled by the server's answer: a click, not check(), since the refusal leaves it off.
    await sheet.getByRole('switch', { name: 'Automatisk eksport' }).click();
    await expect(sheet.getByRole('alert')).toContainText(
      'Automatisk eksport kan slås på når alle kontoer er koblet',
    );
    await expect(sheet.getByRole('switch', { name: 'Automatisk eksport' })).not.toBeChecked();
    await page.keyboard.press('Escape');
    await expect(sheet).toHaveCount(0);
    await expect(card(page, first).locator('dd').filter({ hasText: bryggen.Name })).toBeVisible();
  });

  test('edits a department in the settings sheet: 24-hour drifttid, toasts, focus, Escape, and "Koble fra" that asks first', async ({
    page,
  }) => {
    const fjord = await simClient(page, 'Fjordkafé AS');
    const name = `Sheet ${Date.now().toString(36)}`;
    await page.goto('/integrations');
    await addDepartment(page, name);
    await connect(page, name, 2, keyFor(fjord, 2));
    await expect(page.getByText(`${name} er koblet til Fjordkafé AS.`)).toBeVisible();
    // After connecting, focus is on the department that changed.
    await expect(page.getByRole('heading', { level: 3, name })).toBeFocused();
    await expect(card(page, name).getByText('Koblet til Fjordkafé AS')).toBeVisible();
    // Facts in words, not symbols.
    await expect(card(page, name).getByRole('definition').filter({ hasText: /^Av$/ })).toHaveCount(2);

    await card(page, name)
      .getByRole('button', { name: `Rediger ${name}` })
      .click();
    const sheet = page.getByRole('dialog', { name: `Innstillinger for ${name}` });
    const hours = sheet.getByLabel('Drifttid starter');
    // 24-hour time as text, whatever the browser's language.
    await expect(hours).toHaveValue('05:00');
    await hours.fill('25:00');
    await sheet.getByRole('button', { name: 'Lagre' }).click();
    await expect(sheet.getByText('Skriv klokkeslettet som tt:mm i 24-timers form')).toBeVisible();
    await hours.fill('6:00');
    await expect(sheet.getByRole('note')).toContainText('Anbefalt drifttid er 05:00–05:00');
    await sheet.getByRole('button', { name: 'Lagre' }).click();
    await expect(page.getByText(`Innstillingene for ${name} er lagret.`)).toBeVisible();
    await expect(hours).toHaveValue('06:00');

    // "Koble fra" looks destructive and its confirmation has Avbryt; Escape closes one layer at a time.
    const disconnect = sheet.getByRole('button', { name: 'Koble fra' });
    await expect(disconnect).toHaveClass(/button--danger/);
    await disconnect.click();
    const confirm = page.getByRole('alertdialog', { name: `Koble ${name} fra PowerOffice GO?` });
    await expect(confirm.getByRole('button', { name: 'Avbryt' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(confirm).toHaveCount(0);
    await expect(sheet).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(sheet).toHaveCount(0);
    await expect(card(page, name).getByText('Koblet til Fjordkafé AS')).toBeVisible();
    await expect(card(page, name).getByRole('definition').first()).toHaveText('06:00–06:00');

    await card(page, name)
      .getByRole('button', { name: `Rediger ${name}` })
      .click();
    await sheet.getByRole('button', { name: 'Koble fra' }).click();
    await expect(confirm.getByRole('button', { name: 'Koble fra' })).toHaveClass(/button--danger/);
    await confirm.getByRole('button', { name: 'Koble fra' }).click();
    await expect(page.getByText(`${name} er koblet fra PowerOffice GO.`)).toBeVisible();
    await expect(page.getByRole('heading', { level: 3, name })).toBeFocused();
    await expect(card(page, name).getByText('Ikke koblet til PowerOffice GO')).toBeVisible();
    await expect(card(page, name).getByRole('button', { name: 'Koble til' })).toBeVisible();
  });

  test("a key PowerOffice does not accept shows PowerOffice's reason", async ({ page }) => {
    const fjord = await simClient(page, 'Fjordkafé AS');
    const name = `Feil ${Date.now().toString(36)}`;
    await page.goto('/integrations');
    await addDepartment(page, name);
    // Slot 3 chosen, but the key belongs to slot 4: PowerOffice refuses the pair.
    const dialog = await connect(page, name, 3, keyFor(fjord, 4));
    await expect(dialog.getByRole('alert')).toContainText('The client integration was not found');
    await dialog.getByRole('button', { name: 'Avbryt' }).click();
    await expect(card(page, name).getByText('Ikke koblet til PowerOffice GO')).toBeVisible();
  });
});

test.describe('accountant', () => {
  test.use({ role: 'accountant' });

  test('sees the page and the slots, but no connect button', async ({ page }) => {
    await page.goto('/integrations');
    await expect(page.getByRole('heading', { level: 1, name: 'Integrasjoner' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 3, name: 'Sentrum' })).toBeVisible();
    await expect(page.getByText('bare eieren kan endre dem')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Koble til' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Legg til avdeling' })).toHaveCount(0);
  });
});
