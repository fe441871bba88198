import type { FoundationTables } from './foundation';

export type * from './foundation';

/**
 * The whole database as Kysely sees it. Each area keeps its tables in its own file under
 * schema/ and adds one `extends` here (and one `export type *` line above).
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- grows by one `extends` per area
export interface Database extends FoundationTables {}
