import { divRoundHalfAwayFromZero, type VoucherLine, type VoucherMappings } from '@qo/accounting';
import { dayReportCounts, findCompanyName, type DepartmentRow } from '@qo/db';
import type { FastifyInstance } from 'fastify';
import type { DayData } from './period-days';
import type { PowerOfficeContext } from './poweroffice-context';

/** One row of the report's voucher section. */
export interface DayReportVoucherLine {
  accountNo: number | null;
  accountName: string | null;
  vatCode: string | null;
  description: string;
  /** Øre; debit positive, credit negative. */
  amount: number;
}

/**
 * Everything the dagsoppgjør (the day's report, attached to the day's voucher in PowerOffice)
 * shows. Amounts in øre; instants ISO-8601 UTC (the PDF writes them in Oslo time).
 */
export interface DayReport {
  companyName: string;
  /** The company's organisation number as PowerOffice knows it; null when it could not be read. */
  orgNo: string | null;
  departmentName: string;
  /** PowerOffice's department on every line ("1 Sentrum"), when one is chosen. */
  powerOfficeDepartment: string | null;
  businessDay: string;
  opensAt: string;
  closesAt: string;
  orders: number;
  /** Per product type (sales kinds) and VAT rate: net, VAT and gross. */
  sales: { productType: string; vatRate: number; net: number; vat: number; gross: number }[];
  returns: { count: number; amount: number };
  /** Per payment type: how many payments and what they paid (tips not included). */
  payments: { paymentType: string; count: number; amount: number; transferred: boolean }[];
  giftCards: { sold: number; redeemed: number };
  /** Reported, not posted. */
  tips: number;
  /** Reported, not posted. */
  cashMovements: { kind: string; at: string; amount: number }[];
  voucher: {
    /** 0 for the day's voucher, n for its n-th correction. */
    correction: number;
    voucherNo: number | null;
    reference: string;
    lines: DayReportVoucherLine[];
  };
  madeAt: string;
}

/** VAT inside a gross amount at `rate` % (half away from zero, as PowerOffice splits a gross line). */
export function vatOfGross(gross: number, rate: number): number {
  if (rate === 0) return 0;
  return Number(divRoundHalfAwayFromZero(BigInt(gross) * BigInt(rate), BigInt(100 + rate)));
}

const ORG_NO_CACHE_MS = 10 * 60_000;
const orgNumbers = new Map<string, { orgNo: string | null; at: number }>();

/** The client's organisation number from its VAT number ("NO999111222MVA"), asked at most every 10 minutes. */
async function orgNoOf(app: FastifyInstance, po: PowerOfficeContext): Promise<string | null> {
  const key = po.integration.poweroffice_client_id;
  const cached = orgNumbers.get(key);
  if (cached && Date.now() - cached.at < ORG_NO_CACHE_MS) return cached.orgNo;
  let orgNo: string | null = null;
  try {
    const digits = ((await po.client.getVatSettings()).VatNumber ?? '').replace(/\D/g, '');
    orgNo = digits.length === 9 ? digits : null;
  } catch (error) {
    app.log.warn(
      { err: error },
      'VatSettings not read; the dagsoppgjør is made without the organisation number',
    );
  }
  orgNumbers.set(key, { orgNo, at: Date.now() });
  return orgNo;
}

export interface DayReportInput {
  companyId: string;
  department: DepartmentRow;
  day: DayData;
  mappings: VoucherMappings;
  posting: {
    correction: number;
    voucherNo: number | null;
    reference: string;
    lines: readonly Pick<VoucherLine, 'accountNo' | 'accountName' | 'vatCode' | 'amount' | 'description'>[];
  };
  madeAt?: Date;
}

/** Gathers the report of one posted voucher from the stored sales and the voucher's lines. */
export async function buildDayReport(
  app: FastifyInstance,
  po: PowerOfficeContext,
  input: DayReportInput,
): Promise<DayReport> {
  const { day, mappings, department } = input;
  const [companyName, orgNo, counts] = await Promise.all([
    findCompanyName(app.db, input.companyId),
    orgNoOf(app, po),
    dayReportCounts(app.db, department.id, day.fromUtc, day.toUtc),
  ]);
  const productTypes = new Map(mappings.productTypes.map((p) => [p.id, p]));
  const paymentTypes = new Map(mappings.paymentTypes.map((p) => [p.id, p]));

  let giftCardsSold = 0;
  const sales: DayReport['sales'] = [];
  for (const l of day.aggregate.lines) {
    const type = productTypes.get(l.productTypeId);
    if (type?.kind === 'gift_card') {
      giftCardsSold += l.amount;
      continue;
    }
    const vat = vatOfGross(l.amount, l.vatRate);
    sales.push({
      productType: type?.name ?? l.productTypeId,
      vatRate: l.vatRate,
      net: l.amount - vat,
      vat,
      gross: l.amount,
    });
  }
  sales.sort((a, b) => a.productType.localeCompare(b.productType, 'nb') || b.vatRate - a.vatRate);

  let tips = 0;
  let giftCardsRedeemed = 0;
  const payments: DayReport['payments'] = [];
  for (const p of day.aggregate.payments) {
    const type = paymentTypes.get(p.paymentTypeId);
    tips += p.tip;
    if (type?.kind === 'gift_card') giftCardsRedeemed += p.amount - p.tip;
    payments.push({
      paymentType: type?.name ?? p.paymentTypeId,
      count: p.count,
      amount: p.amount - p.tip,
      transferred: type?.transferToAccounting !== false,
    });
  }
  payments.sort((a, b) => a.paymentType.localeCompare(b.paymentType, 'nb'));

  return {
    companyName: companyName ?? '',
    orgNo,
    departmentName: department.name,
    powerOfficeDepartment: po.departmentLabel,
    businessDay: day.businessDay,
    opensAt: day.fromUtc,
    closesAt: day.toUtc,
    orders: counts.orders,
    sales,
    returns: counts.returns,
    payments,
    giftCards: { sold: giftCardsSold, redeemed: giftCardsRedeemed },
    tips,
    cashMovements: day.cashMovements.map((m) => ({ kind: m.kind, at: m.at, amount: m.amount })),
    voucher: {
      correction: input.posting.correction,
      voucherNo: input.posting.voucherNo,
      reference: input.posting.reference,
      lines: input.posting.lines.map((l) => ({
        accountNo: l.accountNo,
        accountName:
          l.accountName ?? (l.accountNo !== null ? (po.accountsByNo.get(l.accountNo)?.Name ?? null) : null),
        vatCode: l.vatCode,
        description: l.description,
        amount: l.amount,
      })),
    },
    madeAt: (input.madeAt ?? new Date()).toISOString(),
  };
}
