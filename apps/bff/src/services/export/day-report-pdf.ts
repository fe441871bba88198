import { formatKroner, toOsloLocal } from '@qo/accounting';
import PDFDocument from 'pdfkit';
import type { DayReport } from './day-report';

/*
 * The dagsoppgjør as a PDF (pdfkit, its built-in Helvetica: WinAnsi covers æøå and the rest of
 * Norwegian). A4, one table per section; amounts as 1 234,56 in kroner.
 */

const MARGIN = 50;
const PAGE_WIDTH = 595.28;
const CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN;
const FONT = 'Helvetica';
const BOLD = 'Helvetica-Bold';

/** Kroner as "1 234,56" / "-1 234,56" (a hyphen: the standard fonts have no minus sign). */
export function kr(ore: number): string {
  return formatKroner(ore).replace('−', '-');
}

/** "13.03.2026 05:00" in Oslo time. */
export function osloDateTime(instant: string): string {
  const local = toOsloLocal(Date.parse(instant));
  const [y, m, d] = local.date.split('-');
  const hh = String(Math.floor(local.minuteOfDay / 60)).padStart(2, '0');
  const mm = String(local.minuteOfDay % 60).padStart(2, '0');
  return `${d}.${m}.${y} ${hh}:${mm}`;
}

export function norwegianDate(day: string): string {
  const [y, m, d] = day.split('-');
  return `${d}.${m}.${y}`;
}

const CASH_MOVEMENT: Record<string, string> = { float: 'Veksel', deposit: 'Innskudd', withdrawal: 'Uttak' };

/** Characters the standard fonts cannot draw become "?", so a name never breaks the file. */
function printable(text: string): string {
  // WinAnsi: Latin-1 plus the few extra characters of Windows-1252.
  return text.replace(
    /[^\u0020-\u007e\u00a0-\u00ff\u2013\u2014\u2018\u2019\u201c\u201d\u2022\u2026\u20ac]/g,
    '?',
  );
}

interface Column {
  title: string;
  width: number;
  align?: 'left' | 'right';
}

