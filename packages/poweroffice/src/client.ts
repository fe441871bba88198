import { resolveConfig, type PowerOfficeConfig, type ResolvedConfig } from './config.js';
import { PowerOfficeError } from './errors.js';
import { bearerAuth } from './http/auth.js';
import { createCall } from './http/call.js';
import { logging } from './http/logging.js';
import { observe } from './http/observe.js';
import { rateLimit, sharedRateLimiter, type RequestBudget } from './http/rate-limiter.js';
import { retry } from './http/retry.js';
import { TokenCache } from './http/token-cache.js';
import { createTokenRequester } from './http/token-request.js';
import { createTransport } from './http/transport.js';
import { compose, type Credentials } from './http/types.js';
import { accountTransactionOperations } from './operations/account-transactions.js';
import { createOperationContext } from './operations/context.js';
import { newAccountCache, referenceDataOperations, type AccountCache } from './operations/reference-data.js';
import { salesOrderOperations } from './operations/sales-orders.js';
import { settingsOperations } from './operations/settings.js';
import { voucherDocumentationOperations } from './operations/voucher-documentation.js';
import { voucherOperations, type VoucherTiming } from './operations/vouchers.js';

export type PowerOfficeClientForKeys = ReturnType<typeof buildOperations>;

export interface PowerOfficeClient {
  /** The operations for one Go client, authenticated with one application key's client key. */
  forClient(credentials: Credentials): PowerOfficeClientForKeys;
  /** The budget every request of this client draws from (shared per process, or the one passed in). */
  readonly rateLimiter: RequestBudget;
  readonly config: Readonly<ResolvedConfig>;
}

/**
 * Builds the request pipeline once: tokens and account caches live as long as this client, the
 * rate limiter as long as the process. Create one client per subscription key and reuse it.
 */
export function createPowerOfficeClient(input: PowerOfficeConfig): PowerOfficeClient {
  const config = resolveConfig(input);
  const limiter =
    config.budget ??
    sharedRateLimiter(new URL(config.apiUrl).host, config.subscriptionKey, config.rateLimitPerSecond);
  const transport = createTransport({
    fetch: config.fetch,
    timeoutMs: config.timeoutMs,
    subscriptionKey: config.subscriptionKey,
  });
  const retrying = retry({ options: config.retry, limiter, logger: config.logger });

  // Token requests count against the same subscription budget as API calls.
  const tokenHandler = compose(
    transport,
    retrying,
    rateLimit(limiter),
    logging(config.logger),
    observe(config.observer),
  );
  const tokens = new TokenCache(
    createTokenRequester(tokenHandler, config.tokenUrl),
    config.tokenRenewalMarginSeconds,
  );

  // Outermost first: retry re-runs auth (fresh token) and waits its turn at the limiter each time.
  const handler = compose(
    transport,
    retrying,
    bearerAuth(tokens),
    rateLimit(limiter),
    logging(config.logger),
    observe(config.observer),
  );

  const accountCaches = new Map<string, AccountCache>();

  function forClient(credentials: Credentials): PowerOfficeClientForKeys {
    if (!credentials.applicationKey || !credentials.clientKey) {
      throw new PowerOfficeError({
        kind: 'invalid_keys',
        message: 'An application key and a client key are both needed.',
      });
    }
    const cacheKey = `${credentials.applicationKey}\u0000${credentials.clientKey}`;
    let accountCache = accountCaches.get(cacheKey);
    if (!accountCache) accountCaches.set(cacheKey, (accountCache = newAccountCache()));

    const call = createCall(handler, config.apiUrl, credentials, async (error, privilege) => {
      // A 403 body is often empty; ClientIntegrationInformation (token only) says what is missing.
      try {
        const info = await operations.getClientIntegrationInformation();
        return explainForbidden(error, privilege, info);
      } catch {
        return error;
      }
    });
    const operations = buildOperations(createOperationContext(call, config), accountCache, config.vouchers);
    return operations;
  }

  return { forClient, rateLimiter: limiter, config };
}

function buildOperations(
  context: ReturnType<typeof createOperationContext>,
  accountCache: AccountCache,
  voucherTiming: VoucherTiming = {},
) {
  const transactions = accountTransactionOperations(context);
  return {
    ...settingsOperations(context),
    ...referenceDataOperations(context, accountCache),
    ...transactions,
    ...voucherOperations(context, transactions, voucherTiming),
    ...salesOrderOperations(context),
    ...voucherDocumentationOperations(context),
  };
}

function explainForbidden(
  error: PowerOfficeError,
  privilege: string | undefined,
  info: {
    ValidPrivileges?: string[] | null;
    InvalidPrivileges?: string[] | null;
    ActiveClientSubscriptions?: string[] | null;
    ClientName?: string | null;
  },
): PowerOfficeError {
  const privileges = {
    required: privilege,
    validPrivileges: info.ValidPrivileges ?? [],
    invalidPrivileges: info.InvalidPrivileges ?? [],
    activeClientSubscriptions: info.ActiveClientSubscriptions ?? [],
    ...(info.ClientName ? { clientName: info.ClientName } : {}),
  };
  const client = info.ClientName ? `"${info.ClientName}"` : 'this client';
  // InvalidPrivileges are privileges the integration has but the client's Go subscription cannot use.
  const moduleMissing = privilege !== undefined && privileges.invalidPrivileges.includes(privilege);
  const message = moduleMissing
    ? `${client} lacks the PowerOffice Go module needed for ${privilege} (active subscriptions: ${privileges.activeClientSubscriptions.join(', ') || 'none'}).`
    : `The integration has no ${privilege ?? 'required'} privilege on ${client}; privileges granted: ${privileges.validPrivileges.join(', ') || 'none'}.`;
  return new PowerOfficeError({
    kind: moduleMissing ? 'missing_module' : 'missing_privilege',
    operation: error.operation,
    status: error.status,
    detail: error.detail,
    privileges,
    message,
    cause: error,
  });
}
