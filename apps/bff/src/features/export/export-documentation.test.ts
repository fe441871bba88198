import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logIn, seedOtherCompany } from '../../test/test-app';
import {
  cardSale,
  createExportKit,
  WORKED_DAY,
  WORKED_DAY_FLOAT,
  type ExportKit,
} from '../../test/export-test-kit';

let kit: ExportKit;
beforeAll(async () => {
  kit = await createExportKit();
}, 60_000);
afterAll(() => kit?.close());

interface SimDocument {
  VoucherId: string;
  Size: number;
  Uploads: number;
}
interface HistoryDocumentation {
  postingId: string;
  status: 'uploaded' | 'missing';
  downloadable: boolean;
}

const dept = () => `/api/departments/${kit.departmentId}`;
const documents = async () =>
  ((await kit.sim('GET', '/_sim/posted')) as { Documents: SimDocument[] }).Documents;
const historyDay = async (day: string) =>
  (await kit.call('GET', `${dept()}/export/history?from=${day}&to=${day}`)).json().days[0];

async function download(documentation: HistoryDocumentation): Promise<Buffer> {
  const res = await kit.call('GET', `${dept()}/export/documents/${documentation.postingId}`);
  expect(res.statusCode, res.body).toBe(200);
  expect(res.headers['content-type']).toMatch(/application\/pdf/);
  return res.rawPayload;
}

/** The PDF's text, whitespace collapsed (extracted as a reader would copy it). */
async function textOf(pdf: Buffer): Promise<string> {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
  return text.replace(/\s+/g, ' ');
}

