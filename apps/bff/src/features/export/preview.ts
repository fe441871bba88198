import {
  sumNotTransferred,
  type ExportPreview,
  type PreviewVoucher,
  type VoucherProblemDto,
} from '@qo/contracts';
import { latestTransferDayResults, listPostings } from '@qo/db';
import type { FastifyInstance } from 'fastify';
import { buildDay, debitOf, referenceOf, toLineDto, toProblemDtos } from '../../services/export/day-voucher';
import { dayState, groupPostings } from '../../services/export/day-state';
import { loadPeriod } from '../../services/export/load-period';
import { dayFingerprint } from '../../services/export/period-days';

/**
 * One voucher per business day with orders or cash movements, in journal form, with its status,
 * problems and what is not transferred; totals for the period.
 */
export async function buildPreview(
  app: FastifyInstance,
  companyId: string,
  departmentId: string,
  from: string,
  to: string,
): Promise<ExportPreview> {
  const [period, postings, results] = await Promise.all([
    loadPeriod(app, companyId, departmentId, from, to),
    listPostings(app.db, departmentId, from, to),
    latestTransferDayResults(app.db, departmentId, from, to),
  ]);
  const po = period.powerOffice.ok ? period.powerOffice.context : null;
  const departmentProblems: VoucherProblemDto[] = period.powerOffice.ok
    ? []
    : [{ ...period.powerOffice.problem, lineIndex: null }];
  const postingsByDay = groupPostings(postings);
  const vouchers: PreviewVoucher[] = [];
  let debit = 0;
  let blocked = 0;

  for (const day of period.days) {
    const { voucher } = buildDay(day, period.mappings, po);
    if (!voucher) continue;
    const dayPostings = postingsByDay.get(day.businessDay) ?? [];
    // The fingerprint is only needed to tell "changed" from "sent".
    const state = dayState(
      dayPostings,
      results.get(day.businessDay),
      dayPostings.length ? dayFingerprint(day) : null,
    );
    const lines = voucher.lines.map((l) => toLineDto(l, po, { departmentId, businessDay: day.businessDay }));
    const problems = [...departmentProblems, ...toProblemDtos(voucher)];
    const voucherDebit = debitOf(voucher.lines);
    debit += voucherDebit;
    if (problems.length > 0 && voucher.lines.length > 0) blocked++;
    vouchers.push({
      businessDay: day.businessDay,
      externalReference: referenceOf(departmentId, day.businessDay, state.nextVersion),
      status: state.status,
      lines,
      sum: voucher.sum,
      debit: voucherDebit,
      problems,
      empty: voucher.lines.length === 0,
      notTransferred: sumNotTransferred([voucher.notTransferred]),
    });
  }
  return {
    department: { id: period.department.id, name: period.department.name },
    from,
    to,
    lockDate: po?.lockDate ?? null,
    vouchers,
    problems: departmentProblems,
    totals: { vouchers: vouchers.filter((v) => !v.empty).length, debit, blocked },
    notTransferred: sumNotTransferred(vouchers.map((v) => v.notTransferred)),
  };
}
