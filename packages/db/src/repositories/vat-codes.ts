import type { Kysely, Selectable } from 'kysely';
import type { Database, VatCodesTable } from '../schema/index';
import { toDbInstant } from '../util';

export type VatCodeRow = Selectable<VatCodesTable>;

/** The POS VAT rates a company maps, in display order. */
export const POS_VAT_RATES = [25, 15, 12, 0] as const;

export function listVatCodes(db: Kysely<Database>, companyId: string): Promise<VatCodeRow[]> {
  return db
    .selectFrom('vat_codes')
    .selectAll()
    .where('company_id', '=', companyId)
    .orderBy('rate', 'desc')
    .execute();
}

/** Sets (or clears, with null) the PowerOffice VAT code for one POS rate. */
export async function setVatCode(
  db: Kysely<Database>,
  companyId: string,
  rate: number,
  powerOfficeVatCode: string | null,
): Promise<VatCodeRow> {
  const row: VatCodeRow = {
    company_id: companyId,
    rate,
    poweroffice_vat_code: powerOfficeVatCode,
    updated_at: toDbInstant(),
  };
  await db
    .insertInto('vat_codes')
    .values(row)
    .onConflict((oc) =>
      oc
        .columns(['company_id', 'rate'])
        .doUpdateSet({ poweroffice_vat_code: powerOfficeVatCode, updated_at: row.updated_at }),
    )
    .execute();
  return row;
}
