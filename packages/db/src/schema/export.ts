/*
 * Tables of migration 0005 (Eksport). Same conventions as foundation.ts: text ids, ISO-8601 UTC
 * instants, business days as 'YYYY-MM-DD', money in øre.
 */

export type TransferStatusColumn = 'queued' | 'running' | 'done' | 'failed' | 'done_with_failures';
export type TransferTriggerColumn = 'manual' | 'automatic';

/** One transfer (a period of one department), run as a background job in the BFF. */
export interface ExportTransfersTable {
  id: string;
  company_id: string;
  department_id: string;
  from_day: string;
  to_day: string;
  status: TransferStatusColumn;
  trigger: TransferTriggerColumn;
  /** users.id; null for the automatic export. */
  user_id: string | null;
  /** Renewed while a process works on it: a stale lease means that process died. */
  lease_until: string | null;
  error: string | null;
  created_at: string;
  updated_at: string;
  finished_at: string | null;
}

export type TransferDayStatusColumn =
  'pending' | 'sending' | 'sent' | 'already_sent' | 'blocked' | 'failed' | 'skipped';

/** The result of one business day within one transfer. */
export interface ExportTransferDaysTable {
  transfer_id: string;
  department_id: string;
  business_day: string;
  status: TransferDayStatusColumn;
  voucher_no: number | null;
  reference: string | null;
  message: string | null;
  updated_at: string;
}

export type PostingStatusColumn = 'sending' | 'sent' | 'failed' | 'reversed';

/**
 * What was (or is being) posted to PowerOffice for a department's business day: the day's voucher
 * (correction 0) or a correction voucher (1, 2, …) of a version. The row is written with status
 * 'sending' BEFORE the voucher is posted, and the unique key makes that write the claim: two
 * transfers can never both send the same reference.
 */
export interface ExportPostingsTable {
  id: string;
  company_id: string;
  department_id: string;
  business_day: string;
  /** 1, then +1 after each reversal. */
  version: number;
  /** 0 for the day's voucher, n for its n-th correction. */
  correction: number;
  reference: string;
  status: PostingStatusColumn;
  /** fingerprintOrders of the day when the lines were built. */
  fingerprint: string;
  /** JSON of the posted lines (accountNo, vatCode, amount, description, source…). */
  lines_json: string;
  /** The transfer holding the claim while 'sending' (null for reverse/correction requests). */
  transfer_id: string | null;
  voucher_id: string | null;
  voucher_no: number | null;
  /** 'cash' (CashJournals) or 'manual' (ManualJournals); null = posted before 0014, a manual journal. */
  journal: 'cash' | 'manual' | null;
  /** The department's running number of its day vouchers, sent as ImportedVoucherNo; null before 0014. */
  imported_voucher_no: number | null;
  message: string | null;
  /** users.id; null when posted by the automatic export. */
  user_id: string | null;
  automatic: number;
  posted_at: string | null;
  reversed_at: string | null;
  /** The reversal voucher PowerOffice made (0019); null until its ledger shows it. */
  reversal_voucher_id: string | null;
  /** Its number; null while PowerOffice has not numbered it yet (or for reversals from before 0019). */
  reversal_voucher_no: number | null;
  created_at: string;
  updated_at: string;
  /**
   * Set while a POST of this posting may be in flight or was left unanswered (since then); null
   * when none can be. It is not posted again before the settle window after it has passed.
   */
  unsettled_at: string | null;
}

export type DocumentStatusColumn = 'pending' | 'uploaded' | 'failed';

/**
 * The dagsoppgjør PDF of one posting (migration 0015), made once after the voucher was posted and
 * uploaded to it in PowerOffice; 'pending' until the upload went through, 'failed' after a
 * failed attempt (retried by the next transfer of the department).
 */
export interface ExportDocumentsTable {
  posting_id: string;
  company_id: string;
  department_id: string;
  business_day: string;
  file_name: string;
  /** The PDF, base64 (text is portable between SQLite and PostgreSQL; a report is a few kB). */
  pdf_base64: string;
  status: DocumentStatusColumn;
  attempts: number;
  message: string | null;
  created_at: string;
  updated_at: string;
  uploaded_at: string | null;
}

export interface ExportTables {
  export_transfers: ExportTransfersTable;
  export_transfer_days: ExportTransferDaysTable;
  export_postings: ExportPostingsTable;
  export_documents: ExportDocumentsTable;
}
