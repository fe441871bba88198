import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  type Caller,
  DEMO,
  authHeaders,
  buildTestSimulator,
  connect,
  dayVoucher,
  tokenFor,
} from '../test/helpers.js';

let app: FastifyInstance;
let c: Caller;
beforeEach(async () => {
  app = await buildTestSimulator();
  c = await connect(app);
});
afterEach(() => app.close());

const pdf = (text: string) => Buffer.from(`%PDF-1.4\n% ${text}\n%%EOF\n`, 'latin1');

function multipart(file: Buffer, options: { field?: string; contentType?: string; fileName?: string } = {}) {
  const boundary = '----qo-test-boundary';
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="${options.field ?? 'file'}"; filename="${options.fileName ?? 'dag.pdf'}"\r\n` +
      `Content-Type: ${options.contentType ?? 'application/pdf'}\r\n\r\n`,
  );
  return {
    payload: Buffer.concat([head, file, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    contentType: `multipart/form-data; boundary=${boundary}`,
  };
}

async function upload(
  token: string,
  id: string,
  file: Buffer,
  options: Parameters<typeof multipart>[1] = {},
) {
  const body = multipart(file, options);
  return app.inject({
    method: 'PUT',
    url: `/v2/VoucherDocumentation?id=${id}`,
    headers: { ...authHeaders(token), 'content-type': body.contentType },
    payload: body.payload,
  });
}

async function postVoucher(): Promise<{ Id: string; VoucherNo: number }> {
  const response = await c.post('/v2/Vouchers/ManualJournals', dayVoucher(c));
  expect(response.statusCode).toBe(201);
  return response.json();
}

const posted = async () => (await app.inject({ method: 'GET', url: '/_sim/posted' })).json();

// 30 MB bodies and real sockets: generous on a busy machine.
describe('PUT /v2/VoucherDocumentation', { timeout: 60_000 }, () => {
  it('attaches a PDF to a voucher, lists it and downloads the same bytes', async () => {
    const voucher = await postVoucher();
    const before = await c.get(`/v2/VoucherDocumentation?id=${voucher.Id}`);
    expect(before.json()).toEqual([
      expect.objectContaining({ VoucherId: voucher.Id, VoucherNo: voucher.VoucherNo, HasPdf: false }),
    ]);

    const file = pdf('dagsoppgjør 13.03');
    expect((await upload(c.token, voucher.Id, file)).statusCode).toBe(204);

    const listed = await c.get(`/v2/VoucherDocumentation?voucherNo=${voucher.VoucherNo}`);
    expect(listed.json()).toEqual([
      expect.objectContaining({
        VoucherId: voucher.Id,
        HasPdf: true,
        IsImported: true,
        VoucherType: 'ManualJournal',
      }),
    ]);
    const download = await c.get(`/v2/VoucherDocumentation/Download?id=${voucher.Id}&documentationType=Pdf`);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toMatch(/application\/pdf/);
    expect(download.rawPayload.equals(file)).toBe(true);
  });

  it('replaces an earlier upload by the same integration instead of adding a second file', async () => {
    const voucher = await postVoucher();
    await upload(c.token, voucher.Id, pdf('first'));
    expect((await upload(c.token, voucher.Id, pdf('second'))).statusCode).toBe(204);
    const { Documents } = await posted();
    expect(Documents).toHaveLength(1);
    expect(Documents[0]).toMatchObject({ VoucherId: voucher.Id, Uploads: 2 });
    const download = await c.get(`/v2/VoucherDocumentation/Download?id=${voucher.Id}`);
    expect(download.rawPayload.toString('latin1')).toContain('second');
  });

  it("refuses to replace another integration's file", async () => {
    const voucher = await postVoucher();
    await upload(c.token, voucher.Id, pdf('ours'));
    const other = await tokenFor(app, DEMO.id, 1);
    const response = await upload(other, voucher.Id, pdf('theirs'));
    expect(response.statusCode).toBe(400);
    expect(response.json().Detail).toMatch(/another integration/);
  });

  it('takes PDF only, in a part named file, for a voucher that exists', async () => {
    const voucher = await postVoucher();
    const notPdf = await upload(c.token, voucher.Id, Buffer.from('hello'), { contentType: 'text/plain' });
    expect(notPdf.statusCode).toBe(400);
    expect(notPdf.json().Detail).toMatch(/Only PDF/);
    const disguised = await upload(c.token, voucher.Id, Buffer.from('GIF89a…'));
    expect(disguised.statusCode).toBe(400);
    const wrongField = await upload(c.token, voucher.Id, pdf('x'), { field: 'document' });
    expect(wrongField.json().Detail).toMatch(/no part named "file"/);
    const unknown = await upload(c.token, '00000000-0000-4000-8000-000000000000', pdf('x'));
    expect(unknown.statusCode).toBe(404);
    const badId = await upload(c.token, 'not-a-uuid', pdf('x'));
    expect(badId.statusCode).toBe(400);
  });

  it('refuses a file over 30 MB', async () => {
    const voucher = await postVoucher();
    const big = Buffer.concat([pdf('big'), Buffer.alloc(30 * 1024 * 1024)]);
    const response = await upload(c.token, voucher.Id, big);
    expect(response.statusCode).toBe(400);
    expect(response.json().Detail).toMatch(/at most 30 MB/);
  });

  it('the drop fault stores the file and then drops the answer; a repeat replaces it', async () => {
    const voucher = await postVoucher();
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    if (address === null || typeof address === 'string') throw new Error('no port');
    await app.inject({ method: 'POST', url: '/_sim/faults', payload: { dropDocumentationResponse: 1 } });
    const send = () => {
      const body = multipart(pdf('dropped'));
      return fetch(`http://127.0.0.1:${address.port}/v2/VoucherDocumentation?id=${voucher.Id}`, {
        method: 'PUT',
        headers: { ...authHeaders(c.token), 'content-type': body.contentType },
        body: body.payload,
      });
    };
    await expect(send()).rejects.toThrow();
    expect((await posted()).Documents).toEqual([
      expect.objectContaining({ VoucherId: voucher.Id, Uploads: 1 }),
    ]);
    expect((await send()).status).toBe(204);
    expect((await posted()).Documents).toEqual([
      expect.objectContaining({ VoucherId: voucher.Id, Uploads: 2 }),
    ]);
  });

  it('the failure fault answers 503 and stores nothing', async () => {
    const voucher = await postVoucher();
    await app.inject({ method: 'POST', url: '/_sim/faults', payload: { documentationFailures: 1 } });
    expect((await upload(c.token, voucher.Id, pdf('x'))).statusCode).toBe(503);
    expect((await posted()).Documents).toEqual([]);
    expect((await upload(c.token, voucher.Id, pdf('x'))).statusCode).toBe(204);
  });
});
