import { ApiError, NetworkError } from './api-error';
import { buildUrl, toProblem, type RequestOptions } from './api-client';

/*
 * Files from the BFF (CSV, Excel): kept out of the api client so the shell does not carry them;
 * only the pages that download load this.
 */

/** The name a `Content-Disposition` header gives a file: `filename*` (UTF-8) first, else `filename`. */
export function fileNameOf(disposition: string | null, fallback: string): string {
  if (!disposition) return fallback;
  const utf8 = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  if (utf8?.[1]) {
    try {
      return decodeURIComponent(utf8[1].trim());
    } catch {
      // A malformed escape: the plain name below will do.
    }
  }
  return /filename="([^"]+)"/i.exec(disposition)?.[1] ?? fallback;
}

/** A file from the BFF (GET): its bytes and its name; a refusal as ApiError like every other call. */
export async function getFile(
  path: string,
  options: Omit<RequestOptions<unknown>, 'body' | 'schema'> = {},
): Promise<{ blob: Blob; fileName: string }> {
  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.query), {
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new NetworkError(error);
  }
  if (!response.ok) throw new ApiError(await toProblem(response));
  const fallback = path.split('/').pop() ?? 'file';
  return {
    blob: await response.blob(),
    fileName: fileNameOf(response.headers.get('content-disposition'), fallback),
  };
}
