/**
 * Products with a standard sales account (eat-in, 25 %) and an optional one (takeaway, 15 %).
 * Unit prices are excl. VAT, in øre (PowerOffice sends kroner; converted at the edge).
 */
export interface SeedProduct {
  code: string;
  name: string;
  unitPriceOre: number;
  standardAccountNo: number;
  optionalAccountNo: number | null;
  type: 'Product' | 'Service';
  isArchived: boolean;
}

const p = (
  code: string,
  name: string,
  unitPriceOre: number,
  standardAccountNo: number,
  optionalAccountNo: number | null,
  type: 'Product' | 'Service' = 'Product',
  isArchived = false,
): SeedProduct => ({ code, name, unitPriceOre, standardAccountNo, optionalAccountNo, type, isArchived });

export const seedProducts: readonly SeedProduct[] = [
  p('100', 'Dagens rett', 15920, 3010, 3040),
  p('101', 'Burger med pommes frites', 17520, 3010, 3040),
  p('102', 'Pizza Margherita', 14320, 3010, 3040),
  p('103', 'Fiskesuppe', 13520, 3010, 3040),
  p('110', 'Kaffe', 3600, 3020, 3030),
  p('111', 'Cappuccino', 4400, 3020, 3030),
  p('120', 'Brus 0,5 l', 3600, 3000, 3030),
  p('121', 'Mineralvann 0,5 l', 3200, 3000, 3030),
  p('200', 'Pils 0,5 l', 9120, 3000, null),
  p('201', 'Husets vin, glass', 11120, 3000, null),
  p('300', 'Catering per kuvert', 32000, 3020, 3040, 'Service'),
  p('310', 'Leie av selskapslokale', 200000, 3050, null, 'Service'),
  p('999', 'Gammel julemeny', 39920, 3010, 3040, 'Product', true),
];
