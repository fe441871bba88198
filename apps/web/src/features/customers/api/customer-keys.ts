/** Query keys of Kunder; link and send mutations invalidate `all`. */
export const customerKeys = {
  all: ['customers'] as const,
  list: () => [...customerKeys.all, 'list'] as const,
  powerOfficeCustomers: () => [...customerKeys.all, 'poweroffice-customers'] as const,
  orders: (customerId: string) => [...customerKeys.all, 'orders', customerId] as const,
  order: (orderId: string) => [...customerKeys.all, 'order', orderId] as const,
  productLinks: () => [...customerKeys.all, 'product-links'] as const,
};
