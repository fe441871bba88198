import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { SimContext } from '../context.js';
import { authOf } from '../http/auth.js';
import { problem, sendProblem } from '../http/problem.js';
import type { VoucherDocument } from '../state/store.js';
import type { ClientLedger, Voucher } from '../state/types.js';

/** PowerOffice takes voucher documentation up to 30 MB. */
export const MAX_DOCUMENTATION_BYTES = 30 * 1024 * 1024;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DOCUMENTATION_TYPES = ['Ehf', 'Pdf', 'Images', 'All'];

interface FilePart {
  name: string;
  fileName: string | null;
  contentType: string | null;
  bytes: Buffer;
}

/**
 * Voucher documentation as PowerOffice publishes it: `PUT /VoucherDocumentation?id=…` attaches a
 * PDF (multipart field `file`, at most 30 MB) to a voucher the API imported, a later upload by the
 * same integration replaces the earlier one and another integration's file cannot be replaced;
 * `GET /VoucherDocumentation` lists vouchers with the file types they have, and
 * `GET /VoucherDocumentation/Download` returns the file.
 */
export function voucherDocumentationRoutes(app: FastifyInstance, ctx: SimContext): void {
  // The body is read whole (the simulator keeps files in memory) and split by its boundary.
  app.addContentTypeParser(
    'multipart/form-data',
    { parseAs: 'buffer', bodyLimit: MAX_DOCUMENTATION_BYTES + 1024 * 1024 },
    (_req, body, done) => {
      done(null, body);
    },
  );

  app.put<{ Querystring: { id?: string } }>(
    '/VoucherDocumentation',
    { config: { privilege: 'VoucherDocumentation_Full' }, bodyLimit: MAX_DOCUMENTATION_BYTES + 1024 * 1024 },
    async (request, reply) => {
      const { ledger, applicationKey } = authOf(request);
      const at = ctx.now().toISOString();
      const id = request.query.id ?? '';
      const record = (status: number) =>
        ctx.store.received.push({
          kind: 'documentation',
          clientId: ledger.id,
          at,
          id: id || null,
          status,
          body: { VoucherId: id },
        });
      const refuse = (status: number, title: string, detail: string) => {
        record(status);
        return sendProblem(reply, problem(status, title, detail));
      };

      if (!UUID.test(id))
        return refuse(400, 'One or more validation errors occurred.', `The value '${id}' is not a valid id.`);
      const voucher = findVoucher(ledger, id);
      if (!voucher) return refuse(404, 'Object(s) not found', `Voucher with id = ${id} was not found.`);
      const file = fileOf(request);
      if (typeof file === 'string') return refuse(400, 'One or more validation errors occurred.', file);
      if (file.bytes.length > MAX_DOCUMENTATION_BYTES) {
        return refuse(
          400,
          'One or more validation errors occurred.',
          `The file is ${file.bytes.length} bytes; at most 30 MB is accepted.`,
        );
      }
      if (!isPdf(file))
        return refuse(
          400,
          'One or more validation errors occurred.',
          'Only PDF files are accepted as voucher documentation.',
        );
      const key = `${ledger.id}/${voucher.id}`;
      const earlier = ctx.store.documents.get(key);
      if (earlier && earlier.applicationKey !== applicationKey) {
        return refuse(
          400,
          'Object conflict',
          `Voucher ${voucher.voucherNo} has documentation uploaded by another integration; it cannot be replaced.`,
        );
      }

      const faults = ctx.store.faults;
      if (faults.documentationFailures > 0) {
        faults.documentationFailures -= 1;
        return refuse(
          503,
          'Service Unavailable',
          'The service is temporarily unavailable (simulated fault).',
        );
      }
      const document: VoucherDocument = {
        clientId: ledger.id,
        voucherId: voucher.id,
        fileName: file.fileName ?? 'documentation.pdf',
        contentType: 'application/pdf',
        bytes: file.bytes,
        applicationKey,
        uploadedAt: at,
        uploads: (earlier?.uploads ?? 0) + 1,
      };
      ctx.store.documents.set(key, document);
      record(204);
      if (faults.dropDocumentationResponse > 0) {
        faults.dropDocumentationResponse -= 1;
        return dropConnection(request, reply);
      }
      return reply.code(204).send();
    },
  );

  app.get<{ Querystring: { id?: string; voucherNo?: string } }>(
    '/VoucherDocumentation',
    { config: { privilege: 'VoucherDocumentation' } },
    async (request, reply) => {
      const { ledger } = authOf(request);
      const { id, voucherNo } = request.query;
      if (id !== undefined && !UUID.test(id))
        return sendProblem(
          reply,
          problem(400, 'One or more validation errors occurred.', `The value '${id}' is not a valid id.`),
        );
      if (voucherNo !== undefined && !/^\d+$/.test(voucherNo)) {
        return sendProblem(
          reply,
          problem(
            400,
            'One or more validation errors occurred.',
            `The value '${voucherNo}' is not a valid voucherNo.`,
          ),
        );
      }
      const vouchers = ledger.vouchers.filter(
        (v) =>
          (id === undefined || v.id === id.toLowerCase()) &&
          (voucherNo === undefined || v.voucherNo === Number(voucherNo)),
      );
      if (vouchers.length === 0) return reply.code(204).send();
      return vouchers.map((v) => ({
        HasEhf: false,
        HasImages: false,
        HasPdf: ctx.store.documents.has(`${ledger.id}/${v.id}`),
        HasSalesOrderAttachments: false,
        IsImported: true,
        VoucherId: v.id,
        VoucherNo: v.voucherNo,
        VoucherType: v.voucherType,
      }));
    },
  );

  app.get<{ Querystring: { id?: string; documentationType?: string } }>(
    '/VoucherDocumentation/Download',
    { config: { privilege: 'VoucherDocumentation' } },
    async (request, reply) => {
      const { ledger } = authOf(request);
      const { id = '', documentationType } = request.query;
      if (!UUID.test(id))
        return sendProblem(
          reply,
          problem(400, 'One or more validation errors occurred.', `The value '${id}' is not a valid id.`),
        );
      if (documentationType !== undefined && !DOCUMENTATION_TYPES.includes(documentationType)) {
        return sendProblem(
          reply,
          problem(
            400,
            'One or more validation errors occurred.',
            `The value '${documentationType}' is not a valid documentationType.`,
          ),
        );
      }
      const voucher = findVoucher(ledger, id);
      if (!voucher)
        return sendProblem(
          reply,
          problem(404, 'Object(s) not found', `Voucher with id = ${id} was not found.`),
        );
      const document = ctx.store.documents.get(`${ledger.id}/${voucher.id}`);
      if (!document || documentationType === 'Ehf' || documentationType === 'Images')
        return reply.code(204).send();
      return reply
        .code(200)
        .type(document.contentType)
        .header(
          'Content-Disposition',
          `attachment; filename="${document.fileName.replace(/["\\\r\n]/g, '_')}"`,
        )
        .send(document.bytes);
    },
  );
}

