import type { ExportHistory, ExportPreview } from '@qo/contracts';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logIn } from '../../test/test-app';
import {
  cardSale,
  createExportKit,
  WORKED_DAY,
  WORKED_DAY_FLOAT,
  type ExportKit,
} from '../../test/export-test-kit';

/*
 * The accountant's files: the preview and the history as CSV and Excel, read back here with a CSV
 * parser and exceljs, must hold the same lines and amounts as the JSON the page shows. Runs on
 * SQLite and PostgreSQL.
 */

let kit: ExportKit;
beforeAll(async () => {
  kit = await createExportKit();
  await kit.ingest(WORKED_DAY, WORKED_DAY_FLOAT);
  await kit.ingest([
    cardSale('F1', '2026-03-10', 12550),
    cardSale('F2', '2026-03-11', 9990),
    // A product type without accounts: a blocked day, its missing account named in the note.
    {
      id: 'F3',
      closedAt: '2026-03-12T12:00:00+01:00',
      lines: [{ type: 'Dessert', quantity: 2, unitPrice: 4500, vatRate: 25 }],
      payments: [{ type: 'Kort', amount: 9000 }],
    },
  ]);
}, 120_000);
afterAll(() => kit?.close());

const FROM = '2026-03-10';
const TO = '2026-03-13';
const dept = () => `/api/departments/${kit.departmentId}`;
const get = (path: string) => kit.call('GET', `${dept()}/export/${path}`);

/** "1 234,56" / "-0,50" → øre, without floating point. */
function oreOf(text: string): number | null {
  if (text === '') return null;
  const match = /^(-?)(\d+),(\d{2})$/.exec(text);
  if (!match) throw new Error(`not a Norwegian amount: ${text}`);
  return (match[1] ? -1 : 1) * (Number(match[2]) * 100 + Number(match[3]));
}

/** The preview's lines as [day, account, debit, credit] in øre, the shape every file must give back. */
function linesOf(preview: ExportPreview): [string, number | null, number | null, number | null][] {
  return preview.vouchers.flatMap((v) =>
    v.lines.map(
      (l) =>
        [v.businessDay, l.accountNo, l.amount > 0 ? l.amount : null, l.amount < 0 ? -l.amount : null] as [
          string,
          number | null,
          number | null,
          number | null,
        ],
    ),
  );
}

async function readWorkbook(body: Buffer): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ArrayBuffer);
  return workbook.worksheets[0]!;
}

