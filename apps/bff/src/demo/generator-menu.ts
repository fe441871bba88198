/** The demo restaurant's menu. Prices are øre incl. VAT; the same price in-house and takeaway. */

export type MenuGroup = 'main' | 'side' | 'dessert' | 'soft' | 'alcohol';

export interface MenuItem {
  name: string;
  price: number;
  group: MenuGroup;
}

export const MENU: readonly MenuItem[] = [
  { name: 'Burger', price: 18900, group: 'main' },
  { name: 'Fish & chips', price: 21950, group: 'main' },
  { name: 'Pizza Margherita', price: 16950, group: 'main' },
  { name: 'Caesarsalat', price: 15900, group: 'main' },
  { name: 'Entrecôte', price: 32900, group: 'main' },
  { name: 'Dagens suppe', price: 12950, group: 'main' },
  { name: 'Barnemeny', price: 9900, group: 'main' },
  { name: 'Pommes frites', price: 4950, group: 'side' },
  { name: 'Hvitløksbrød', price: 5450, group: 'side' },
  { name: 'Sjokoladekake', price: 8950, group: 'dessert' },
  { name: 'Iskrem', price: 6500, group: 'dessert' },
  { name: 'Brus 0,5 l', price: 4500, group: 'soft' },
  { name: 'Kaffe', price: 3950, group: 'soft' },
  { name: 'Eplejuice', price: 4250, group: 'soft' },
  { name: 'Farris', price: 3850, group: 'soft' },
  { name: 'Pils 0,5 l', price: 9800, group: 'alcohol' },
  { name: 'IPA 0,4 l', price: 10900, group: 'alcohol' },
  { name: 'Husets rødvin, glass', price: 12500, group: 'alcohol' },
  { name: 'Gin & tonic', price: 14900, group: 'alcohol' },
  { name: 'Flaske hvitvin', price: 49500, group: 'alcohol' },
];

export const MENU_BY_GROUP: Readonly<Record<MenuGroup, readonly MenuItem[]>> = {
  main: MENU.filter((i) => i.group === 'main'),
  side: MENU.filter((i) => i.group === 'side'),
  dessert: MENU.filter((i) => i.group === 'dessert'),
  soft: MENU.filter((i) => i.group === 'soft'),
  alcohol: MENU.filter((i) => i.group === 'alcohol'),
};

export const GIFT_CARD_VALUES = [50000, 100000, 20000] as const;
