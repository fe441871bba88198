import { isInBusinessDay } from '../business-day';
import { formatKroner, sumOre } from '../money';
import { parseDate, toEpochMs } from '../oslo-time';
import { LineAccumulator } from './accumulate';
import { isRoundingAllowed, splitOrder } from './order-split';
import {
  ProblemList,
  lockedPeriodProblem,
  missingAccountProblem,
  missingVatCodeProblem,
  powerOfficeProblems,
} from './problems';
import type {
  DayVoucher,
  DayVoucherInput,
  ExcludedPayment,
  NotTransferred,
  OrderInput,
  ProductTypeMapping,
  VoucherLine,
} from './types';

/** Rule 4: the revenue account of a line by its VAT rate; a gift-card type always uses its liability account. */
export function revenueAccountOf(type: ProductTypeMapping, rate: number): number | null {
  if (type.kind === 'gift_card') return type.normalAccountNo;
  switch (rate) {
    case 25:
      return type.normalAccountNo;
    case 15:
      return type.reducedAccountNo;
    case 12:
      return type.lowAccountNo === undefined ? type.normalAccountNo : type.lowAccountNo;
    case 0:
      return type.zeroAccountNo === undefined ? type.normalAccountNo : type.zeroAccountNo;
    default:
      return null;
  }
}

