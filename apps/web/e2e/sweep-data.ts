import { expect, request } from '@playwright/test';
import { apiAs, ok, simClient } from './api';

/*
 * The sweep area's data, set up once through the BFF as an owner and a POS would: Sentrum connected
 * to "Demo Restaurant AS" with automatic invoicing, Fjordkraft Catering linked, Mat linked to a
 * product, and two credit orders (one sent as a sales order, one refused because Dessert has no
 * product). Every page then has something to show.
 */

export interface SweepData {
  customerId: string;
  sentOrderId: string;
  failedOrderId: string;
  /** Eksport with a week of the demo's sales in the preview, and its first day transferred (history). */
  exportPath: string;
}

/** An Oslo calendar day, `days` before today. */
function osloDay(daysAgo: number): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo' }).format(
    new Date(Date.now() - daysAgo * 86_400_000),
  );
}

/** Idempotent: a second call (another worker) finds what the first made. */
export async function ensureSweepData(baseURL: string): Promise<SweepData> {
  const api = await apiAs(baseURL);
  try {
    const demo = await simClient('Demo Restaurant AS');
    const departments = await ok<{ id: string; name: string; integration: unknown }[]>(
      api.get('/api/departments'),
    );
    const sentrum = departments.find((d) => d.name === 'Sentrum')!;
    if (!sentrum.integration) {
      await ok(
        api.put(`/api/departments/${sentrum.id}/integration`, {
          data: { slot: 0, clientKey: demo.ApplicationKeys.find((k) => k.Slot === 0)!.ClientKey },
        }),
      );
    }
    await ok(
      api.patch(`/api/departments/${sentrum.id}/integration`, {
        data: {
          autoInvoice: true,
          powerOfficeDepartmentId: demo.Departments.find((d) => d.Name === 'Sentrum')!.Id,
        },
      }),
    );
    const customers = await ok<{ id: string; externalId: string }[]>(api.get('/api/customers'));
    const fjordkraft = customers.find((c) => c.externalId === 'K-1001')!;
    const options = await ok<{ items: { id: number; number: number }[] }>(
      api.get('/api/customers/poweroffice-customers'),
    );
    await ok(
      api.put(`/api/customers/${fjordkraft.id}/poweroffice-link`, {
        data: { powerOfficeCustomerId: options.items.find((c) => c.number === 10001)!.id },
      }),
    );
    const products = await ok<{
      productTypes: { productTypeId: string; name: string }[];
      products: { id: number; code: string }[];
    }>(api.get('/api/invoicing/products'));
    const typeId = (name: string) => products.productTypes.find((t) => t.name === name)!.productTypeId;
    await ok(
      api.put(`/api/invoicing/products/${typeId('Mat')}`, {
        data: { powerOfficeProductId: products.products.find((p) => p.code === '100')!.id },
      }),
    );

    let orders = await ok<{ id: string; posId: string; powerOffice: { status: string } }[]>(
      api.get(`/api/customers/${fjordkraft.id}/orders`),
    );
    if (!orders.some((o) => o.posId === 'SWEEP-SENT')) {
      const { token } = await ok<{ token: string }>(
        api.post(`/api/departments/${sentrum.id}/pos-tokens`, { data: { label: 'Sweep kasse' } }),
      );
      const paymentTypes = await ok<{ id: string; kind: string }[]>(api.get('/api/payment-types'));
      const credit = paymentTypes.find((p) => p.kind === 'credit')!.id;
      const order = (id: string, type: string, unitPrice: number) => ({
        id,
        closedAt: new Date().toISOString(),
        orderType: 'dine_in',
        customerId: 'K-1001',
        lines: [
          {
            productTypeId: typeId(type),
            description: type,
            quantity: 2,
            unitPrice,
            discount: 0,
            vatRate: 25,
          },
        ],
        payments: [{ paymentTypeId: credit, amount: 2 * unitPrice, tip: 0 }],
      });
      const pos = await request.newContext({
        baseURL,
        extraHTTPHeaders: { authorization: `Bearer ${token}` },
      });
      await ok(
        pos.post('/api/pos/orders', {
          data: {
            orders: [order('SWEEP-SENT', 'Mat', 18900), order('SWEEP-FAILED', 'Dessert', 9900)],
            cashMovements: [],
          },
        }),
      );
      await pos.dispose();
    }
    // The invoicing worker sends soon after ingest: wait until both orders have their outcome.
    await expect
      .poll(
        async () => {
          orders = await ok(api.get(`/api/customers/${fjordkraft.id}/orders`));
          return orders
            .filter((o) => o.posId.startsWith('SWEEP-'))
            .map((o) => `${o.posId}:${o.powerOffice.status}`)
            .sort();
        },
        { timeout: 30_000 },
      )
      .toEqual(['SWEEP-FAILED:failed', 'SWEEP-SENT:sent']);
    // A week of the demo's sales, its first day transferred, so Eksport shows a preview and a history.
    const week = { from: osloDay(8), to: osloDay(2) };
    const history = await ok<{ days: { businessDay: string; status: string }[] }>(
      api.get(`/api/departments/${sentrum.id}/export/history`, { params: week }),
    );
    if (history.days.every((d) => d.status === 'not_transferred')) {
      const { transferId } = await ok<{ transferId: string }>(
        api.post(`/api/departments/${sentrum.id}/export/transfers`, {
          data: { from: week.from, to: week.from },
        }),
      );
      await expect
        .poll(async () => (await ok<{ status: string }>(api.get(`/api/transfers/${transferId}`))).status, {
          timeout: 60_000,
        })
        .toMatch(/^(done|done_with_failures|failed)$/);
    }
    return {
      exportPath: `/export?${new URLSearchParams({ ...week, department: sentrum.id }).toString()}`,
      customerId: fjordkraft.id,
      sentOrderId: orders.find((o) => o.posId === 'SWEEP-SENT')!.id,
      failedOrderId: orders.find((o) => o.posId === 'SWEEP-FAILED')!.id,
    };
  } finally {
    await api.dispose();
  }
}
