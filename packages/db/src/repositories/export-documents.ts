import type { Kysely, Selectable } from 'kysely';
import type {
  Database,
  DocumentStatusColumn,
  ExportDocumentsTable,
  ExportPostingsTable,
} from '../schema/index';
import { toDbInstant } from '../util';

export type ExportDocumentRow = Selectable<ExportDocumentsTable>;

export interface NewExportDocument {
  postingId: string;
  companyId: string;
  departmentId: string;
  businessDay: string;
  fileName: string;
  pdf: Uint8Array;
}

/**
 * Keeps a posting's dagsoppgjør as 'pending'. A posting has one document for good: when one is
 * already stored (made by an earlier attempt), that one is kept and returned, so every upload and
 * every download sends the same file.
 */
export async function saveExportDocument(
  db: Kysely<Database>,
  input: NewExportDocument,
): Promise<ExportDocumentRow> {
  const now = toDbInstant();
  await db
    .insertInto('export_documents')
    .values({
      posting_id: input.postingId,
      company_id: input.companyId,
      department_id: input.departmentId,
      business_day: input.businessDay,
      file_name: input.fileName,
      pdf_base64: Buffer.from(input.pdf).toString('base64'),
      status: 'pending',
      attempts: 0,
      message: null,
      created_at: now,
      updated_at: now,
      uploaded_at: null,
    })
    .onConflict((oc) => oc.column('posting_id').doNothing())
    .execute();
  return db
    .selectFrom('export_documents')
    .selectAll()
    .where('posting_id', '=', input.postingId)
    .executeTakeFirstOrThrow();
}

/** A posting's document, looked up with the company id (another company's is not found). */
export function findExportDocument(
  db: Kysely<Database>,
  companyId: string,
  postingId: string,
): Promise<ExportDocumentRow | undefined> {
  return db
    .selectFrom('export_documents')
    .selectAll()
    .where('company_id', '=', companyId)
    .where('posting_id', '=', postingId)
    .executeTakeFirst();
}

export function documentPdf(row: Pick<ExportDocumentRow, 'pdf_base64'>): Buffer {
  return Buffer.from(row.pdf_base64, 'base64');
}

export async function markExportDocumentUploaded(db: Kysely<Database>, postingId: string): Promise<void> {
  const now = toDbInstant();
  await db
    .updateTable('export_documents')
    .set((eb) => ({
      status: 'uploaded',
      attempts: eb('attempts', '+', 1),
      message: null,
      uploaded_at: now,
      updated_at: now,
    }))
    .where('posting_id', '=', postingId)
    .execute();
}

export async function markExportDocumentFailed(
  db: Kysely<Database>,
  postingId: string,
  message: string,
): Promise<void> {
  await db
    .updateTable('export_documents')
    .set((eb) => ({ status: 'failed', attempts: eb('attempts', '+', 1), message, updated_at: toDbInstant() }))
    .where('posting_id', '=', postingId)
    .where('status', '!=', 'uploaded')
    .execute();
}

/** The stored documents of the given postings, by posting id. */
export async function listExportDocuments(
  db: Kysely<Database>,
  postingIds: readonly string[],
): Promise<Map<string, ExportDocumentRow>> {
  if (postingIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('export_documents')
    .selectAll()
    .where('posting_id', 'in', [...postingIds])
    .execute();
  return new Map(rows.map((d) => [d.posting_id, d]));
}

/** Where each posting's document stands, for the postings of a department in [from, to] (no file contents). */
export async function listExportDocumentStates(
  db: Kysely<Database>,
  departmentId: string,
  from: string,
  to: string,
): Promise<Map<string, { status: DocumentStatusColumn; message: string | null }>> {
  const rows = await db
    .selectFrom('export_documents')
    .select(['posting_id', 'status', 'message'])
    .where('department_id', '=', departmentId)
    .where('business_day', '>=', from)
    .where('business_day', '<=', to)
    .execute();
  return new Map(rows.map((r) => [r.posting_id, { status: r.status, message: r.message }]));
}

/**
 * Sent postings of a department whose dagsoppgjør has not reached PowerOffice (none made yet, or
 * its upload still pending or failed), oldest business day first, at most `limit`.
 */
export function listPostingsMissingDocuments(
  db: Kysely<Database>,
  departmentId: string,
  limit: number,
): Promise<Selectable<ExportPostingsTable>[]> {
  return db
    .selectFrom('export_postings as p')
    .leftJoin('export_documents as d', 'd.posting_id', 'p.id')
    .selectAll('p')
    .where('p.department_id', '=', departmentId)
    .where('p.status', '=', 'sent')
    .where('p.voucher_id', 'is not', null)
    .where((eb) => eb.or([eb('d.status', 'is', null), eb('d.status', '!=', 'uploaded')]))
    .orderBy('p.business_day')
    .orderBy('p.version')
    .orderBy('p.correction')
    .limit(limit)
    .execute();
}

export interface DayReportCounts {
  /** Orders closed in the window. */
  orders: number;
  /** Lines with a negative quantity (returns): how many, and Σ their totals (øre, negative). */
  returns: { count: number; amount: number };
}

/** What the dagsoppgjør counts beyond the export's day totals: orders and returns of one window. */
export async function dayReportCounts(
  db: Kysely<Database>,
  departmentId: string,
  fromUtc: string,
  toUtc: string,
): Promise<DayReportCounts> {
  const [orders, returns] = await Promise.all([
    db
      .selectFrom('orders')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .where('department_id', '=', departmentId)
      .where('closed_at', '>=', fromUtc)
      .where('closed_at', '<', toUtc)
      .executeTakeFirst(),
    db
      .selectFrom('order_lines')
      .select((eb) => [
        eb.fn.countAll<number | string>().as('n'),
        eb.fn.sum<number | string | null>('total').as('amount'),
      ])
      .where('department_id', '=', departmentId)
      .where('closed_at', '>=', fromUtc)
      .where('closed_at', '<', toUtc)
      .where('quantity', '<', 0)
      .executeTakeFirst(),
  ]);
  return {
    orders: Number(orders?.n ?? 0),
    returns: { count: Number(returns?.n ?? 0), amount: Number(returns?.amount ?? 0) },
  };
}
