import type { FoundationTables } from './foundation';
import type { PosTables } from './pos';
import type { ExportTables } from './export';
import type { IntegrationTables } from './integrations';
import type { InvoicingTables } from './invoicing';
import type { DayClaimTables } from './day-claims';
import type { PowerOfficeBudgetTables } from './poweroffice-budget';
import type { AlertTables } from './alerts';
import type { ReconciliationTables } from './reconciliation';

export type * from './foundation';
export type * from './pos';
export type * from './export';
export type * from './integrations';
export type * from './invoicing';
export type * from './day-claims';
export type * from './poweroffice-budget';
export type * from './alerts';
export type * from './reconciliation';

/**
 * The whole database as Kysely sees it. Each area keeps its tables in its own file under
 * schema/ and adds one `extends` here (and one `export type *` line above).
 */
export interface Database
  extends
    FoundationTables,
    PosTables,
    IntegrationTables,
    ExportTables,
    InvoicingTables,
    DayClaimTables,
    PowerOfficeBudgetTables,
    AlertTables,
    ReconciliationTables {}