/** Renders the report; resolves with the PDF's bytes. */
export function renderDayReportPdf(report: DayReport): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    info: {
      Title: printable(`Dagsoppgjør ${report.departmentName} ${norwegianDate(report.businessDay)}`),
      Author: printable(report.companyName),
      Creator: 'Quickorder',
      CreationDate: new Date(report.madeAt),
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const text = (value: string, options: PDFKit.Mixins.TextOptions = {}) =>
    doc.text(printable(value), options);
  const heading = (title: string) => {
    ensureRoom(doc, 60);
    doc.moveDown(0.8).font(BOLD).fontSize(11);
    text(title, { width: CONTENT_WIDTH });
    doc.font(FONT).fontSize(9).moveDown(0.2);
  };
  const table = (columns: Column[], rows: string[][], totals?: string[]) => {
    const row = (cells: string[], font: string) => {
      ensureRoom(doc, 16);
      const y = doc.y;
      let x = MARGIN;
      doc.font(font).fontSize(9);
      let height = 0;
      cells.forEach((cell, i) => {
        const column = columns[i]!;
        const options = { width: column.width - 4, align: column.align ?? 'left' } as const;
        height = Math.max(height, doc.heightOfString(printable(cell), options));
        doc.text(printable(cell), x, y, options);
        x += column.width;
      });
      doc.x = MARGIN;
      doc.y = y + height + 3;
    };
    row(
      columns.map((c) => c.title),
      BOLD,
    );
    rule(doc);
    for (const cells of rows) row(cells, FONT);
    if (totals) {
      rule(doc);
      row(totals, BOLD);
    }
  };

  // Title and who, where, when.
  doc.font(BOLD).fontSize(18);
  text(`Dagsoppgjør ${norwegianDate(report.businessDay)}`);
  doc.font(FONT).fontSize(10).moveDown(0.3);
  text(
    `${report.companyName}${report.orgNo ? `  ·  Org.nr. ${report.orgNo.replace(/(\d{3})(\d{3})(\d{3})/, '$1 $2 $3')}` : ''}`,
  );
  text(
    `Avdeling: ${report.departmentName}${report.powerOfficeDepartment ? ` (PowerOffice: ${report.powerOfficeDepartment})` : ''}`,
  );
  text(
    `Driftsdøgn ${norwegianDate(report.businessDay)}: åpnet ${osloDateTime(report.opensAt)}, stengt ${osloDateTime(report.closesAt)} (norsk tid)`,
  );
  text(`Ordrer: ${report.orders}`);

  const sales = report.sales;
  heading('Salg per varegruppe og MVA-sats');
  const salesTotal = sales.reduce(
    (t, s) => ({ net: t.net + s.net, vat: t.vat + s.vat, gross: t.gross + s.gross }),
    { net: 0, vat: 0, gross: 0 },
  );
  table(
    [
      { title: 'Varegruppe', width: 175 },
      { title: 'MVA-sats', width: 60, align: 'right' },
      { title: 'Netto', width: 80, align: 'right' },
      { title: 'MVA', width: 80, align: 'right' },
      { title: 'Brutto', width: CONTENT_WIDTH - 395, align: 'right' },
    ],
    sales.map((s) => [s.productType, `${s.vatRate} %`, kr(s.net), kr(s.vat), kr(s.gross)]),
    ['Sum salg', '', kr(salesTotal.net), kr(salesTotal.vat), kr(salesTotal.gross)],
  );

  heading('Returer');
  text(`Antall returnerte linjer: ${report.returns.count}   Beløp: ${kr(report.returns.amount)} kr`);

  heading('Betalinger per betalingsmåte');
  const paid = report.payments.reduce((t, p) => ({ count: t.count + p.count, amount: t.amount + p.amount }), {
    count: 0,
    amount: 0,
  });
  table(
    [
      { title: 'Betalingsmåte', width: 235 },
      { title: 'Antall', width: 80, align: 'right' },
      { title: 'Beløp', width: 100, align: 'right' },
      { title: 'Bokført', width: CONTENT_WIDTH - 415, align: 'right' },
    ],
    report.payments.map((p) => [p.paymentType, String(p.count), kr(p.amount), p.transferred ? 'ja' : 'nei']),
    ['Sum betalinger', String(paid.count), kr(paid.amount), ''],
  );

  heading('Gavekort');
  text(`Solgt: ${kr(report.giftCards.sold)} kr   Innløst: ${kr(report.giftCards.redeemed)} kr`);

  heading('Rapportert, ikke bokført');
  text(`Tips: ${kr(report.tips)} kr`);
  if (report.cashMovements.length === 0) text('Kontantbevegelser: ingen');
  else {
    doc.moveDown(0.2);
    table(
      [
        { title: 'Kontantbevegelse', width: 235 },
        { title: 'Tidspunkt', width: 130 },
        { title: 'Beløp', width: CONTENT_WIDTH - 365, align: 'right' },
      ],
      report.cashMovements.map((m) => [CASH_MOVEMENT[m.kind] ?? m.kind, osloDateTime(m.at), kr(m.amount)]),
    );
  }

  const voucher = report.voucher;
  heading(voucher.correction === 0 ? 'Bilaget' : `Korrigeringsbilag ${voucher.correction}`);
  text(
    `Bilagsnummer i PowerOffice GO: ${voucher.voucherNo ?? 'ikke kjent ennå'}   Referanse: ${voucher.reference}`,
  );
  doc.moveDown(0.2);
  let debit = 0;
  let credit = 0;
  for (const l of voucher.lines) {
    if (l.amount > 0) debit += l.amount;
    else credit -= l.amount;
  }
  table(
    [
      { title: 'Konto', width: 140 },
      { title: 'MVA-kode', width: 55 },
      { title: 'Tekst', width: 145 },
      { title: 'Debet', width: 77, align: 'right' },
      { title: 'Kredit', width: CONTENT_WIDTH - 417, align: 'right' },
    ],
    voucher.lines.map((l) => [
      [l.accountNo ?? '', l.accountName ?? ''].join(' ').trim(),
      l.vatCode ?? '',
      l.description,
      l.amount > 0 ? kr(l.amount) : '',
      l.amount < 0 ? kr(-l.amount) : '',
    ]),
    ['Sum', '', '', kr(debit), kr(credit)],
  );

  doc.moveDown(1.2).font(FONT).fontSize(8).fillColor('#444444');
  text(
    `Laget ${osloDateTime(report.madeAt)} (norsk tid) av Quickorder. Daily report (Z report) of the business day, attached to the voucher.`,
  );
  doc.end();
  return done;
}

function rule(doc: PDFKit.PDFDocument): void {
  doc
    .moveTo(MARGIN, doc.y - 1)
    .lineTo(MARGIN + CONTENT_WIDTH, doc.y - 1)
    .lineWidth(0.5)
    .strokeColor('#999999')
    .stroke();
  doc.y += 2;
}

/** Starts a new page when less than `height` points are left on this one. */
function ensureRoom(doc: PDFKit.PDFDocument, height: number): void {
  if (doc.y + height > doc.page.height - MARGIN) {
    doc.addPage();
    doc.x = MARGIN;
  }
}