describe('the preview as files', () => {
  it("CSV: semicolons, decimal comma, BOM, the page's columns, and the same amounts as the preview", async () => {
    const preview = (await get(`preview?from=${FROM}&to=${TO}`)).json() as ExportPreview;
    expect(preview.vouchers.map((v) => v.businessDay)).toEqual([
      '2026-03-10',
      '2026-03-11',
      '2026-03-12',
      '2026-03-13',
    ]);

    const res = await get(`preview.csv?from=${FROM}&to=${TO}`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toContain(`filename="bilag-sentrum-${FROM}-${TO}.csv"`);
    expect([...res.rawPayload.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(res.rawPayload.toString('utf8')).toContain('\r\n');

    const [header, ...rows] = parse(res.rawPayload, { delimiter: ';', bom: true }) as string[][];
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
    const isoOf = (d: string) => `${d.slice(6, 10)}-${d.slice(3, 5)}-${d.slice(0, 2)}`;
    const fromCsv = rows.map((r) => [
      isoOf(r[0]!),
      r[3] === '' ? null : Number(r[3]),
      oreOf(r[6]!),
      oreOf(r[7]!),
    ]);
    expect(fromCsv).toEqual(linesOf(preview));
    // Every voucher still sums to zero, read back from the file.
    for (const day of new Set(fromCsv.map((r) => r[0]))) {
      const sum = fromCsv
        .filter((r) => r[0] === day)
        .reduce((s, r) => s + ((r[2] as number) ?? 0) - ((r[3] as number) ?? 0), 0);
      expect(sum, String(day)).toBe(0);
    }
    // The worked day's rounding line, with its account name, and the blocked day's missing account.
    expect(rows.find((r) => r[3] === '7740')).toEqual([
      '13.03.2026',
      'Ikke overført',
      expect.stringMatching(/-20260313-v1$/),
      '7740',
      'Øreavrunding',
      '',
      '',
      '0,50',
      '',
      expect.any(String),
      '',
    ]);
    const blocked = rows.filter((r) => r[0] === '12.03.2026');
    expect(blocked.find((r) => r[3] === '')?.[10]).toContain('Dessert');
  });

  it('Excel: the same rows with amounts as numbers and days as dates; English headings on request', async () => {
    const preview = (await get(`preview?from=${FROM}&to=${TO}`)).json() as ExportPreview;
    const res = await get(`preview.xlsx?from=${FROM}&to=${TO}&lang=en`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(res.headers['content-disposition']).toContain(`filename="vouchers-sentrum-${FROM}-${TO}.xlsx"`);

    const sheet = await readWorkbook(res.rawPayload);
    expect(sheet.name).toBe('Vouchers');
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual([
      'Business day',
      'Status',
      'Reference',
      'Account',
      'Account name',
      'VAT code',
      'Debit',
      'Credit',
      'Department',
      'Text',
      'Note',
    ]);
    const rows: [string, number | null, number | null, number | null][] = [];
    sheet.eachRow((row, n) => {
      if (n === 1) return;
      const day = row.getCell(1).value as Date;
      const amount = (c: number) =>
        row.getCell(c).value === null ? null : Math.round((row.getCell(c).value as number) * 100);
      rows.push([
        day.toISOString().slice(0, 10),
        (row.getCell(4).value as number | null) ?? null,
        amount(7),
        amount(8),
      ]);
    });
    expect(rows).toEqual(linesOf(preview));
    expect(sheet.getColumn(7).numFmt).toBe('#,##0.00');
    expect(sheet.getRow(2).getCell(2).value).toBe('Not transferred');
  });
});

describe('the history as files', () => {
  it('CSV and Excel list every day with its status, voucher numbers and reversal', async () => {
    const sent = await kit.transfer(FROM, TO);
    expect(sent.days.filter((d) => d.status === 'sent')).toHaveLength(3);
    expect((await kit.call('POST', `${dept()}/export/days/2026-03-10/reverse`)).statusCode).toBe(200);
    const history = (await get(`history?from=${FROM}&to=${TO}`)).json() as ExportHistory;

    const csv = await get(`history.csv?from=${FROM}&to=${TO}`);
    expect(csv.statusCode, csv.body).toBe(200);
    expect(csv.headers['content-disposition']).toContain(`filename="historikk-sentrum-${FROM}-${TO}.csv"`);
    const [header, ...rows] = parse(csv.rawPayload, { delimiter: ';', bom: true }) as string[][];
    expect(header).toEqual([
      'Driftsdøgn',
      'Status',
      'Bilagsnr.',
      'Dagsoppgjør nr.',
      'Bilagstype',
      'Sendt',
      'Av',
      'Melding',
      'Korreksjonsbilag',
      'Reversert',
    ]);
    expect(rows.map((r) => [r[0], r[1], r[2]])).toEqual(
      history.days.map((d) => [
        d.businessDay.split('-').reverse().join('.'),
        expect.any(String),
        d.voucherNo === null ? '' : String(d.voucherNo),
      ]),
    );
    expect(rows.map((r) => r[1])).toEqual(['Reversert', 'Sendt', 'Blokkert', 'Sendt']);
    const reversal = history.days[0]!.reversals[0]!;
    expect(rows[0]![9]).toBe(
      `Bilag ${reversal.voucherNo} reversert, reverseringsbilag ${reversal.reversalVoucherNo}`,
    );
    expect(rows[1]![6]).toBe(history.days[1]!.sentBy);
    expect(rows[1]![6]).not.toBe('');
    expect(rows[1]![5]).toMatch(/^\d{2}\.\d{2}\.\d{4} \d{2}:\d{2}$/);

    const xlsx = await get(`history.xlsx?from=${FROM}&to=${TO}`);
    expect(xlsx.statusCode, xlsx.body).toBe(200);
    const sheet = await readWorkbook(xlsx.rawPayload);
    const numbers: (number | null)[] = [];
    sheet.eachRow((row, n) => {
      if (n > 1) numbers.push((row.getCell(3).value as number | null) ?? null);
    });
    expect(numbers).toEqual(history.days.map((d) => d.voucherNo));
  });
});

describe('who may download, and bad periods', () => {
  it('is for owners and accountants; a reversed period is a 400 naming the field', async () => {
    const staff = await logIn(kit.app, 'ansatt@demo.no');
    expect(
      (await kit.call('GET', `${dept()}/export/preview.csv?from=${FROM}&to=${TO}`, undefined, staff))
        .statusCode,
    ).toBe(403);
    expect(
      (await kit.call('GET', `${dept()}/export/history.xlsx?from=${FROM}&to=${TO}`, undefined, kit.owner))
        .statusCode,
    ).toBe(200);
    const bad = await get(`preview.csv?from=${TO}&to=${FROM}`);
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    expect(bad.json().errors).toEqual([expect.objectContaining({ path: 'to' })]);
    expect((await get(`preview.csv?from=${FROM}&to=${TO}&lang=de`)).statusCode).toBe(400);
    expect(
      (await kit.call('GET', `/api/departments/nope/export/preview.xlsx?from=${FROM}&to=${TO}`)).statusCode,
    ).toBe(404);
  });
});
