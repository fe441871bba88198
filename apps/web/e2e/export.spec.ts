import { readFile } from 'node:fs/promises';
import { expect, request, test } from '@playwright/test';
import { extractText, getDocumentProxy } from 'unpdf';
import { apiAs, ok } from './api';
import { expectLoggedIn, logIn } from './support';
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

// One worker for the file: the set-up below connects a PowerOffice slot, which a second worker's
// set-up would find taken.
test.describe.configure({ mode: 'default' });

// Only the week's test needs its own department: a failure there (and the new worker after it) leaves
// the long-period test, which reads the demo's Sentrum, unaffected.
test.describe('a week of its own department', () => {
  let departmentName: string;

  test.beforeAll(async ({ baseURL }) => {
    const api = await apiAs(baseURL!);
    departmentName = `Eksport ${RUN}`;
    const department = await ok<{ id: string }>(
      api.post('/api/departments', { data: { name: departmentName, businessDayStart: '05:00' } }),
    );
    const sim = await (await fetch(`${SIM_URL}/_sim/clients`)).json();
    const fjord = sim.Clients.find((c: { ClientName: string }) => c.ClientName === 'Fjordkafé AS');
    const clientKey = fjord.ApplicationKeys.find((k: { Slot: number }) => k.Slot === 7).ClientKey;
    await ok(api.put(`/api/departments/${department.id}/integration`, { data: { slot: 7, clientKey } }));

    const food = await ok<{ id: string }>(
      api.post('/api/product-types', {
        data: { name: `Mat ${RUN}`, kind: 'sales', normalAccountNo: 3010, reducedAccountNo: 3040 },
      }),
    );
    const dessert = await ok<{ id: string }>(
      api.post('/api/product-types', {
        data: { name: `Dessert ${RUN}`, kind: 'sales', normalAccountNo: null, reducedAccountNo: 3040 },
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
    const order = (id: string, day: string, productTypeId: string, amount: number) => ({
      id: `${RUN}-${id}`,
      closedAt: `${day}T19:30:00+02:00`,
      orderType: 'dine_in',
      customerId: null,
      lines: [
        { productTypeId, description: 'Middag', quantity: 1, unitPrice: amount, discount: 0, vatRate: 25 },
      ],
      payments: [{ paymentTypeId: card.id, amount, tip: 0 }],
    });
    const pos = await request.newContext({ baseURL, extraHTTPHeaders: { authorization: `Bearer ${token}` } });
    const ingest = await ok<{ accepted: number }>(
      pos.post('/api/pos/orders', {
        data: {
          orders: [
            order('1', DAYS[0]!, food.id, 45000),
            order('2', DAYS[1]!, dessert.id, 12000),
            order('3', DAYS[2]!, food.id, 31050),
          ],
          cashMovements: [],
        },
      }),
    );
    expect(ingest.accepted).toBe(3);
    await api.dispose();
    await pos.dispose();
  });

  test.use({ storageState: { cookies: [], origins: [] } });

  test('accountant previews a week, fixes the missing mapping from its link, transfers and sees voucher numbers and history', async ({
    page,
  }) => {
    await page.goto('/login?redirectTo=/export');
    await logIn(page, 'regnskap@demo.no');
    await expectLoggedIn(page);
    await expect(page.getByRole('heading', { level: 1, name: 'Eksport' })).toBeVisible();
    // Days typed as dd.mm.åååå, whatever the browser's language.
    await page.getByLabel('Fra driftsdøgn').fill('04.05.2026');
    await page.getByLabel('Til driftsdøgn').fill('10.05.2026');
    // Only this spec's department.
    for (const box of await page.getByRole('group', { name: 'Avdelinger' }).getByRole('checkbox').all())
      await box.uncheck();
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
    // "Rett opp" lands on the dessert's row, its missing account's field focused, ready to type.
    const dessert = page.getByRole('combobox', {
      name: `Konto normal mva (servering, 25 %) – Dessert ${RUN}`,
    });
    await expect(dessert).toBeFocused();
    await expect(page.locator('[data-focused="true"]')).toContainText(`Dessert ${RUN}`);
    await dessert.fill('3010');
    await page.getByRole('button', { name: 'Lagre endringer' }).click();
    await expect(page.getByText('1 endring er lagret.')).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'Alle endringer er lagret.' })).toBeVisible();
    await expect(dessert).toHaveValue(/^3010 Salgsinntekt/);

    // Back on Eksport, the same week, now without a problem.
    await page.goBack();
    await expect(page.getByRole('heading', { level: 1, name: 'Eksport' })).toBeVisible();
    await expect(table.getByText(`Bilag 05.05.2026 · ${departmentName}`)).toBeVisible();
    await expect(table.getByText(`Bilag 06.05.2026 · ${departmentName}`)).toBeVisible();
    await expect(table.getByRole('alert')).toHaveCount(0);
    // The dessert's dine-in sale now goes to the account just chosen.
    await expect(
      table.getByRole('row').filter({ hasText: '3010' }).filter({ hasText: '120,00' }),
    ).not.toHaveCount(0);

    await page.getByRole('button', { name: 'Overfør til PowerOffice GO' }).click();
    const confirmation = page.getByRole('region', { name: 'Dette blir overført' });
    await expect(confirmation).toContainText(`${departmentName}: 3 bilag, 880,50`);
    await expect(confirmation).not.toContainText('hoppes over');
    await confirmation.getByRole('button', { name: 'Bekreft overføring' }).click();
    // A toast says it started, and the focus is on the transfer's progress.
    await expect(page.getByText('Overføringen er startet: 3 bilag til PowerOffice GO.')).toBeVisible();

    const progress = page.getByRole('region', { name: `Overføring ${departmentName}` });
    await expect(progress.getByRole('heading', { name: `Overføring ${departmentName}` })).toBeFocused();
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
    await expect(table.getByText(`Bilag 05.05.2026 · ${departmentName}`).locator('..')).toContainText(
      'Sendt',
    );

    // Each voucher went with its dagsoppgjør; the accountant downloads the first day's from the history.
    await expect(history.getByText(/dokumentasjon mangler/)).toHaveCount(0);
    const firstDay = history.getByRole('row').filter({ hasText: '04.05.2026' });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      firstDay.getByRole('link', { name: 'Last ned dagsoppgjør 04.05.2026 (PDF)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^dagsoppgjor-.+-2026-05-04\.pdf$/);
    const pdf = await readFile(await download.path());
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
    const words = text.replace(/\s+/g, ' ');
    expect(words).toContain('Dagsoppgjør 04.05.2026');
    expect(words).toContain(`Avdeling: ${departmentName}`);
    expect(words).toContain('Org.nr. 999 333 444');
    expect(words).toMatch(new RegExp(`Mat ${RUN} 25 % 360,00 90,00 450,00`));
    expect(words).toContain(`Bilagsnummer i PowerOffice GO: ${voucherNos[0]}`);

    // The accountant's files: the week's preview as CSV (Excel opens it as columns), the history as Excel.
    const slug = departmentName.toLowerCase().replace(' ', '-');
    const previewFiles = page.getByRole('group', { name: `Forhåndsvisningen for ${departmentName} som fil` });
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      previewFiles.getByRole('button', { name: 'Last ned CSV' }).click(),
    ]);
    expect(csv.suggestedFilename()).toBe(`bilag-${slug}-${WEEK.from}-${WEEK.to}.csv`);
    await expect(page.getByText(`bilag-${slug}-${WEEK.from}-${WEEK.to}.csv er lastet ned.`)).toBeVisible();
    const content = (await readFile(await csv.path())).toString('utf8');
    expect(content.charCodeAt(0)).toBe(0xfeff);
    const [header, ...rows] = content
      .slice(1)
      .trimEnd()
      .split('\r\n')
      .map((line) => line.split(';'));
    expect(header).toEqual([
      'Driftsdøgn',
      'Status',
      'Referanse',
      'Konto',
      'Kontonavn',
      'Mva-kode',
      'Debet',
      'Kredit',
      'Avdeling',
      'Tekst',
      'Merknad',
    ]);
    // The same amounts as the page: each day's card payment as debit, the sales as credit on 3010.
    const debitOf = (day: string, account: string) => rows.find((r) => r[0] === day && r[3] === account)?.[6];
    const creditOf = (day: string, account: string) =>
      rows.find((r) => r[0] === day && r[3] === account)?.[7];
    expect([
      debitOf('04.05.2026', '1503'),
      debitOf('05.05.2026', '1503'),
      debitOf('06.05.2026', '1503'),
    ]).toEqual(['450,00', '120,00', '310,50']);
    expect([
      creditOf('04.05.2026', '3010'),
      creditOf('05.05.2026', '3010'),
      creditOf('06.05.2026', '3010'),
    ]).toEqual(['450,00', '120,00', '310,50']);
    const historyFiles = page.getByRole('group', { name: `Historikken for ${departmentName} som fil` });
    const [xlsx] = await Promise.all([
      page.waitForEvent('download'),
      historyFiles.getByRole('button', { name: 'Last ned Excel' }).click(),
    ]);
    expect(xlsx.suggestedFilename()).toBe(`historikk-${slug}-${WEEK.from}-${WEEK.to}.xlsx`);
    // A workbook is a zip archive.
    expect((await readFile(await xlsx.path())).subarray(0, 4)).toEqual(Buffer.from([0x50, 0x4b, 0x03, 0x04]));

    // Reversing a day asks first (Avbryt has the focus), then says which voucher reversed it.
    const lastDay = history.getByRole('row').filter({ hasText: '06.05.2026' });
    await lastDay.getByRole('button', { name: 'Reverser 06.05.2026' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Reversere driftsdøgnet 06.05.2026?' });
    await expect(dialog.getByRole('button', { name: 'Avbryt' })).toBeFocused();
    await dialog.getByRole('button', { name: 'Reverser' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(
      page.getByText(/^Driftsdøgnet 06\.05\.2026 er reversert i PowerOffice GO \(reverseringsbilag \d+\)\.$/),
    ).toBeVisible();
    await expect(lastDay.getByRole('rowheader', { name: '06.05.2026' })).toBeFocused();
    await expect(lastDay).toContainText('Reversert');
    await expect(lastDay).toContainText(
      new RegExp(`Bilag ${voucherNos[2]} reversert, reverseringsbilag \\d+`),
    );
  });
});

/*
 * A long period arrives month by month: the demo's three months of sales for one demo department.
 * The network is held back per month (the BFF answers for real; only when is controlled), so the
 * page is seen with one month in, with a failed month and its "Prøv igjen", and then complete.
 */
test('a three-month preview shows its first month at once, counts the months, survives a failed month and ends with every day', async ({
  page,
}) => {
  test.slow();
  const yesterday = new Date(Date.now() - 86_400_000);
  const [y, m, d] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo' })
    .format(yesterday)
    .split('-')
    .map(Number) as [number, number, number];
  // The first of the month two months back to yesterday: three calendar months, all within the demo's 92 days.
  const from = new Date(Date.UTC(y, m - 3, 1)).toISOString().slice(0, 10);
  const to = new Date(Date.UTC(y, m - 1, d)).toISOString().slice(0, 10);
  const secondMonth = new Date(Date.UTC(y, m - 2, 1)).toISOString().slice(0, 10);
  const secondMonthEnd = new Date(Date.UTC(y, m - 1, 0)).toISOString().slice(0, 10);
  const nb = (day: string) => day.split('-').reverse().join('.');

  await page.goto('/login?redirectTo=/export');
  await logIn(page, 'regnskap@demo.no');
  await expectLoggedIn(page);
  const departments = await ok<{ id: string; name: string }[]>(page.request.get('/api/departments'));
  const sentrum = departments.find((x) => x.name === 'Sentrum')!;
  // What one request for the whole period answers: the days the table must end up with.
  const whole = await ok<{ vouchers: { businessDay: string }[]; totals: { vouchers: number } }>(
    page.request.get(`/api/departments/${sentrum.id}/export/preview`, { params: { from, to } }),
  );
  expect(whole.vouchers.length).toBeGreaterThan(60);

  const asked: string[] = [];
  let failSecond = true;
  let releaseThird!: () => void;
  const third = new Promise<void>((resolve) => (releaseThird = resolve));
  await page.route(
    (url) => url.pathname.endsWith('/export/preview'),
    async (route) => {
      const url = new URL(route.request().url());
      const chunkFrom = url.searchParams.get('from')!;
      asked.push(`${chunkFrom}…${url.searchParams.get('to')}`);
      if (chunkFrom === secondMonth && failSecond) {
        await route.fulfill({
          status: 503,
          contentType: 'application/problem+json',
          body: JSON.stringify({ type: 'about:blank', title: 'Utilgjengelig', status: 503 }),
        });
      } else {
        if (chunkFrom > secondMonth) await third;
        await route.continue();
      }
    },
  );

  await page.goto(`/export?${new URLSearchParams({ from, to, department: sentrum.id }).toString()}`);
  const preview = page.locator('section[aria-labelledby="export-preview-title"]');
  const table = preview.getByRole('table', { name: 'Bilag per driftsdøgn' });
  await expect(table.getByText(`Bilag ${nb(whole.vouchers[0]!.businessDay)} · Sentrum`)).toBeVisible();
  const progress = preview.getByRole('status');
  await expect(progress).toHaveText('Henter forhåndsvisning: 1 av 3 måneder');
  // Asked month by month, the first month first.
  expect(asked[0]).toBe(`${from}…${new Date(Date.UTC(y, m - 2, 0)).toISOString().slice(0, 10)}`);
  // Nothing that needs the whole period pretends to have it.
  await expect(preview.getByText(/^Foreløpig, bare det som er hentet: \d+ bilag/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Overfør til PowerOffice GO' })).toBeDisabled();
  await expect(page.getByText('Overføring blir mulig når hele perioden er hentet.')).toBeVisible();

  // The second month fails (after the usual retries); the first stays on the page.
  const failure = preview
    .getByRole('alert')
    .filter({ hasText: `Kunne ikke hente ${nb(secondMonth)}–${nb(secondMonthEnd)} for Sentrum` });
  await expect(failure).toBeVisible({ timeout: 30_000 });
  await expect(table.getByText(`Bilag ${nb(whole.vouchers[0]!.businessDay)} · Sentrum`)).toBeVisible();
  failSecond = false;
  await failure.getByRole('button', { name: 'Prøv igjen' }).click();
  await expect(failure).toHaveCount(0);
  await expect(progress).toHaveText('Henter forhåndsvisning: 2 av 3 måneder');

  releaseThird();
  await expect(preview.getByText(/Henter forhåndsvisning/)).toHaveCount(0);
  await expect(preview.getByText(new RegExp(`^${whole.totals.vouchers} bilag · `))).toBeVisible();
  await expect(page.getByText('Overføring blir mulig når hele perioden er hentet.')).toHaveCount(0);

  // Every day of the three months is in the table: scroll the page through (the table is in the
  // page's own scroll, and only the rows in view exist).
  const seen = await table.evaluate(async (el) => {
    const scroller = document.scrollingElement!;
    const days = new Set<string>();
    scroller.scrollTop = 0;
    for (let i = 0; i < 5_000; i++) {
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      for (const span of el.querySelectorAll('tbody th[scope="rowgroup"] .export-table__day-title'))
        days.add(span.textContent ?? '');
      if (scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 1) break;
      scroller.scrollTop += scroller.clientHeight;
    }
    return [...days];
  });
  expect(seen).toEqual(whole.vouchers.map((v) => `Bilag ${nb(v.businessDay)} · Sentrum`));
});
