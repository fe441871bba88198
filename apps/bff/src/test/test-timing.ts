/**
 * PowerOffice timings for tests: much shorter than in production, in the same order (a request
 * timeout shorter than the settle window), so a lost write is resolved in seconds, not minutes.
 */
export const TEST_POWEROFFICE_TIMING: Record<string, string> = {
  POWEROFFICE_TIMEOUT_MS: '3000',
  POWEROFFICE_SETTLE_MS: '3500',
  EXPORT_RETRY_WINDOW_MS: '20000',
};
