import { toOsloLocal } from '@qo/accounting';
import type { ExportHistory, ExportPreview, FileLanguage, HistoryDay } from '@qo/contracts';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';

/*
 * The preview and the history of a period as files for the accountant (docs/decisions/0017):
 * the columns the Eksport page shows, one row per voucher line (preview) or business day
 * (history). CSV for Excel in Norway: semicolons, decimal comma, UTF-8 with a BOM, CRLF. The
 * workbook holds real numbers and dates, so sums and filters work on them.
 */

type ColumnKind = 'text' | 'date' | 'datetime' | 'amount' | 'integer';
type Cell = string | number | null;

interface Column {
  header: string;
  kind: ColumnKind;
  /** Width in the workbook, in characters. */
  width: number;
}

export interface FileTable {
  sheetName: string;
  columns: Column[];
  /** Amounts in øre, dates YYYY-MM-DD, instants ISO 8601. */
  rows: Cell[][];
}

const words = {
  nb: {
    previewSheet: 'Bilag',
    historySheet: 'Historikk',
    preview: [
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
    ],
    history: [
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
    ],
    statuses: {
      not_transferred: 'Ikke overført',
      sent: 'Sendt',
      failed: 'Feilet',
      blocked: 'Blokkert',
      changed: 'Endret etter overføring',
      reversed: 'Reversert',
    },
    journals: { cash: 'Kassabilag', manual: 'Manuelt bilag' },
    automatic: 'Automatisk',
    nothingToPost: 'Ingenting å overføre (bare salg som ikke overføres)',
    difference: 'Differanse',
    reversal: (voucherNo: string, reversalNo: string | null) =>
      `Bilag ${voucherNo} reversert, ${reversalNo === null ? 'venter på bilagsnummer' : `reverseringsbilag ${reversalNo}`}`,
    fileNames: { preview: 'bilag', history: 'historikk' },
  },
  en: {
    previewSheet: 'Vouchers',
    historySheet: 'History',
    preview: [
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
    ],
    history: [
      'Business day',
      'Status',
      'Voucher no.',
      'Day report no.',
      'Voucher type',
      'Sent',
      'By',
      'Message',
      'Correction vouchers',
      'Reversed',
    ],
    statuses: {
      not_transferred: 'Not transferred',
      sent: 'Sent',
      failed: 'Failed',
      blocked: 'Blocked',
      changed: 'Changed since transfer',
      reversed: 'Reversed',
    },
    journals: { cash: 'Cash journal', manual: 'Manual journal' },
    automatic: 'Automatic',
    nothingToPost: 'Nothing to transfer (only sales that are not transferred)',
    difference: 'Difference',
    reversal: (voucherNo: string, reversalNo: string | null) =>
      `Voucher ${voucherNo} reversed, ${reversalNo === null ? 'awaiting voucher number' : `reversal voucher ${reversalNo}`}`,
    fileNames: { preview: 'vouchers', history: 'history' },
  },
} satisfies Record<FileLanguage, unknown>;

const PREVIEW_KINDS: readonly ColumnKind[] = [
  'date',
  'text',
  'text',
  'integer',
  'text',
  'text',
  'amount',
  'amount',
  'text',
  'text',
  'text',
];
const PREVIEW_WIDTHS = [12, 22, 30, 8, 28, 9, 14, 14, 18, 34, 50];
const HISTORY_KINDS: readonly ColumnKind[] = [
  'date',
  'text',
  'integer',
  'integer',
  'text',
  'datetime',
  'text',
  'text',
  'text',
  'text',
];
const HISTORY_WIDTHS = [12, 22, 10, 14, 16, 17, 20, 50, 18, 50];

const columnsOf = (
  headers: readonly string[],
  kinds: readonly ColumnKind[],
  widths: readonly number[],
): Column[] => headers.map((header, i) => ({ header, kind: kinds[i]!, width: widths[i]! }));

/** The preview's vouchers, one row per line; a day's problems in the note of the line they concern (else its first). */
export function previewTable(preview: ExportPreview, lang: FileLanguage): FileTable {
  const w = words[lang];
  const rows: Cell[][] = [];
  for (const voucher of preview.vouchers) {
    const day = [voucher.businessDay, w.statuses[voucher.status], voucher.externalReference];
    const notes = (lineIndex: number) =>
      voucher.problems
        .filter((p) => p.lineIndex === lineIndex || (lineIndex === 0 && p.lineIndex === null))
        .map((p) => p.message)
        .join(' ') || null;
    if (voucher.lines.length === 0) {
      rows.push([...day, null, null, null, null, null, null, w.nothingToPost, notes(0)]);
      continue;
    }
    voucher.lines.forEach((line, i) => {
      rows.push([
        ...day,
        line.accountNo,
        line.accountName,
        line.vatCode,
        line.amount > 0 ? line.amount : null,
        line.amount < 0 ? -line.amount : null,
        line.department,
        line.description,
        notes(i),
      ]);
    });
  }
  return { sheetName: w.previewSheet, columns: columnsOf(w.preview, PREVIEW_KINDS, PREVIEW_WIDTHS), rows };
}

