import { listLiveIntegrations, type Database, type Kysely } from '@qo/db';

/** Automatic invoicing is on for at least one connected department: Kreditt must not be transferred. */
export async function isInvoicingOn(db: Kysely<Database>, companyId: string): Promise<boolean> {
  return (await listLiveIntegrations(db, companyId)).some((i) => i.auto_invoice === 1);
}
