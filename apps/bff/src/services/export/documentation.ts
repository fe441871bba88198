import type { VoucherLine, VoucherMappings } from '@qo/accounting';
import {
  documentPdf,
  listExportDocuments,
  listPostingsMissingDocuments,
  markExportDocumentFailed,
  markExportDocumentUploaded,
  saveExportDocument,
  type DepartmentRow,
  type ExportPostingRow,
} from '@qo/db';
import type { FastifyInstance } from 'fastify';
import { buildDayReport } from './day-report';
import { renderDayReportPdf } from './day-report-pdf';
import { postedLines } from './history';
import { loadDays, windowsOf, type DayData } from './period-days';
import { withDayClaim } from './day-claim';
import type { PowerOfficeContext } from './poweroffice-context';
import { failureText } from './voucher-post';

/** At most this many vouchers get their missing documentation in one transfer. */
const MISSING_PER_PASS = 62;

/** The file name PowerOffice and the download show: "dagsoppgjor-Sentrum-2026-03-13.pdf" (korrigering-1…). */
export function documentFileName(departmentName: string, businessDay: string, correction: number): string {
  const name = departmentName
    .normalize('NFKD')
    .replace(/[æÆ]/g, 'ae')
    .replace(/[øØ]/g, 'o')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `dagsoppgjor-${name || 'avdeling'}-${businessDay}${correction > 0 ? `-korrigering-${correction}` : ''}.pdf`;
}

export interface PostedVoucher {
  postingId: string;
  voucherId: string;
  voucherNo: number | null;
  reference: string;
  correction: number;
  lines: readonly Pick<VoucherLine, 'accountNo' | 'accountName' | 'vatCode' | 'amount' | 'description'>[];
}

/**
 * The second half of a day's exactly-once work: the posted voucher's dagsoppgjør is made (once:
 * a stored one is reused, so a retry uploads the same file) and uploaded to the voucher. An upload
 * that fails leaves the document 'failed', and the voucher is not posted again for it: the next
 * transfer of the department uploads what is missing (`uploadMissingDocuments`). Never throws.
 */
export async function documentVoucher(
  app: FastifyInstance,
  po: PowerOfficeContext,
  input: {
    companyId: string;
    department: DepartmentRow;
    day: DayData;
    mappings: VoucherMappings;
    voucher: PostedVoucher;
  },
): Promise<'uploaded' | 'failed'> {
  const { voucher, department } = input;
  let stored;
  try {
    const report = await buildDayReport(app, po, {
      companyId: input.companyId,
      department,
      day: input.day,
      mappings: input.mappings,
      posting: voucher,
    });
    stored = await saveExportDocument(app.db, {
      postingId: voucher.postingId,
      companyId: input.companyId,
      departmentId: department.id,
      businessDay: input.day.businessDay,
      fileName: documentFileName(department.name, input.day.businessDay, voucher.correction),
      pdf: await renderDayReportPdf(report),
    });
  } catch (error) {
    // Not stored: the next pass makes it again.
    app.log.error({ err: error, reference: voucher.reference }, 'dagsoppgjør could not be made');
    return 'failed';
  }
  return uploadStored(app, po, voucher.voucherId, stored);
}

async function uploadStored(
  app: FastifyInstance,
  po: PowerOfficeContext,
  voucherId: string,
  stored: { posting_id: string; file_name: string; pdf_base64: string; status: string },
): Promise<'uploaded' | 'failed'> {
  if (stored.status === 'uploaded') return 'uploaded';
  try {
    await po.client.uploadVoucherDocumentation({
      voucherId,
      pdf: documentPdf(stored),
      fileName: stored.file_name,
    });
    await markExportDocumentUploaded(app.db, stored.posting_id);
    return 'uploaded';
  } catch (error) {
    const message = failureText(error);
    app.log.warn(
      { err: error, postingId: stored.posting_id },
      'dagsoppgjør not uploaded; the next transfer tries again',
    );
    await markExportDocumentFailed(app.db, stored.posting_id, message);
    return 'failed';
  }
}

/**
 * Uploads the documentation of the department's sent vouchers that have none in PowerOffice yet
 * (an earlier upload failed, or the process stopped between posting and uploading), oldest first.
 * Vouchers are never posted again for it.
 */
export async function uploadMissingDocuments(
  app: FastifyInstance,
  po: PowerOfficeContext,
  input: { companyId: string; department: DepartmentRow; mappings: VoucherMappings },
): Promise<void> {
  const missing = await listPostingsMissingDocuments(app.db, input.department.id, MISSING_PER_PASS);
  if (missing.length === 0) return;
  const stored = await listExportDocuments(
    app.db,
    missing.map((p) => p.id),
  );
  const toMake = missing.filter((p) => !stored.has(p.id));
  const days = new Map<string, DayData>();
  if (toMake.length > 0) {
    const businessDays = [...new Set(toMake.map((p) => p.business_day))].sort();
    for (const d of await loadDays(
      app.db,
      input.department.id,
      windowsOf(businessDays, input.department.business_day_start),
      input.mappings,
    )) {
      days.set(d.businessDay, d);
    }
  }
  for (const posting of missing) {
    const document = stored.get(posting.id);
    // Under the day's claim like every change of a day (day-claim.ts); a day someone else holds
    // now is left for the next transfer.
    await withDayClaim(
      app,
      { departmentId: input.department.id, businessDay: posting.business_day },
      'documentation',
      () =>
        document
          ? uploadStored(app, po, posting.voucher_id!, document)
          : documentVoucher(app, po, {
              ...input,
              day: days.get(posting.business_day)!,
              voucher: postedVoucherOf(posting),
            }),
    );
  }
}

export function postedVoucherOf(posting: ExportPostingRow): PostedVoucher {
  return {
    postingId: posting.id,
    voucherId: posting.voucher_id!,
    voucherNo: posting.voucher_no,
    reference: posting.reference,
    correction: posting.correction,
    lines: postedLines(posting).map((l) => ({ ...l, accountName: l.accountName ?? undefined })),
  };
}
