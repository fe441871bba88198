import {
  countCompanies,
  insertCompany,
  insertDepartment,
  insertPaymentType,
  insertProductType,
  insertUser,
  newId,
  POS_VAT_RATES,
  setAccountingSettings,
  setVatCode,
  toDbInstant,
  type Database,
  type Kysely,
} from '@qo/db';
import { hashPassword } from '../lib/passwords';
import { demoSteps } from './steps';
import type { DemoLog, DemoSeed, DemoSeedStep } from './types';

export type { DemoSeed, DemoSeedStep, DemoLog } from './types';

export const DEMO_COMPANY_NAME = 'Demo Restaurant AS';
export const DEMO_PASSWORD = 'demo';
export const DEMO_USERS = [
  { email: 'eier@demo.no', name: 'Eva Eier', role: 'owner' },
  { email: 'regnskap@demo.no', name: 'Rolf Regnskap', role: 'accountant' },
  { email: 'ansatt@demo.no', name: 'Anne Ansatt', role: 'staff' },
] as const;

const DEPARTMENTS = ['Sentrum', 'Grünerløkka', 'Aker Brygge'];
const PRODUCT_TYPES = [
  { name: 'Mat', kind: 'sales' },
  { name: 'Drikke', kind: 'sales' },
  { name: 'Alkohol', kind: 'sales' },
  { name: 'Dessert', kind: 'sales' },
  { name: 'Gavekort', kind: 'gift_card' },
] as const;
// Kreditt is not transferred: credit sales go to PowerOffice as sales orders instead.
const PAYMENT_TYPES = [
  { name: 'Kontant', kind: 'cash', transfer: true },
  { name: 'Kort', kind: 'card', transfer: true },
  { name: 'Vipps', kind: 'mobile', transfer: true },
  { name: 'Gavekort', kind: 'gift_card', transfer: true },
  { name: 'Kreditt', kind: 'credit', transfer: false },
] as const;
const CUSTOMERS = [
  {
    externalId: 'K-1001',
    name: 'Fjordkraft Catering AS',
    orgNo: '912345678',
    email: 'faktura@fjordkraft-catering.no',
    phone: '22 11 22 33',
  },
  {
    externalId: 'K-1002',
    name: 'Bygdøy Seilforening',
    orgNo: '987654321',
    email: 'kasserer@bygdoyseil.no',
    phone: null,
  },
  {
    externalId: 'K-1003',
    name: 'Nordlys Konsulent AS',
    orgNo: '923456781',
    email: null,
    phone: '900 12 345',
  },
  {
    externalId: 'K-1004',
    name: 'Kari Nordmann',
    orgNo: null,
    email: 'kari@example.no',
    phone: '41 23 45 67',
  },
];

/**
 * The foundation of the demo: one company, three departments, one user per role, and the three
 * mappings' rows with no accounts or VAT codes chosen yet — those come from the connected
 * PowerOffice client, which is exactly what the setup checklist walks the owner through.
 */
export async function seedFoundation(db: Kysely<Database>): Promise<DemoSeed> {
  const now = toDbInstant();
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  return db.transaction().execute(async (trx) => {
    const company = await insertCompany(trx, { name: DEMO_COMPANY_NAME });
    const seed: DemoSeed = {
      companyId: company.id,
      departments: [],
      users: [],
      productTypes: [],
      paymentTypes: [],
      customers: [],
    };
    for (const name of DEPARTMENTS) {
      const d = await insertDepartment(trx, { companyId: company.id, name, businessDayStart: '05:00' });
      seed.departments.push({ id: d.id, name: d.name, businessDayStart: d.business_day_start });
    }
    for (const u of DEMO_USERS) {
      const row = await insertUser(trx, {
        companyId: company.id,
        email: u.email,
        name: u.name,
        role: u.role,
        passwordHash,
      });
      seed.users.push({ id: row.id, email: row.email, role: row.role });
    }
    for (const p of PRODUCT_TYPES) {
      const row = await insertProductType(trx, company.id, {
        name: p.name,
        kind: p.kind,
        normalAccountNo: null,
        reducedAccountNo: null,
      });
      seed.productTypes.push({ id: row.id, name: row.name, kind: row.kind });
    }
    for (const rate of POS_VAT_RATES) await setVatCode(trx, company.id, rate, null);
    for (const p of PAYMENT_TYPES) {
      const row = await insertPaymentType(trx, company.id, {
        name: p.name,
        kind: p.kind,
        accountNo: null,
        transferToAccounting: p.transfer,
      });
      seed.paymentTypes.push({ id: row.id, name: row.name, kind: row.kind });
    }
    await setAccountingSettings(trx, company.id, { roundingAccountNo: null });
    for (const c of CUSTOMERS) {
      const id = newId();
      await trx
        .insertInto('customers')
        .values({
          id,
          company_id: company.id,
          external_id: c.externalId,
          name: c.name,
          org_no: c.orgNo,
          email: c.email,
          phone: c.phone,
          created_at: now,
          updated_at: now,
        })
        .execute();
      seed.customers.push({ id, externalId: c.externalId, name: c.name });
    }
    return seed;
  });
}

/** Foundation, then every registered step (see steps.ts). */
export async function runDemoSeed(
  db: Kysely<Database>,
  log: DemoLog,
  steps: readonly DemoSeedStep[] = demoSteps,
): Promise<DemoSeed> {
  const seed = await seedFoundation(db);
  for (const step of steps) await step(db, seed, log);
  log.info(`demo data created: ${DEMO_COMPANY_NAME}, ${seed.departments.length} departments`);
  return seed;
}

/** Seeds only a database without any company, so real data is never touched. */
export async function seedDemoIfEmpty(
  db: Kysely<Database>,
  log: DemoLog,
  steps: readonly DemoSeedStep[] = demoSteps,
): Promise<DemoSeed | null> {
  if ((await countCompanies(db)) > 0) return null;
  return runDemoSeed(db, log, steps);
}

export function demoLoginsText(url: string): string {
  const lines = DEMO_USERS.map(
    (u) => `    ${u.email.padEnd(18)} ${u.role.padEnd(11)} password: ${DEMO_PASSWORD}`,
  );
  return [`Quickorder ⇄ PowerOffice GO backoffice: ${url}`, '  Demo logins:', ...lines].join('\n');
}
