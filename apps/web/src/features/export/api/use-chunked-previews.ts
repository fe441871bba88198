import type { ExportPreview } from '@qo/contracts';
import { type QueryClient, useQueries, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { previewQueryOptions, type Period } from './export-api';
import { enabledChunks, mergePreviews, periodChunks } from './preview-chunks';

/** One department's preview of one month of the period: a query of its own. */
export interface PreviewChunk {
  departmentId: string;
  period: Period;
  data: ExportPreview | undefined;
  /** Set when the chunk could not be read and nothing of it is shown. */
  error: Error | null;
  retry: () => void;
}

export interface ChunkedPreviews {
  /** The months asked for, in order; one entry (the whole period) for a short period. */
  months: Period[];
  /** `chunks[month][department]`, departments in the chosen order. */
  chunks: PreviewChunk[][];
  /** Months every department's preview of which has arrived. */
  loadedMonths: number;
  /** Some chunk has not answered yet (neither arrived nor failed). */
  loading: boolean;
  /** Every chunk has arrived: only now do the loaded previews cover the whole period. */
  complete: boolean;
  failed: PreviewChunk[];
  /** Per department (chosen order), what has arrived so far merged into one preview. */
  loaded: ExportPreview[];
}

/** Month by month, the departments within a month: the order the table fills in. */
function chunkQueries(departmentIds: readonly string[], months: readonly Period[]) {
  return months.flatMap((month) => departmentIds.map((id) => previewQueryOptions(id, month)));
}

/**
 * Starts the first month of the period in the address (`?from&to&department`) as the page's loader
 * runs, before the page has rendered; the page's queries then take over the request. One month per
 * department only: the page's other requests queue behind it at the BFF.
 */
export function prefetchPreviewStart(queryClient: QueryClient, params: URLSearchParams): void {
  const from = params.get('from');
  const to = params.get('to');
  const departmentIds = params.getAll('department');
  if (!from || !to || departmentIds.length === 0) return;
  for (const options of chunkQueries(departmentIds, periodChunks({ from, to }).slice(0, 1))) {
    void queryClient.prefetchQuery(options);
  }
}

/**
 * The preview of a period for several departments, a month at a time: the first month alone, then
 * at most CHUNKS_IN_FLIGHT months on the way, so the first days show while the rest of a year is
 * still being built. Each month is a normal query (cached, invalidated with `exportKeys.all`); a short
 * period is one query exactly as before.
 */
export function useChunkedPreviews(departmentIds: readonly string[], period: Period | null): ChunkedPreviews {
  const queryClient = useQueryClient();
  const from = period?.from;
  const to = period?.to;
  const months = useMemo(() => (from && to ? periodChunks({ from, to }) : []), [from, to]);
  const options = chunkQueries(departmentIds, months);
  // Read from the cache while rendering: every one of these queries is observed below, so any change
  // of their state renders again and moves the window on.
  const answered = options.map((o) => {
    const status = queryClient.getQueryState(o.queryKey)?.status;
    return status === 'success' || status === 'error';
  });
  const enabled = enabledChunks(answered, undefined, departmentIds.length);
  const results = useQueries({
    queries: options.map((o, i) => ({ ...o, enabled: enabled[i] })),
    combine: (rs) =>
      rs.map((r) => ({
        data: r.data,
        error: r.data === undefined ? r.error : null,
        pending: r.isPending,
        refetch: r.refetch,
      })),
  });

  const width = departmentIds.length;
  const chunks = months.map((month, m) =>
    departmentIds.map((departmentId, d): PreviewChunk => {
      const r = results[m * width + d]!;
      return { departmentId, period: month, data: r.data, error: r.error, retry: () => void r.refetch() };
    }),
  );
  const loaded = departmentIds
    .map((_, d) => chunks.map((month) => month[d]!.data).filter((p): p is ExportPreview => p !== undefined))
    .filter((parts) => parts.length > 0)
    .map(mergePreviews);
  const loadedMonths = chunks.filter((month) => month.every((c) => c.data !== undefined)).length;
  return {
    months,
    chunks,
    loadedMonths,
    loading: results.some((r) => r.pending),
    complete: months.length > 0 && loadedMonths === months.length,
    failed: chunks.flat().filter((c) => c.error !== null),
    loaded,
  };
}
