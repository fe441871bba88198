/** About fifty company customers with valid-looking organisation numbers, from a seeded generator. */
export interface SeedCustomer {
  number: number;
  name: string;
  organizationNumber: string;
  emailAddress: string;
  city: string;
  zipCode: string;
  isActive: boolean;
}

const firstParts = [
  'Nordlys',
  'Fjellheim',
  'Havblikk',
  'Bryggen',
  'Solberg',
  'Granli',
  'Lysaker',
  'Vestkyst',
  'Bjørk',
  'Sjøbris',
  'Tindevegen',
  'Elvebakken',
  'Furulund',
  'Kystlys',
  'Vikaholmen',
  'Åsgard',
  'Skogly',
  'Steinmoen',
];
const lastParts = [
  'Eiendom AS',
  'Konsult AS',
  'Bygg AS',
  'Regnskap AS',
  'Arkitekter AS',
  'Advokatfirma AS',
  'Event AS',
  'Transport AS',
  'Hotell AS',
  'Skole',
  'Idrettslag',
  'Data AS',
];
const places: ReadonlyArray<readonly [string, string]> = [
  ['0150', 'Oslo'],
  ['0557', 'Oslo'],
  ['5003', 'Bergen'],
  ['7010', 'Trondheim'],
  ['4006', 'Stavanger'],
  ['9008', 'Tromsø'],
  ['5743', 'Flåm'],
];

/** mulberry32: small, fast and stable across Node versions. */
export function createRandom(seed: number): () => number {
  let t = seed >>> 0;
  return () => {
    t = (t + 0x6d2b79f5) >>> 0;
    let r = Math.imul(t ^ (t >>> 15), 1 | t);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
}

/** Brønnøysund MOD11 check digit; null when the base has none (remainder 1). */
function orgCheckDigit(base: string): number | null {
  const weights = [3, 2, 7, 6, 5, 4, 3, 2];
  const sum = weights.reduce((s, w, i) => s + w * Number(base[i]), 0);
  const rest = 11 - (sum % 11);
  if (rest === 11) return 0;
  if (rest === 10) return null;
  return rest;
}

export function generateCustomers(seed: number, count = 50): SeedCustomer[] {
  const random = createRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const names = new Set<string>();
  const customers: SeedCustomer[] = [];
  while (customers.length < count) {
    const name = `${pick(firstParts)} ${pick(lastParts)}`;
    if (names.has(name)) continue;
    let org: string | null = null;
    while (org === null) {
      const base = `9${String(Math.floor(random() * 10_000_000)).padStart(7, '0')}`;
      const check = orgCheckDigit(base);
      if (check !== null) org = `${base}${check}`;
    }
    names.add(name);
    const [zipCode, city] = pick(places);
    const slug = name
      .toLowerCase()
      .replace(/[^a-z]+/g, '')
      .slice(0, 16);
    customers.push({
      number: 10001 + customers.length,
      name,
      organizationNumber: org,
      emailAddress: `faktura@${slug}.example.no`,
      city,
      zipCode,
      // Every tenth customer is inactive, as real ledgers always have a few.
      isActive: customers.length % 10 !== 9,
    });
  }
  return customers;
}
