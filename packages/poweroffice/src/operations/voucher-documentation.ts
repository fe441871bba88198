import { z } from 'zod';
import { PowerOfficeError } from '../errors.js';
import {
  voucherDocumentationSchema,
  type VoucherDocumentation,
  type VoucherDocumentationType,
} from '../schemas/voucher-documentation.js';
import type { OperationContext } from './context.js';

/** PowerOffice takes voucher documentation up to 30 MB. */
export const MAX_VOUCHER_DOCUMENTATION_BYTES = 30 * 1024 * 1024;

export interface VoucherDocumentationUpload {
  /** The voucher's id (a GUID), as the post answered it. */
  voucherId: string;
  /** The PDF itself. */
  pdf: Uint8Array;
  fileName: string;
}

export function voucherDocumentationOperations({ call }: OperationContext) {
  return {
    /**
     * Attaches a PDF to a voucher this integration imported. A later upload by the same
     * integration replaces the earlier file, so repeating the request after a lost answer is safe
     * and it is retried like a read.
     */
    async uploadVoucherDocumentation(upload: VoucherDocumentationUpload): Promise<{ status: number }> {
      const size = upload.pdf.byteLength;
      const isPdf = Buffer.from(upload.pdf.subarray(0, 5)).toString('latin1') === '%PDF-';
      if (!isPdf || size > MAX_VOUCHER_DOCUMENTATION_BYTES) {
        const message = !isPdf
          ? 'Only a PDF can be attached to a voucher.'
          : `The PDF is ${size} bytes; PowerOffice takes at most 30 MB.`;
        throw new PowerOfficeError({
          kind: 'validation',
          operation: 'uploadVoucherDocumentation',
          fieldErrors: [{ path: 'file', message }],
          message,
        });
      }
      const form = new FormData();
      form.append('file', new Blob([upload.pdf], { type: 'application/pdf' }), upload.fileName);
      const result = await call({
        operation: 'uploadVoucherDocumentation',
        method: 'PUT',
        path: '/VoucherDocumentation',
        query: { id: upload.voucherId },
        form,
        retry: 'read',
        privilege: 'VoucherDocumentation_Full',
      });
      return { status: result.status };
    },

    /** The voucher with the kinds of documentation it has; undefined when PowerOffice has no such voucher. */
    async getVoucherDocumentation(voucherId: string): Promise<VoucherDocumentation | undefined> {
      const result = await call({
        operation: 'getVoucherDocumentation',
        method: 'GET',
        path: '/VoucherDocumentation',
        query: { id: voucherId },
        retry: 'read',
        privilege: 'VoucherDocumentation',
        schema: z.array(voucherDocumentationSchema),
      });
      return result.data?.[0];
    },

    /** The voucher's file (the PDF by default); undefined when it has none. */
    async downloadVoucherDocumentation(
      voucherId: string,
      type: VoucherDocumentationType = 'Pdf',
    ): Promise<Uint8Array | undefined> {
      const result = await call<Uint8Array>({
        operation: 'downloadVoucherDocumentation',
        method: 'GET',
        path: '/VoucherDocumentation/Download',
        query: { id: voucherId, documentationType: type },
        retry: 'read',
        privilege: 'VoucherDocumentation',
        responseType: 'bytes',
      });
      return result.status === 204 || !(result.data instanceof Uint8Array) ? undefined : result.data;
    },
  };
}