// Each test runs transfers against the simulator and reads PDFs: generous on a busy machine.
describe('dagsoppgjør attached to each posted voucher', { timeout: 120_000 }, () => {
  it('uploads one PDF per day voucher whose text holds the day’s totals, and offers the same PDF for download', async () => {
    await kit.ingest(WORKED_DAY, WORKED_DAY_FLOAT);
    await kit.ingest([
      cardSale('P1', '2026-03-16', 25000),
      {
        id: 'P2',
        closedAt: '2026-03-16T13:00:00+01:00',
        lines: [
          { type: 'Mat', quantity: 2, unitPrice: 10000, vatRate: 25 },
          { type: 'Mat', quantity: -1, unitPrice: 10000, vatRate: 25 },
        ],
        payments: [{ type: 'Kort', amount: 10000 }],
      },
    ]);
    const result = await kit.transfer('2026-03-13', '2026-03-16');
    expect(result.days.map((d) => d.status)).toEqual(['sent', 'sent', 'skipped', 'sent']);
    const vouchers = (await kit.vouchers()).filter(
      (v) => v.VoucherDate >= '2026-03-13' && v.VoucherDate <= '2026-03-16',
    );
    expect(vouchers).toHaveLength(3);
    const attached = await documents();
    for (const v of vouchers)
      expect(attached.filter((d) => d.VoucherId === v.Id)).toEqual([expect.objectContaining({ Uploads: 1 })]);

    const worked = await historyDay('2026-03-13');
    expect(worked.documentation).toMatchObject({ status: 'uploaded', downloadable: true });
    const pdf = await download(worked.documentation);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const voucher = vouchers.find((v) => v.VoucherDate === '2026-03-13')!;
    expect(attached.find((d) => d.VoucherId === voucher.Id)!.Size).toBe(pdf.length);

    const text = await textOf(pdf);
    expect(text).toContain('Dagsoppgjør 13.03.2026');
    expect(text).toContain('Demo Restaurant AS');
    expect(text).toContain('Org.nr. 999 111 222');
    expect(text).toContain('Avdeling: Sentrum');
    // The business day from 05:00 to 05:00 the next morning, Oslo time.
    expect(text).toContain('åpnet 13.03.2026 05:00, stengt 14.03.2026 05:00');
    // Mat 25 %: net, VAT, gross; Mat 15 %; Alkohol 25 %; the sum of sales.
    expect(text).toMatch(/Mat 25 % 1 058,40 264,60 1 323,00/);
    expect(text).toMatch(/Mat 15 % 138,70 20,80 159,50/);
    expect(text).toMatch(/Alkohol 25 % 313,60 78,40 392,00/);
    expect(text).toMatch(/Sum salg 1 510,70 363,80 1 874,50/);
    // Payments per payment type with counts (tips not included), gift cards, tips and the float.
    expect(text).toMatch(/Kort 3 772,00 ja/);
    expect(text).toMatch(/Kreditt 2 754,00 nei/);
    expect(text).toContain('Solgt: 500,00 kr Innløst: 189,00 kr');
    expect(text).toContain('Tips: 26,00 kr');
    expect(text).toMatch(/Veksel 13\.03\.2026 10:00 2 000,00/);
    // The voucher: its number, reference and lines.
    expect(text).toContain(`Bilagsnummer i PowerOffice GO: ${voucher.VoucherNo}`);
    expect(text).toContain(`Referanse: ${voucher.ExternalImportReference}`);
    expect(text).toMatch(/7740 Øreavrunding Øreavrunding 0,50/);
    expect(text).toMatch(/Sum 1 621,00 1 621,00/);

    const withReturn = await textOf(await download((await historyDay('2026-03-16')).documentation));
    expect(withReturn).toContain('Antall returnerte linjer: 1 Beløp: -100,00 kr');
    expect(withReturn).toContain('Ordrer: 2');
  });

  it('retries an upload whose answer was lost without posting the voucher again; the file is replaced, not doubled', async () => {
    await kit.ingest([cardSale('Q1', '2026-03-20', 9900)]);
    await kit.sim('POST', '/_sim/faults', { dropDocumentationResponse: 1 });
    try {
      const result = await kit.transfer('2026-03-20', '2026-03-20');
      expect(result.days[0]).toMatchObject({ status: 'sent' });
    } finally {
      await kit.sim('DELETE', '/_sim/faults');
    }
    const vouchers = (await kit.vouchers()).filter((v) => v.VoucherDate === '2026-03-20');
    expect(vouchers).toHaveLength(1);
    expect((await documents()).filter((d) => d.VoucherId === vouchers[0]!.Id)).toEqual([
      expect.objectContaining({ Uploads: 2 }),
    ]);
    expect((await historyDay('2026-03-20')).documentation).toMatchObject({ status: 'uploaded' });
  });

  it('shows "documentation missing" when the upload fails, and the next transfer uploads the same PDF without a second voucher', async () => {
    await kit.ingest([cardSale('R1', '2026-03-23', 12300)]);
    // More failures than the client's retries: this transfer cannot attach it.
    await kit.sim('POST', '/_sim/faults', { documentationFailures: 100 });
    try {
      const result = await kit.transfer('2026-03-23', '2026-03-23');
      expect(result.days[0]).toMatchObject({ status: 'sent' });
    } finally {
      await kit.sim('DELETE', '/_sim/faults');
    }
    const voucher = (await kit.vouchers()).find((v) => v.VoucherDate === '2026-03-23')!;
    expect((await documents()).filter((d) => d.VoucherId === voucher.Id)).toEqual([]);
    const missing = await historyDay('2026-03-23');
    expect(missing).toMatchObject({
      status: 'sent',
      documentation: { status: 'missing', downloadable: true },
    });
    const kept = await download(missing.documentation);

    // The next transfer (another day) attaches it; the day is not posted again.
    await kit.ingest([cardSale('R2', '2026-03-24', 4500)]);
    const next = await kit.transfer('2026-03-23', '2026-03-24');
    expect(next.days.map((d) => d.status)).toEqual(['already_sent', 'sent']);
    expect((await kit.vouchers()).filter((v) => v.VoucherDate === '2026-03-23')).toHaveLength(1);
    const attached = (await documents()).filter((d) => d.VoucherId === voucher.Id);
    expect(attached).toEqual([expect.objectContaining({ Uploads: 1, Size: kept.length })]);
    const after = await historyDay('2026-03-23');
    expect(after.documentation).toMatchObject({
      status: 'uploaded',
      postingId: missing.documentation.postingId,
    });
    expect((await download(after.documentation)).equals(kept)).toBe(true);
  });

  it('gives a correction voucher its own dagsoppgjør', async () => {
    await kit.ingest([cardSale('S1', '2026-03-25', 10000)]);
    await kit.transfer('2026-03-25', '2026-03-25');
    await kit.ingest([cardSale('S2', '2026-03-25', 5000)]);
    const corrected = await kit.call('POST', `${dept()}/export/days/2026-03-25/correction`);
    expect(corrected.statusCode, corrected.body).toBe(200);
    const day = await historyDay('2026-03-25');
    expect(day.corrections).toHaveLength(1);
    expect(day.corrections[0].documentation).toMatchObject({ status: 'uploaded', downloadable: true });
    expect(day.corrections[0].documentation.postingId).not.toBe(day.documentation.postingId);
    const text = await textOf(await download(day.corrections[0].documentation));
    expect(text).toContain('Korrigeringsbilag 1');
    // The day's sales now (both orders), the correction's lines (the difference).
    expect(text).toMatch(/Sum salg 120,00 30,00 150,00/);
    expect(text).toMatch(/Sum 50,00 50,00/);
    const correction = (await kit.vouchers()).find(
      (v) => v.ExternalImportReference === corrected.json().externalReference,
    )!;
    expect((await documents()).filter((d) => d.VoucherId === correction.Id)).toHaveLength(1);
  });

  it('is downloadable by owner and accountant only, and only within the company', async () => {
    const day = await historyDay('2026-03-13');
    const url = `${dept()}/export/documents/${day.documentation.postingId}`;
    expect((await kit.call('GET', url, undefined, kit.owner)).statusCode).toBe(200);
    const staff = await logIn(kit.app, 'ansatt@demo.no');
    expect((await kit.call('GET', url, undefined, staff)).statusCode).toBe(403);
    const other = await seedOtherCompany(kit.app.db);
    const stranger = await logIn(kit.app, other.email, other.password);
    expect((await kit.call('GET', url, undefined, stranger)).statusCode).toBe(404);
    expect(
      (
        await kit.call(
          'GET',
          `/api/departments/${other.departmentId}/export/documents/${day.documentation.postingId}`,
          undefined,
          stranger,
        )
      ).statusCode,
    ).toBe(404);
    expect((await kit.call('GET', `${dept()}/export/documents/no-such-posting`)).statusCode).toBe(404);
  });
});
