import type { PosCashMovementInput, PosOrderInput } from '@qo/contracts';
import { GIFT_CARD_VALUES, MENU_BY_GROUP, type MenuItem } from './generator-menu';
import { hashSeed, mulberry32, pick, pickWeighted, randomInt, type Random } from './generator-random';
import { addDays, formatOsloInstant, osloLocalToUtc, osloOffsetMinutes, weekdayOf } from './generator-time';

/*
 * A demo restaurant, pure and seeded: the same (seed, department, business day) always gives the
 * same orders, whatever range is asked for, so a later seed run only adds the new days. Output is
 * in the wire format of POST /api/pos/orders and goes through the same checks and storage.
 */

/** The ids the orders refer to, from the department's company. */
export interface DemoRefs {
  /** Desserts count as food when the company has no dessert type. */
  productTypes: { food: string; drinks: string; alcohol: string; giftCard: string; dessert?: string };
  paymentTypes: { cash: string; card: string; mobile: string; giftCard: string; credit: string };
  /** POS customer ids for credit orders; none means no credit orders. */
  customerIds: readonly string[];
}

export interface DemoDayOptions {
  seed: number;
  /** Separates departments' streams (e.g. the department's index or id). */
  departmentKey: string;
  /** The business day, YYYY-MM-DD. */
  businessDay: string;
  /** Average over a week; Friday and Saturday get more, Monday fewer. */
  ordersPerDay: number;
  refs: DemoRefs;
  /** Order id prefix, e.g. the till's name. */
  idPrefix?: string;
}

export interface DemoDay {
  businessDay: string;
  orders: PosOrderInput[];
  cashMovements: PosCashMovementInput[];
}

const MINUTE = 60_000;
const OPEN = 11 * 60;
/** Sunday … Saturday; sums to 7 so the week averages `ordersPerDay`. */
const WEEKDAY_FACTOR = [0.9, 0.7, 0.8, 0.85, 0.95, 1.35, 1.45] as const;
const isLateNight = (weekday: number) => weekday === 5 || weekday === 6;

export function* generateDemoDays(
  options: Omit<DemoDayOptions, 'businessDay'> & { from: string; days: number },
): Generator<DemoDay> {
  for (let i = 0; i < options.days; i++) {
    yield generateDemoDay({ ...options, businessDay: addDays(options.from, i) });
  }
}

export function generateDemoDay(options: DemoDayOptions): DemoDay {
  const { businessDay, refs } = options;
  const random = mulberry32(hashSeed(`${options.seed}|${options.departmentKey}|${businessDay}`));
  const weekday = weekdayOf(businessDay);
  // Friday and Saturday nights run until 02:00; other days close at 23:00.
  const close = isLateNight(weekday) ? 26 * 60 : 23 * 60;
  const count = Math.max(1, Math.round(options.ordersPerDay * WEEKDAY_FACTOR[weekday]!));
  const times = orderTimes(random, businessDay, close, count);
  const prefix = options.idPrefix ?? 'K1-';
  const dayTag = businessDay.replaceAll('-', '');

  let cashTaken = 0;
  const orders = times.map((utc, i) => {
    const order = buildOrder(random, refs, utc, `${prefix}${dayTag}-${String(i + 1).padStart(5, '0')}`);
    for (const p of order.payments) if (p.paymentTypeId === refs.paymentTypes.cash) cashTaken += p.amount;
    return order;
  });

  const cashMovements: PosCashMovementInput[] = [
    movement(`CM-${dayTag}-1`, osloLocalToUtc(businessDay, OPEN - 30), 'float', 200000, 'Veksel'),
  ];
  if (weekday === 1) {
    cashMovements.push(
      movement(`CM-${dayTag}-2`, osloLocalToUtc(businessDay, OPEN + 120), 'deposit', 50000, 'Påfyll veksel'),
    );
  }
  // The night's cash goes to the bank in whole hundreds, after the last order.
  const toBank = Math.floor(Math.max(0, cashTaken) / 10000) * 10000;
  if (toBank > 0) {
    const last = times[times.length - 1] ?? osloLocalToUtc(businessDay, close);
    cashMovements.push(movement(`CM-${dayTag}-3`, last + 20 * MINUTE, 'withdrawal', toBank, 'Til bank'));
  }
  return { businessDay, orders, cashMovements };
}