function byClosingTime(a: OrderInput, b: OrderInput): number {
  const diff = toEpochMs(a.closedAt) - toEpochMs(b.closedAt);
  return diff !== 0 ? diff : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * The voucher of one department's business day (docs/voucher-rules.md). `orders` are the day's orders;
 * null when the day has neither orders nor cash movements. A voucher with lines and no problems
 * can be posted as it is; one without lines has nothing to post (but still reports what was not
 * transferred). The voucher always sums to 0: the rounding line takes the remaining difference.
 */
export function buildDayVoucher(input: DayVoucherInput): DayVoucher | null {
  const { businessDay, mappings } = input;
  parseDate(businessDay);
  const cashMovements = input.cashMovements ?? [];
  if (input.orders.length === 0 && cashMovements.length === 0) return null;

  const productTypes = new Map(mappings.productTypes.map((t) => [t.id, t]));
  const paymentTypes = new Map(mappings.paymentTypes.map((t) => [t.id, t]));
  const vatCodes = new Map(mappings.vatCodes.map((v) => [v.rate, v.powerOfficeVatCode]));
  const problems = new ProblemList();
  const orderProblems = new ProblemList();
  const accumulator = new LineAccumulator();
  const excluded = new Map<string, { amounts: number[]; orders: Set<string> }>();
  const tips: number[] = [];
  const untransferredSales: number[] = [];

  for (const order of [...input.orders].sort(byClosingTime)) {
    if (
      input.businessDayStart !== undefined &&
      !isInBusinessDay(order.closedAt, businessDay, input.businessDayStart)
    ) {
      orderProblems.add({
        code: 'order_outside_day',
        message: `Ordre ${order.id} (${order.closedAt}) hører ikke til driftsdøgnet ${businessDay}.`,
        fix: null,
        ref: order.id,
      });
    }
    const split = splitOrder(order, paymentTypes);
    if (!isRoundingAllowed(split)) {
      orderProblems.add({
        code: 'unbalanced_order',
        message: `Ordre ${order.id} går ikke opp: betalt ${formatKroner(split.paid)}, solgt ${formatKroner(split.total)}${split.hasCashPayment ? '' : ' (øreavrunding krever kontantbetaling)'}.`,
        fix: null,
        ref: order.id,
      });
    }
    untransferredSales.push(split.total - split.revenueTransferred);

    order.lines.forEach((line, i) => {
      const type = productTypes.get(line.productTypeId);
      const giftCard = type?.kind === 'gift_card';
      accumulator.add({
        source: giftCard ? 'gift_card_sold' : 'revenue',
        accountNo: type ? revenueAccountOf(type, line.vatRate) : null,
        vatCode: giftCard ? null : (vatCodes.get(line.vatRate) ?? null),
        amount: -(split.lineShares[i] ?? 0),
        name: type?.name ?? line.productTypeId,
        rate: line.vatRate,
        productTypeId: line.productTypeId,
      });
    });

    for (const { payment, type, sales, transferred } of split.payments) {
      tips.push(payment.tip);
      if (transferred) {
        if (type?.kind === 'credit' && mappings.autoInvoice) {
          problems.add({
            code: 'credit_transferred_while_invoicing',
            message: `«${type.name}» overføres til regnskap mens automatisk fakturering er på: kredittsalg ville blitt bokført to ganger.`,
            fix: { kind: 'payment-type', id: type.id },
            ref: type.id,
          });
        }
        accumulator.add({
          source: type?.kind === 'gift_card' ? 'gift_card_redeemed' : 'payment',
          accountNo: type?.accountNo ?? null,
          vatCode: null,
          amount: sales,
          name: type?.name ?? payment.paymentTypeId,
          paymentTypeId: payment.paymentTypeId,
        });
      } else {
        const entry = excluded.get(payment.paymentTypeId) ?? { amounts: [], orders: new Set<string>() };
        entry.amounts.push(sales);
        entry.orders.add(order.id);
        excluded.set(payment.paymentTypeId, entry);
      }
    }
  }

  const built = accumulator.lines();
  const rounding = -sumOre(built.map((b) => b.line.amount));
  if (rounding !== 0) {
    built.push({
      line: {
        accountNo: mappings.roundingAccountNo,
        vatCode: null,
        amount: rounding,
        description: 'Øreavrunding',
        source: 'rounding',
      },
      rates: [],
    });
  }
  const lines: VoucherLine[] = built.map((b) => b.line);
  const paymentTypeNames = new Map(mappings.paymentTypes.map((t) => [t.id, t.name]));
  built.forEach(({ line, rates }, index) => {
    if (line.accountNo === null)
      problems.add(missingAccountProblem(line, index, rates, productTypes, paymentTypeNames));
    if (line.source === 'revenue' && line.vatCode === null) {
      for (const rate of rates) problems.add(missingVatCodeProblem(rate, index));
    }
  });

  const facts = input.powerOffice;
  if (facts) {
    powerOfficeProblems(lines, facts, problems);
    const names = new Map((facts.accounts ?? []).map((a) => [a.accountNo, a.name]));
    for (const line of lines) {
      const name = line.accountNo === null ? undefined : names.get(line.accountNo);
      if (name !== undefined) line.accountName = name;
    }
    if (facts.lockDate && businessDay <= facts.lockDate)
      problems.add(lockedPeriodProblem(businessDay, facts.lockDate));
  }

  const sum = sumOre(lines.map((l) => l.amount));
  if (sum !== 0) throw new Error(`voucher for ${businessDay} does not balance (${sum} øre)`);
  return {
    businessDay,
    lines,
    sum,
    problems: [...problems.items, ...orderProblems.items],
    notTransferred: notTransferredOf(tips, cashMovements, excluded, paymentTypeNames, untransferredSales),
  };
}

function notTransferredOf(
  tips: number[],
  cashMovements: NonNullable<DayVoucherInput['cashMovements']>,
  excluded: Map<string, { amounts: number[]; orders: Set<string> }>,
  names: ReadonlyMap<string, string>,
  untransferredSales: number[],
): NotTransferred {
  const excludedPayments: ExcludedPayment[] = [...excluded.entries()]
    .map(([paymentTypeId, { amounts, orders }]) => ({
      paymentTypeId,
      name: names.get(paymentTypeId) ?? paymentTypeId,
      amount: sumOre(amounts),
      orders: orders.size,
    }))
    .sort((a, b) =>
      a.name === b.name ? (a.paymentTypeId < b.paymentTypeId ? -1 : 1) : a.name < b.name ? -1 : 1,
    );
  return {
    tips: sumOre(tips),
    cashMovements: cashMovements.map((m) => ({
      ...(m.id !== undefined ? { id: m.id } : {}),
      ...(m.at !== undefined ? { at: m.at } : {}),
      kind: m.kind,
      amount: m.amount,
    })),
    excludedPayments,
    sales: sumOre(untransferredSales),
  };
}

/** Lines and no problems: the only kind of voucher that is ever posted (rules 8 and 10). */
export function isPostable(voucher: DayVoucher | null): boolean {
  return voucher !== null && voucher.lines.length > 0 && voucher.problems.length === 0;
}
