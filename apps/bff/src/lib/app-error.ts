import type { FieldError } from '@qo/contracts';

/**
 * Typed error codes and the HTTP status each maps to. Throw `new AppError(code, detail)` anywhere;
 * the error handler turns it into problem details. Add a code here when a feature needs one.
 */
export const errorStatus = {
  bad_request: 400,
  validation_failed: 400,
  unauthenticated: 401,
  invalid_credentials: 401,
  forbidden: 403,
  csrf_failed: 403,
  not_found: 404,
  conflict: 409,
  business_rule: 422,
  not_connected: 422,
  invalid_client_key: 422,
  client_key_other_slot: 422,
  lock_date: 422,
  slot_in_use: 409,
  too_many_departments: 422,
  missing_privileges: 422,
  auto_export_not_ready: 422,
  day_busy: 409,
  day_reversed: 422,
  account_locked: 429,
  rate_limited: 429,
  internal: 500,
  poweroffice_failed: 502,
  poweroffice_unavailable: 503,
  poweroffice_rate_limited: 503,
} as const;

export type ErrorCode = keyof typeof errorStatus;

export const errorTitle: Record<ErrorCode, string> = {
  bad_request: 'Ugyldig forespørsel',
  validation_failed: 'Ugyldige data',
  unauthenticated: 'Ikke innlogget',
  invalid_credentials: 'Feil e-post eller passord',
  forbidden: 'Ingen tilgang',
  csrf_failed: 'Forespørselen ble avvist (CSRF)',
  not_found: 'Finnes ikke',
  conflict: 'Konflikt',
  business_rule: 'Ikke tillatt',
  not_connected: 'Avdelingen er ikke koblet til PowerOffice GO',
  invalid_client_key: 'PowerOffice GO godtok ikke nøkkelen',
  client_key_other_slot: 'Nøkkelen hører til en annen applikasjonsnøkkel',
  lock_date: 'Perioden er sperret i PowerOffice GO',
  slot_in_use: 'Applikasjonsnøkkelen er allerede i bruk',
  too_many_departments: 'For mange avdelinger i samme PowerOffice-klient',
  missing_privileges: 'Klienten mangler rettigheter',
  auto_export_not_ready: 'Automatisk eksport kan ikke slås på ennå',
  day_busy: 'Driftsdøgnet endres akkurat nå',
  day_reversed: 'Driftsdøgnet er reversert',
  account_locked: 'Kontoen er midlertidig låst',
  rate_limited: 'For mange forespørsler',
  internal: 'Intern feil',
  poweroffice_failed: 'PowerOffice GO svarte med en feil',
  poweroffice_unavailable: 'PowerOffice GO er ikke tilgjengelig',
  poweroffice_rate_limited: 'PowerOffice GO ber oss vente litt',
};

export interface AppErrorOptions {
  errors?: FieldError[];
  headers?: Record<string, string>;
  cause?: unknown;
  /** 'poweroffice' when PowerOffice GO refused; its own words go in `powerOfficeDetail`. */
  source?: 'poweroffice' | 'quickorder';
  powerOfficeDetail?: string;
  /** Values the UI's translated message names (e.g. a slot). */
  params?: Record<string, string | number>;
}

export class AppError extends Error {
  readonly status: number;
  readonly errors: FieldError[] | undefined;
  readonly headers: Record<string, string> | undefined;
  readonly source: 'poweroffice' | 'quickorder' | undefined;
  readonly powerOfficeDetail: string | undefined;
  readonly params: Record<string, string | number> | undefined;

  constructor(
    readonly code: ErrorCode,
    detail?: string,
    options: AppErrorOptions = {},
  ) {
    super(detail ?? errorTitle[code], { cause: options.cause });
    this.name = 'AppError';
    this.status = errorStatus[code];
    this.errors = options.errors;
    this.headers = options.headers;
    this.source = options.source;
    this.powerOfficeDetail = options.powerOfficeDetail;
    this.params = options.params;
  }
}

/** For company-scoped lookups: a missing row and another company's row look the same. */
export function foundOr404<T>(row: T | undefined | null, what = 'Ressursen'): T {
  if (row === undefined || row === null) throw new AppError('not_found', `${what} finnes ikke`);
  return row;
}
