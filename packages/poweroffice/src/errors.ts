/**
 * Every failure the client reports is a PowerOfficeError with a `kind` the UI can explain.
 * PowerOffice's own text is kept in `detail`; `message` is a readable sentence built around it.
 */
export type PowerOfficeErrorKind =
  | 'invalid_keys'
  | 'missing_privilege'
  | 'missing_module'
  | 'validation'
  | 'duplicate'
  | 'rate_limited'
  | 'unavailable'
  | 'not_found'
  | 'unexpected_response';

export interface PowerOfficeFieldError {
  path: string;
  message: string;
}

/** ClientIntegrationInformation's lists, attached to privilege/module errors. */
export interface PrivilegeReport {
  /** The privilege the failed operation needs, when known. */
  required?: string;
  validPrivileges: string[];
  invalidPrivileges: string[];
  activeClientSubscriptions: string[];
  clientName?: string;
}

export interface PowerOfficeErrorInit {
  kind: PowerOfficeErrorKind;
  message: string;
  operation?: string;
  status?: number;
  /** PowerOffice's own text (ProblemDetails title/detail or OAuth error_description). */
  detail?: string;
  fieldErrors?: PowerOfficeFieldError[];
  privileges?: PrivilegeReport;
  retryAfterSeconds?: number;
  externalImportReference?: string;
  /** A write that may have been processed although no answer says so (timeout, lost answer, 5xx). */
  outcomeUnknown?: boolean;
  cause?: unknown;
}

export class PowerOfficeError extends Error {
  override readonly name = 'PowerOfficeError';
  readonly kind: PowerOfficeErrorKind;
  readonly operation: string | undefined;
  readonly status: number | undefined;
  readonly detail: string | undefined;
  readonly fieldErrors: PowerOfficeFieldError[];
  readonly privileges: PrivilegeReport | undefined;
  readonly retryAfterSeconds: number | undefined;
  readonly externalImportReference: string | undefined;
  readonly outcomeUnknown: boolean;

  constructor(init: PowerOfficeErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.kind = init.kind;
    this.operation = init.operation;
    this.status = init.status;
    this.detail = init.detail;
    this.fieldErrors = init.fieldErrors ?? [];
    this.privileges = init.privileges;
    this.retryAfterSeconds = init.retryAfterSeconds;
    this.externalImportReference = init.externalImportReference;
    this.outcomeUnknown = init.outcomeUnknown ?? false;
  }
}

export function isPowerOfficeError(value: unknown, kind?: PowerOfficeErrorKind): value is PowerOfficeError {
  return value instanceof PowerOfficeError && (kind === undefined || value.kind === kind);
}
