import { accountingSettingsQueryOptions } from '@/features/vat-codes';
import { vatCodesQueryOptions, VatCodesView } from '@/features/vat-codes';
import { createMappingLoader, MappingPage } from './account-mapping-page';

export const createLoader = createMappingLoader('vatCodes', (client) => [
  client.prefetchQuery(vatCodesQueryOptions(undefined)),
  client.prefetchQuery(accountingSettingsQueryOptions(undefined)),
]);

/** Regnskap → Momskoder: the VAT code per POS rate and the rounding account. */
export function Component() {
  return <MappingPage area="vatCodes" View={VatCodesView} />;
}
