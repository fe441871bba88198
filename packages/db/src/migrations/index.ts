import type { Migration } from 'kysely';
import * as m0001 from './0001_foundation';
import * as m0002 from './0002_pos';
import * as m0003 from './0003_integrations';
import * as m0005 from './0005_export';
import * as m0006 from './0006_invoicing';
import * as m0007 from './0007_export_reads';
import * as m0008 from './0008_pos_hour_totals';
import * as m0009 from './0009_drop_type_indexes';
import * as m0010 from './0010_day_claims';
import * as m0011 from './0011_poweroffice_budget';
import * as m0014 from './0014_cash_journals';
import * as m0015 from './0015_export_documents';
import * as m0017 from './0017_alerts';
import * as m0018 from './0018_reconciliation';
import * as m0019 from './0019_reversal_vouchers';

/**
 * Every migration, in order. A static list (no directory scanning) so it works the same from
 * source, in tests and in a bundle. To add one: create `NNNN_name.ts` exporting `up` (and `down`)
 * and append one line here. Never edit a migration that has been committed; add a new one.
 *
 * 0004, 0012, 0013 and 0016 were never used: numbers reserved for parallel work that needed no table
 * (packages/db/README.md). Never fill a gap: the migrator refuses a name that sorts before one a
 * database has already run, so a new migration takes a number above the last one here.
 */
export const migrations: Record<string, Migration> = {
  '0001_foundation': m0001,
  '0002_pos': m0002,
  '0003_integrations': m0003,
  '0005_export': m0005,
  '0006_invoicing': m0006,
  '0007_export_reads': m0007,
  '0008_pos_hour_totals': m0008,
  '0009_drop_type_indexes': m0009,
  '0010_day_claims': m0010,
  '0011_poweroffice_budget': m0011,
  '0014_cash_journals': m0014,
  '0015_export_documents': m0015,
  '0017_alerts': m0017,
  '0018_reconciliation': m0018,
  '0019_reversal_vouchers': m0019,
};
