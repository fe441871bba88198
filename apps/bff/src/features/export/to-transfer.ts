import type { Transfer } from '@qo/contracts';
import type { ExportTransferDayRow, ExportTransferRow } from '@qo/db';
import { dayMessage } from '../../services/export/day-failure';

export function toTransfer(row: ExportTransferRow, days: readonly ExportTransferDayRow[]): Transfer {
  return {
    id: row.id,
    departmentId: row.department_id,
    from: row.from_day,
    to: row.to_day,
    status: row.status,
    trigger: row.trigger,
    createdAt: row.created_at,
    finishedAt: row.finished_at,
    progress: {
      total: days.length,
      done: days.filter((d) => d.status !== 'pending' && d.status !== 'sending').length,
    },
    days: days.map((d) => ({
      businessDay: d.business_day,
      status: d.status,
      voucherNo: d.voucher_no,
      externalReference: d.reference,
      ...dayMessage(d.status, d.message),
    })),
  };
}
