import type { Role } from '@qo/contracts';
import type { Area } from '@/lib/authorization';

export const paths = {
  home: '/',
  login: '/login',
  setup: '/setup',
  integrations: '/integrations',
  productTypes: '/product-types',
  vatCodes: '/vat-codes',
  paymentTypes: '/payment-types',
  export: '/export',
  customers: '/customers',
} as const satisfies Record<'home' | 'login' | Area, string>;

/** Where a user lands after login when they did not ask for a page. */
export function homePathFor(role: Role): string {
  return role === 'staff' ? paths.customers : paths.setup;
}

/** `/login?redirectTo=…` so the user comes back where they wanted to go. */
export function loginPath(redirectTo?: string): string {
  if (!redirectTo || redirectTo === paths.home || redirectTo.startsWith(paths.login)) return paths.login;
  return `${paths.login}?${new URLSearchParams({ redirectTo }).toString()}`;
}

/** Only same-app paths: never follow `//evil.example` or `https://…` from the query string. */
export function safeRedirectTarget(value: string | null): string | null {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return null;
  return value;
}