function movement(
  id: string,
  utc: number,
  kind: PosCashMovementInput['kind'],
  amount: number,
  note: string,
): PosCashMovementInput {
  return { id, at: formatOsloInstant(utc), kind, amount, note };
}

/**
 * When the orders close, sorted: lunch and dinner peaks, a late crowd on weekend nights, and on those
 * nights a few tables paying up to 90 minutes after closing (which reaches into the repeated hour
 * on the night summer time ends).
 */
function orderTimes(random: Random, day: string, close: number, count: number): number[] {
  const late = close > 24 * 60;
  const segments = {
    lunch: [OPEN, 14 * 60],
    afternoon: [14 * 60, 17 * 60],
    dinner: [17 * 60, 21 * 60],
    evening: [21 * 60, close],
  } as const;
  const weights = { lunch: 30, afternoon: 15, dinner: 40, evening: late ? 30 : 12 };
  const stragglers = late ? Math.min(3, Math.max(1, Math.floor(count / 50))) : 0;
  const times: number[] = [];
  for (let i = 0; i < count - stragglers; i++) {
    const [from, to] = segments[pickWeighted(random, weights)];
    const minute = from + random() * (to - from);
    times.push(osloLocalToUtc(day, Math.floor(minute)) + Math.floor(random() * 60) * 1000);
  }
  const closeUtc = osloLocalToUtc(day, close);
  // Spread evenly over 90 minutes, so the last one falls past the first hour (the repeated hour in October).
  for (let i = 0; i < stragglers; i++)
    times.push(closeUtc + Math.floor(((i + random()) / stragglers) * 90 * 60) * 1000);
  return times.sort((a, b) => a - b);
}

type Scenario = 'normal' | 'refund' | 'giftCardSale' | 'credit';

function buildOrder(random: Random, refs: DemoRefs, utc: number, id: string): PosOrderInput {
  const closedAt = formatOsloInstant(utc);
  const scenario = pickWeighted<Scenario>(random, {
    normal: 95.5,
    refund: 1,
    giftCardSale: 1.5,
    credit: refs.customerIds.length > 0 ? 2 : 0,
  });
  if (scenario === 'giftCardSale') {
    const value = pick(random, GIFT_CARD_VALUES);
    const lines = [
      {
        productTypeId: refs.productTypes.giftCard,
        description: 'Gavekort',
        quantity: 1,
        unitPrice: value,
        discount: 0,
        vatRate: 0 as const,
      },
    ];
    const payWith = random() < 0.6 ? refs.paymentTypes.card : refs.paymentTypes.mobile;
    return {
      id,
      closedAt,
      orderType: 'takeaway',
      customerId: null,
      lines,
      payments: [{ paymentTypeId: payWith, amount: value, tip: 0 }],
    };
  }
  const orderType = scenario === 'normal' && random() < 0.3 ? 'takeaway' : 'dine_in';
  const lines =
    scenario === 'refund' ? refundLines(random, refs, orderType) : saleLines(random, refs, orderType, utc);
  const total = lines.reduce((s, l) => s + l.quantity * l.unitPrice - l.discount, 0);
  if (scenario === 'credit') {
    return {
      id,
      closedAt,
      orderType,
      customerId: pick(random, refs.customerIds),
      lines,
      payments: [{ paymentTypeId: refs.paymentTypes.credit, amount: total, tip: 0 }],
    };
  }
  return {
    id,
    closedAt,
    orderType,
    customerId: null,
    lines,
    payments: payments(random, refs, total, orderType, scenario === 'refund'),
  };
}

type Line = PosOrderInput['lines'][number] & { quantity: number; unitPrice: number; discount: number };

