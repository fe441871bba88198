import { SIM_APPLICATION_KEYS, applicationKeyName, deriveClientKey } from '../keys.js';
import { seedClients } from '../seed/clients.js';
import { seedLedger } from './seed-ledger.js';
import type { ClientLedger } from './types.js';

export interface IssuedToken {
  token: string;
  clientId: string;
  applicationKey: string;
  expiresAt: number;
}

export interface FaultSettings {
  latencyMs: number;
  /** 0..1: share of calls answered with 500. */
  errorRate: number;
  nextFailures: { count: number; status: 500 | 503 | 'timeout' };
  /** The next n successful writes are committed, then the connection is destroyed unanswered. */
  dropResponseAfterWrite: number;
  /** Whether faults also hit the token endpoint (default: only /v2). */
  includeToken: boolean;
  /** How long a 'timeout' failure holds the connection before destroying it. */
  timeoutMs: number;
  /**
   * The next `count` writes (POST/PUT/PATCH under /v2) are held `holdMs` before they are processed
   * and committed as usual, whether or not the client is still waiting: a request that reaches
   * PowerOffice after the client gave up on it.
   */
  commitAfterClientGaveUp: { count: number; holdMs: number };
  /** Until this instant (ms since the epoch) every call is answered 429, as in a storm of other callers on the key. */
  rateLimitedUntil: number;
  /** The next n voucher-documentation uploads are stored, then the connection is destroyed unanswered. */
  dropDocumentationResponse: number;
  /** The next n voucher-documentation uploads are answered 503 and not stored. */
  documentationFailures: number;
  /** Reversals are answered 202 Accepted and done this many ms later (0: done at once, answered 200). */
  reversalDelayMs: number;
  /** Voucher POSTs answer VoucherNo 0 (not final yet); the final number shows when the voucher is read. */
  interimVoucherNo: boolean;
  /**
   * Reversal vouchers' ledger lines (GET /AccountTransactions) show VoucherNo 0 while this is on:
   * the reversal is done but PowerOffice has not numbered it yet. Turned off, the number shows.
   */
  reversalNumberPending: boolean;
  /** Dates in answers are written with a time part (`2026-03-13T00:00:00`), as .NET serialises DateTime. */
  datesWithTime: boolean;
}

/** One request the gateway received (admin routes excluded), at its arrival. */
export interface ReceivedRequest {
  method: string;
  path: string;
  /** Arrival, ISO 8601 with milliseconds (wall clock, not ctx.now). */
  at: string;
  /** The answer's status (even when the client had left); null while unanswered or when dropped. */
  status: number | null;
}

export const noFaults = (): FaultSettings => ({
  latencyMs: 0,
  errorRate: 0,
  nextFailures: { count: 0, status: 500 },
  dropResponseAfterWrite: 0,
  includeToken: false,
  timeoutMs: 30_000,
  commitAfterClientGaveUp: { count: 0, holdMs: 0 },
  rateLimitedUntil: 0,
  dropDocumentationResponse: 0,
  documentationFailures: 0,
  reversalDelayMs: 0,
  interimVoucherNo: false,
  reversalNumberPending: false,
  datesWithTime: false,
});

/** A file attached to a voucher through PUT /VoucherDocumentation. */
export interface VoucherDocument {
  clientId: string;
  voucherId: string;
  fileName: string;
  contentType: string;
  bytes: Buffer;
  /** Only the integration (application key) that uploaded it may replace it. */
  applicationKey: string;
  uploadedAt: string;
  /** How many uploads this file has had (1, then +1 for each replacement). */
  uploads: number;
}

/** All mutable state of one simulator instance; `reset()` returns it to the seed. */
export class SimStore {
  ledgers = new Map<string, ClientLedger>();
  tokens = new Map<string, IssuedToken>();
  faults: FaultSettings = noFaults();
  /** Voucher documentation by `${clientId}/${voucherId}`. */
  documents = new Map<string, VoucherDocument>();
  /** Received write requests, newest last, for GET /_sim/posted. */
  received: Array<{
    kind: 'voucher' | 'cashVoucher' | 'salesOrder' | 'reversal' | 'product' | 'documentation';
    clientId: string;
    at: string;
    id: string | null;
    status: number;
    body: unknown;
  }> = [];
  /** Every request through the gateway (429s included), oldest first, for GET /_sim/requests. */
  requests: ReceivedRequest[] = [];

  constructor(private readonly seed: number) {
    this.reset();
  }

  /** Reversals accepted (202) but not done yet; cleared when the simulator closes or resets. */
  pendingReversals = new Set<NodeJS.Timeout>();

  reset(): void {
    for (const timer of this.pendingReversals) clearTimeout(timer);
    this.pendingReversals.clear();
    this.ledgers = new Map(seedClients.map((c) => [c.id, seedLedger(c, this.seed)]));
    this.tokens.clear();
    this.faults = noFaults();
    this.documents.clear();
    this.received = [];
    this.requests = [];
  }

  /** Finds the client on which this (application key, client key) pair is activated. */
  findActivation(applicationKey: string, clientKey: string): ClientLedger | undefined {
    const appKey = applicationKey.toLowerCase();
    if (!SIM_APPLICATION_KEYS.includes(appKey)) return undefined;
    for (const ledger of this.ledgers.values()) {
      if (deriveClientKey(ledger.id, appKey) === clientKey.toLowerCase()) return ledger;
    }
    return undefined;
  }

  /** What GET /_sim/clients shows: every client with its key per application-key slot. */
  describeClients() {
    return [...this.ledgers.values()].map((l) => ({
      ClientId: l.id,
      ClientName: l.name,
      OrganizationNumber: l.organizationNumber,
      LockDate: l.lockDate,
      Privileges: l.privileges,
      InvalidPrivileges: l.invalidPrivileges,
      ApplicationKeys: SIM_APPLICATION_KEYS.map((applicationKey, slot) => ({
        Slot: slot,
        Name: applicationKeyName(slot),
        ApplicationKey: applicationKey,
        ClientKey: deriveClientKey(l.id, applicationKey),
      })),
      Departments: l.departments.map((d) => ({ Id: d.id, Code: d.code, Name: d.name, IsActive: d.isActive })),
    }));
  }
}