function findVoucher(ledger: ClientLedger, id: string): Voucher | undefined {
  return ledger.vouchers.find((v) => v.id === id.toLowerCase());
}

function isPdf(file: FilePart): boolean {
  const declared =
    file.contentType === null ||
    /^application\/pdf\b/i.test(file.contentType) ||
    /^application\/octet-stream\b/i.test(file.contentType);
  return declared && file.bytes.subarray(0, 5).toString('latin1') === '%PDF-';
}

/** The multipart body's `file` part, or what is wrong with the body. */
function fileOf(request: FastifyRequest): FilePart | string {
  const type = request.headers['content-type'] ?? '';
  const boundary = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(type);
  if (!/^multipart\/form-data/i.test(type) || !boundary)
    return 'The request must be multipart/form-data with a file part named "file".';
  if (!Buffer.isBuffer(request.body)) return 'The request has no body.';
  const parts = splitMultipart(request.body, boundary[1] ?? boundary[2]!);
  const file = parts.find((p) => p.name === 'file');
  if (!file) return 'The multipart body has no part named "file".';
  if (file.bytes.length === 0) return 'The file is empty.';
  return file;
}

function splitMultipart(body: Buffer, boundary: string): FilePart[] {
  const delimiter = Buffer.from(`--${boundary}`);
  const parts: FilePart[] = [];
  let start = body.indexOf(delimiter);
  while (start !== -1) {
    const headerStart = start + delimiter.length;
    if (body.subarray(headerStart, headerStart + 2).toString() === '--') break;
    const next = body.indexOf(delimiter, headerStart);
    if (next === -1) break;
    const headerEnd = body.indexOf('\r\n\r\n', headerStart);
    if (headerEnd === -1 || headerEnd > next) break;
    const headers = body.subarray(headerStart, headerEnd).toString('utf8');
    // The part's content ends with the CRLF that precedes the next delimiter.
    const content = body.subarray(headerEnd + 4, next - 2);
    const disposition = /content-disposition:[^\r\n]*/i.exec(headers)?.[0] ?? '';
    const name = /\bname="([^"]*)"/i.exec(disposition)?.[1];
    if (name !== undefined) {
      parts.push({
        name,
        fileName: /\bfilename="([^"]*)"/i.exec(disposition)?.[1] ?? null,
        contentType: /content-type:\s*([^\r\n]+)/i.exec(headers)?.[1]?.trim() ?? null,
        bytes: Buffer.from(content),
      });
    }
    start = next;
  }
  return parts;
}

function dropConnection(request: FastifyRequest, reply: FastifyReply): FastifyReply {
  reply.hijack();
  request.raw.socket?.destroy();
  return reply;
}
