import { diffVoucherLines, listBusinessDays, type ComparableLine } from '@qo/accounting';
import type { ExportHistory, HistoryDay, VoucherDocumentationState } from '@qo/contracts';
import {
  latestTransferDayResults,
  listExportDocumentStates,
  listPostings,
  listUserNames,
  type ExportPostingRow,
} from '@qo/db';
import type { FastifyInstance } from 'fastify';
import { dayMessage } from './day-failure';
import { buildDay, toLineDto } from './day-voucher';
import { dayState, groupPostings } from './day-state';
import { loadPeriod } from './load-period';
import { dayFingerprint } from './period-days';
import { fillReversalNumbers } from './reversal-numbers';

const isAwaitingReversalNo = (p: ExportPostingRow) =>
  p.status === 'reversed' && p.voucher_id !== null && p.reversal_voucher_no === null;

/** Posted lines as stored with the posting. */
export function postedLines(posting: ExportPostingRow): ComparableLine[] {
  return JSON.parse(posting.lines_json) as ComparableLine[];
}

/**
 * Every business day of [from, to]: not transferred, sent (voucher number, when, by whom or
 * automatically), failed, blocked, changed (with the difference a correction would post) or
 * reversed.
 */
export async function buildHistory(
  app: FastifyInstance,
  companyId: string,
  departmentId: string,
  from: string,
  to: string,
): Promise<ExportHistory> {
  const [period, firstRead, results, documents] = await Promise.all([
    loadPeriod(app, companyId, departmentId, from, to),
    listPostings(app.db, departmentId, from, to),
    latestTransferDayResults(app.db, departmentId, from, to),
    listExportDocumentStates(app.db, departmentId, from, to),
  ]);
  let postings = firstRead;
  // Reversals PowerOffice had not numbered yet: ask again, and read what it answered.
  if (period.powerOffice.ok && postings.some(isAwaitingReversalNo)) {
    await fillReversalNumbers(app, period.powerOffice.context, departmentId, from, to);
    postings = await listPostings(app.db, departmentId, from, to);
  }
  // A sent voucher's dagsoppgjør: attached in PowerOffice, or still missing there.
  const documentationOf = (
    posting: ExportPostingRow | null | undefined,
  ): VoucherDocumentationState | null => {
    if (!posting || (posting.status !== 'sent' && posting.status !== 'reversed')) return null;
    const document = documents.get(posting.id);
    if (!document && posting.status === 'reversed') return null;
    return {
      postingId: posting.id,
      status: document?.status === 'uploaded' ? 'uploaded' : 'missing',
      downloadable: document !== undefined,
    };
  };
  const po = period.powerOffice.ok ? period.powerOffice.context : null;
  const byDay = groupPostings(postings);
  const dataByDay = new Map(period.days.map((d) => [d.businessDay, d]));
  const userIds = [...new Set(postings.map((p) => p.user_id).filter((u): u is string => u !== null))];
  const users = await listUserNames(app.db, userIds);

  const days: HistoryDay[] = listBusinessDays(from, to).map((businessDay) => {
    const day = dataByDay.get(businessDay)!;
    const dayPostings = byDay.get(businessDay) ?? [];
    const state = dayState(
      dayPostings,
      results.get(businessDay),
      dayPostings.length ? dayFingerprint(day) : null,
    );
    const shown = state.main;
    let difference: HistoryDay['difference'] = [];
    if (state.status === 'changed') {
      const rebuilt = buildDay(day, period.mappings, po).voucher?.lines ?? [];
      const posted = [shown!, ...state.corrections].flatMap(postedLines);
      try {
        difference = diffVoucherLines(posted, rebuilt).map((l) =>
          toLineDto(l, po, { departmentId, businessDay }),
        );
      } catch {
        // A rebuilt voucher with problems may not balance yet; the day still shows as changed.
        difference = [];
      }
    }
    return {
      businessDay,
      status: state.status,
      voucherNo: shown?.voucher_no ?? null,
      externalReference: shown?.reference ?? null,
      version: shown?.version ?? null,
      sentAt: shown?.posted_at ?? null,
      sentBy: shown?.user_id ? (users.get(shown.user_id) ?? null) : null,
      automatic: shown?.automatic === 1,
      ...dayMessage(state.status, state.message),
      difference,
      corrections: state.corrections.map((c) => ({
        voucherNo: c.voucher_no,
        externalReference: c.reference,
        sentAt: c.posted_at,
        importedVoucherNo: c.imported_voucher_no,
        documentation: documentationOf(c),
      })),
      importedVoucherNo: shown?.imported_voucher_no ?? null,
      journal: shown?.voucher_id ? (shown.journal ?? 'manual') : null,
      documentation: documentationOf(shown),
      reversals: dayPostings
        .filter((p) => p.status === 'reversed')
        .map((p) => ({
          voucherNo: p.voucher_no,
          correction: p.correction,
          reversedAt: p.reversed_at,
          reversalVoucherNo: p.reversal_voucher_no,
        })),
    };
  });
  return { department: { id: period.department.id, name: period.department.name }, days };
}
