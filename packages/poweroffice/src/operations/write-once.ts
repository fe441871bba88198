import { isPowerOfficeError } from '../errors.js';
import type { Call, CallSpec } from '../http/call.js';
import { sleep } from '../http/types.js';
import { required } from './context.js';

export interface WriteResult<T> {
  value: T;
  /**
   * True when the object was not created by this call's answered request: PowerOffice reported
   * the reference as a duplicate, or the answer was lost and the object was found by its reference.
   */
  alreadyExisted: boolean;
}

type WriteSpec<T> = Omit<CallSpec<T>, 'retry' | 'externalImportReference' | 'findExisting'>;

// PowerOffice may read from a replica that lags behind a write (documented for v1); one more look
// after a pause keeps a fresh duplicate from being reported as an error.
const REPLICA_LAG_MS = 1500;

/**
 * Sends a create request so that repeating it can never create a second object: only a request
 * with an ExternalImportReference is retried, the retry layer looks it up before re-sending, and
 * PowerOffice's duplicate answer is resolved to the existing object.
 */
export async function writeOnce<T>(
  call: Call,
  spec: WriteSpec<T>,
  externalImportReference: string | null | undefined,
  findExisting: () => Promise<T | undefined>,
): Promise<WriteResult<T>> {
  if (!externalImportReference) {
    const result = await call({ ...spec, retry: 'write' });
    return { value: required(result.data, spec.operation), alreadyExisted: false };
  }
  try {
    const result = await call({
      ...spec,
      retry: 'write-with-reference',
      externalImportReference,
      findExisting,
    });
    return { value: required(result.data, spec.operation), alreadyExisted: result.foundByReference };
  } catch (error) {
    if (!isPowerOfficeError(error, 'duplicate')) throw error;
    const existing = (await findExisting()) ?? (await sleep(REPLICA_LAG_MS).then(findExisting));
    if (existing === undefined) throw error;
    return { value: existing, alreadyExisted: true };
  }
}