/** Food and soft drinks are 25 % in-house and 15 % takeaway; alcohol is always 25 %. */
function saleLines(random: Random, refs: DemoRefs, orderType: 'dine_in' | 'takeaway', utc: number): Line[] {
  const foodRate = orderType === 'dine_in' ? 25 : 15;
  const guests = orderType === 'dine_in' ? randomInt(random, 1, 6) : randomInt(random, 1, 3);
  const localHour = new Date(utc + osloOffsetMinutes(utc) * MINUTE).getUTCHours();
  const evening = localHour >= 16 || localHour < 5;
  const counts = new Map<MenuItem, number>();
  const add = (item: MenuItem) => counts.set(item, (counts.get(item) ?? 0) + 1);
  for (let g = 0; g < guests; g++) {
    add(pick(random, MENU_BY_GROUP.main));
    if (random() < 0.2) add(pick(random, MENU_BY_GROUP.side));
    if (orderType === 'dine_in' && random() < 0.25) add(pick(random, MENU_BY_GROUP.dessert));
    if (orderType === 'dine_in' && random() < (evening ? 0.65 : 0.2))
      add(pick(random, MENU_BY_GROUP.alcohol));
    else if (random() < 0.5) add(pick(random, MENU_BY_GROUP.soft));
  }
  const lines: Line[] = [...counts].map(([item, quantity]) => ({
    productTypeId: productTypeOf(refs, item),
    description: item.name,
    quantity,
    unitPrice: item.price,
    discount: 0,
    vatRate: item.group === 'alcohol' ? 25 : foodRate,
  }));
  // Now and then a 10 % discount on one line (staff meal, complaint).
  const first = lines[0];
  if (first && random() < 0.05) first.discount = Math.round((first.quantity * first.unitPrice) / 10);
  return lines;
}

function productTypeOf(refs: DemoRefs, item: MenuItem): string {
  const types = refs.productTypes;
  if (item.group === 'alcohol') return types.alcohol;
  if (item.group === 'soft') return types.drinks;
  if (item.group === 'dessert') return types.dessert ?? types.food;
  return types.food;
}

/** A returned dish: negative quantity, paid back the way it came. */
function refundLines(random: Random, refs: DemoRefs, orderType: 'dine_in' | 'takeaway'): Line[] {
  const item = pick(random, MENU_BY_GROUP.main);
  return [
    {
      productTypeId: refs.productTypes.food,
      description: `Retur: ${item.name}`,
      quantity: -1,
      unitPrice: item.price,
      discount: 0,
      vatRate: orderType === 'dine_in' ? 25 : 15,
    },
  ];
}

/** Whole kroner, halves up: Norwegian cash rounding (øreavrunding). */
const toWholeKroner = (ore: number) => Math.round(ore / 100) * 100 + 0;

function payments(
  random: Random,
  refs: DemoRefs,
  total: number,
  orderType: string,
  isRefund: boolean,
): PosOrderInput['payments'] {
  const pt = refs.paymentTypes;
  if (isRefund) {
    return [
      random() < 0.8
        ? { paymentTypeId: pt.card, amount: total, tip: 0 }
        : { paymentTypeId: pt.cash, amount: toWholeKroner(total), tip: 0 },
    ];
  }
  const how = pickWeighted(random, { card: 60, mobile: 15, cash: 12, split: 9, giftCard: 4 });
  const cardWithTip = (amount: number) => {
    const tip =
      orderType === 'dine_in' && random() < 0.3
        ? Math.max(1000, Math.round((amount * 0.08) / 1000) * 1000)
        : 0;
    return { paymentTypeId: pt.card, amount: amount + tip, tip };
  };
  switch (how) {
    case 'mobile':
      return [{ paymentTypeId: pt.mobile, amount: total, tip: 0 }];
    case 'cash':
      return [{ paymentTypeId: pt.cash, amount: toWholeKroner(total), tip: 0 }];
    case 'split': {
      // Two guests: one pays half by card, the other the rest by card or in cash.
      const half = Math.round(total / 2);
      const rest = total - half;
      return [
        cardWithTip(half),
        random() < 0.5 ? { paymentTypeId: pt.cash, amount: toWholeKroner(rest), tip: 0 } : cardWithTip(rest),
      ];
    }
    case 'giftCard': {
      const redeemed = Math.min(total, pick(random, GIFT_CARD_VALUES));
      const list = [{ paymentTypeId: pt.giftCard, amount: redeemed, tip: 0 }];
      if (total > redeemed) list.push(cardWithTip(total - redeemed));
      return list;
    }
    default:
      return [cardWithTip(total)];
  }
}
