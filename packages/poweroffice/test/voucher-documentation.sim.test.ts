import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { isPowerOfficeError } from '../src/index.js';
import { startSimulator, type Simulator } from './sim-harness.js';
import { saleVoucher } from './voucher-fixture.js';

const pdf = (text: string) => new Uint8Array(Buffer.from(`%PDF-1.4\n% ${text}\n%%EOF\n`, 'latin1'));
const documents = async (sim: Simulator) =>
  ((await sim.posted()) as unknown as { Documents: Array<{ VoucherId: string; Uploads: number }> }).Documents;

describe('voucher documentation, against the simulator', { timeout: 60_000 }, () => {
  let sim: Simulator;
  beforeAll(async () => {
    sim = await startSimulator();
  });
  afterEach(async () => {
    await sim.clearFaults();
  });
  afterAll(async () => {
    await sim?.close();
  });

  it('uploads a PDF to a posted voucher, which then has a PDF that downloads byte for byte', async () => {
    const c = sim.client().forClient(sim.keysFor(0));
    const voucher = (await c.postManualVoucher(await saleVoucher(c, 'doc-plain-1'))).value;
    expect((await c.getVoucherDocumentation(voucher.Id))?.HasPdf).toBe(false);
    expect(await c.downloadVoucherDocumentation(voucher.Id)).toBeUndefined();

    const file = pdf('dagsoppgjør');
    expect(
      (await c.uploadVoucherDocumentation({ voucherId: voucher.Id, pdf: file, fileName: 'dagsoppgjør.pdf' }))
        .status,
    ).toBe(204);
    expect(await c.getVoucherDocumentation(voucher.Id)).toMatchObject({
      VoucherId: voucher.Id,
      HasPdf: true,
    });
    expect(Buffer.from((await c.downloadVoucherDocumentation(voucher.Id))!).equals(Buffer.from(file))).toBe(
      true,
    );
  });

  it('repeats an upload whose answer was lost; the file is replaced, not doubled', async () => {
    const c = sim.client().forClient(sim.keysFor(0));
    const voucher = (await c.postManualVoucher(await saleVoucher(c, 'doc-dropped-1'))).value;
    await sim.faults({ dropDocumentationResponse: 1 });
    await c.uploadVoucherDocumentation({ voucherId: voucher.Id, pdf: pdf('x'), fileName: 'x.pdf' });
    const mine = (await documents(sim)).filter((d) => d.VoucherId === voucher.Id);
    expect(mine).toEqual([expect.objectContaining({ Uploads: 2 })]);
    expect(
      sim.wire.requests
        .filter((r) => r.method === 'PUT' && r.path.endsWith('/VoucherDocumentation'))
        .map((r) => r.status)
        .slice(-2),
    ).toEqual(['no-answer', 204]);
  });

  it('refuses anything but a PDF before sending it', async () => {
    const c = sim.client().forClient(sim.keysFor(0));
    const before = sim.wire.requests.length;
    const error = await c
      .uploadVoucherDocumentation({
        voucherId: '00000000-0000-4000-8000-000000000000',
        pdf: new Uint8Array([1, 2, 3]),
        fileName: 'x.pdf',
      })
      .catch((e: unknown) => e);
    expect(isPowerOfficeError(error, 'validation')).toBe(true);
    expect(sim.wire.requests.length).toBe(before);
  });

  it('says not_found for a voucher PowerOffice does not have', async () => {
    const c = sim.client().forClient(sim.keysFor(0));
    const error = await c
      .uploadVoucherDocumentation({
        voucherId: '00000000-0000-4000-8000-000000000000',
        pdf: pdf('x'),
        fileName: 'x.pdf',
      })
      .catch((e: unknown) => e);
    expect(isPowerOfficeError(error, 'not_found')).toBe(true);
  });
});