/** The history, one row per business day of the period. */
export function historyTable(history: ExportHistory, lang: FileLanguage): FileTable {
  const w = words[lang];
  const rows = history.days.map((day: HistoryDay): Cell[] => {
    const difference = day.difference.map((l) => `${l.accountNo ?? '?'}: ${formatOre(l.amount)}`).join('; ');
    const message = [day.message, difference && `${w.difference}: ${difference}`].filter(Boolean).join(' ');
    const corrections = day.corrections.map((c) => c.voucherNo ?? '?').join(', ');
    const reversals = day.reversals
      .map((r) =>
        w.reversal(
          String(r.voucherNo ?? '?'),
          r.reversalVoucherNo === null ? null : String(r.reversalVoucherNo),
        ),
      )
      .join('; ');
    return [
      day.businessDay,
      w.statuses[day.status],
      day.voucherNo,
      day.importedVoucherNo,
      day.journal ? w.journals[day.journal] : null,
      day.sentAt,
      day.automatic ? w.automatic : day.sentBy,
      message || null,
      corrections || null,
      reversals || null,
    ];
  });
  return { sheetName: w.historySheet, columns: columnsOf(w.history, HISTORY_KINDS, HISTORY_WIDTHS), rows };
}

/** Øre as Norwegian kroner text: 123456 → "1234,56", -50 → "-0,50" (no thousands separator: Excel reads it as a number). */
function formatOre(ore: number): string {
  const sign = ore < 0 ? '-' : '';
  const abs = Math.abs(ore);
  return `${sign}${Math.floor(abs / 100)},${String(abs % 100).padStart(2, '0')}`;
}

const dmy = (date: string) => `${date.slice(8, 10)}.${date.slice(5, 7)}.${date.slice(0, 4)}`;

function osloWallClock(instant: string): { date: string; hh: number; mm: number } {
  const local = toOsloLocal(Date.parse(instant));
  return { date: local.date, hh: Math.floor(local.minuteOfDay / 60), mm: local.minuteOfDay % 60 };
}

/** A text Excel would take for a formula (=, +, -, @, tab, CR first) is kept as text. */
const asText = (text: string) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);

function csvCell(kind: ColumnKind, value: Cell): string {
  if (value === null) return '';
  switch (kind) {
    case 'amount':
      return formatOre(value as number);
    case 'date':
      return dmy(value as string);
    case 'datetime': {
      const { date, hh, mm } = osloWallClock(value as string);
      return `${dmy(date)} ${String(hh).padStart(2, '0')}:${String(mm).padStart(2, '0')}`;
    }
    case 'integer':
      return String(value);
    case 'text':
      return asText(String(value));
  }
}

/** Semicolon-separated, decimal comma, UTF-8 with BOM, CRLF line ends: opens as columns in Excel. */
export function toCsv(table: FileTable): Buffer {
  const records = [
    table.columns.map((c) => asText(c.header)),
    ...table.rows.map((row) => row.map((v, i) => csvCell(table.columns[i]!.kind, v))),
  ];
  return Buffer.from(stringify(records, { delimiter: ';', bom: true, record_delimiter: 'windows' }), 'utf8');
}

/** A date as Excel stores it: the calendar day (or Oslo wall clock) at UTC, which Excel shows as is. */
const excelDate = (date: string, hh = 0, mm = 0) =>
  new Date(
    Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)), hh, mm),
  );

const NUM_FMT: Partial<Record<ColumnKind, string>> = {
  amount: '#,##0.00',
  date: 'dd.mm.yyyy',
  datetime: 'dd.mm.yyyy hh:mm',
};

function xlsxCell(kind: ColumnKind, value: Cell): ExcelJS.CellValue {
  if (value === null) return null;
  switch (kind) {
    case 'amount':
      return (value as number) / 100;
    case 'date':
      return excelDate(value as string);
    case 'datetime': {
      const { date, hh, mm } = osloWallClock(value as string);
      return excelDate(date, hh, mm);
    }
    default:
      return value;
  }
}

/** One worksheet: bold header row frozen with a filter, amounts as numbers with two decimals, real dates. */
export async function toXlsx(table: FileTable): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Quickorder';
  const sheet = workbook.addWorksheet(table.sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = table.columns.map((c, i) => ({
    key: String(i),
    header: c.header,
    width: c.width,
    style: NUM_FMT[c.kind] ? { numFmt: NUM_FMT[c.kind]! } : {},
  }));
  sheet.getRow(1).font = { bold: true };
  for (const row of table.rows) sheet.addRow(row.map((v, i) => xlsxCell(table.columns[i]!.kind, v)));
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.columns.length } };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * `bilag-sentrum-2026-03-01-2026-03-31.csv`: the department's name in lower case with dashes,
 * as UTF-8 (filename*) and as ASCII (æ → ae, ø → o, å → a) for clients that read only `filename`.
 */
export function fileName(
  kind: 'preview' | 'history',
  lang: FileLanguage,
  department: string,
  from: string,
  to: string,
  ext: 'csv' | 'xlsx',
) {
  const slug =
    department
      .toLowerCase()
      .trim()
      .replace(/\s+/g, '-')
      .replace(/[^\p{L}\p{N}_-]/gu, '')
      .replace(/-+/g, '-') || 'avdeling';
  const utf8 = `${words[lang].fileNames[kind]}-${slug}-${from}-${to}.${ext}`;
  const ascii = utf8
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'a')
    .normalize('NFKD')
    .replace(/[^\x20-\x7e]/g, '');
  return { utf8, ascii };
}
