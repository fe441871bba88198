import type { OrderDetail } from '@qo/contracts';
import type { OrderDetailRow } from '@qo/db';
import { toPowerOfficeState } from '../../services/invoicing/to-poweroffice-state';

export function toOrderDetail(o: OrderDetailRow): OrderDetail {
  return {
    id: o.id,
    posId: o.posId,
    departmentId: o.departmentId,
    departmentName: o.departmentName,
    closedAt: o.closedAt,
    orderType: o.orderType,
    customer: o.customerId ? { id: o.customerId, name: o.customerName ?? '' } : null,
    total: o.total,
    tips: o.tips,
    rounding: o.rounding,
    lines: o.lines.map(({ lineNo: _lineNo, ...line }) => line),
    payments: o.payments,
    powerOffice: toPowerOfficeState(o.outbox),
  };
}
