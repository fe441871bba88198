import { describe, expect, it } from 'vitest';
import { createPowerOfficeClient, isPowerOfficeError, type PowerOfficeClientForKeys } from '../src/index.js';

/**
 * The same client against PowerOffice's demo environment. Runs only when the demo keys are in the
 * environment; otherwise it says so and skips. Reads only, unless POWEROFFICE_DEMO_ALLOW_POSTING=1,
 * which posts small balanced vouchers (a cash journal as the day vouchers go, a manual journal as the
 * fallback, and one with a PDF attached) and reverses each, waiting for a reversal PowerOffice answers 202.
 */
const required = [
  'POWEROFFICE_DEMO_SUBSCRIPTION_KEY',
  'POWEROFFICE_DEMO_APPLICATION_KEY',
  'POWEROFFICE_DEMO_CLIENT_KEY',
] as const;
const missing = required.filter((name) => !process.env[name]);
const skipReason = `skipped: ${missing.join(', ')} not set`;
if (missing.length > 0) console.info(`PowerOffice demo live contract suite ${skipReason}.`);

const env = (name: string, fallback: string) => process.env[name] ?? fallback;

function demoClient(): PowerOfficeClientForKeys {
  return createPowerOfficeClient({
    tokenUrl: env('POWEROFFICE_DEMO_TOKEN_URL', 'https://goapi.poweroffice.net/Demo/OAuth/Token'),
    apiUrl: env('POWEROFFICE_DEMO_API_URL', 'https://goapi.poweroffice.net/Demo/v2'),
    subscriptionKey: process.env.POWEROFFICE_DEMO_SUBSCRIPTION_KEY!,
    rateLimitPerSecond: 5,
  }).forClient({
    applicationKey: process.env.POWEROFFICE_DEMO_APPLICATION_KEY!,
    clientKey: process.env.POWEROFFICE_DEMO_CLIENT_KEY!,
  });
}

/** A read the integration may not be privileged for must still fail as a typed, explained error. */
async function readOrExplained<T>(read: () => Promise<T[]>): Promise<void> {
  try {
    const items = await read();
    expect(Array.isArray(items)).toBe(true);
  } catch (error) {
    expect(isPowerOfficeError(error) && ['missing_privilege', 'missing_module'].includes(error.kind)).toBe(
      true,
    );
  }
}

const page = { pageNumber: 1, pageSize: 50 };

describe.skipIf(missing.length > 0)(
  `PowerOffice demo live contract${missing.length > 0 ? ` (${skipReason})` : ''}`,
  () => {
    const c = missing.length > 0 ? undefined! : demoClient();

    it('gets a token and ClientIntegrationInformation in the documented shape', async () => {
      const info = await c.getClientIntegrationInformation();
      expect(typeof info.ClientName).toBe('string');
      expect(Array.isArray(info.ValidPrivileges)).toBe(true);
    });

    it('reads reference data through the same schemas the simulator is held to', async () => {
      await readOrExplained(() => c.listVatCodes({ page }));
      await readOrExplained(() => c.listGeneralLedgerAccounts({ page }));
      await readOrExplained(() => c.listDepartments({ page }));
      await readOrExplained(() => c.listCustomers({ page }));
      await readOrExplained(() => c.listProducts({ page }));
      await readOrExplained(async () => [await c.getLockDateSettings()]);
    });

    it('reads account transactions for the last month', async () => {
      const to = new Date();
      const from = new Date(to.getTime() - 30 * 24 * 3600 * 1000);
      const day = (d: Date) => d.toISOString().slice(0, 10);
      await readOrExplained(() => c.listAccountTransactions({ fromDate: day(from), toDate: day(to), page }));
    });

    const posting = process.env.POWEROFFICE_DEMO_ALLOW_POSTING === '1';
    if (missing.length === 0 && !posting)
      console.info('PowerOffice demo live posting tests skipped: POWEROFFICE_DEMO_ALLOW_POSTING is not 1.');

    /** One krone from 1900 to 1920, both lines with VAT code 0, as every day-voucher line without VAT. */
    async function smallVoucher(reference: string) {
      const accounts = await c.resolveAccounts([1920, 1900]);
      const none = (await c.listVatCodes()).find((v) => v.Code === '0')!;
      const today = new Date().toISOString().slice(0, 10);
      return {
        VoucherDate: today,
        CurrencyCode: 'NOK',
        Description: 'Quickorder live contract test',
        ExternalImportReference: reference,
        VoucherLines: [
          { AccountId: accounts.get(1920)!.Id, PostingDate: today, VatId: none.Id, CurrencyAmount: 1 },
          { AccountId: accounts.get(1900)!.Id, PostingDate: today, VatId: none.Id, CurrencyAmount: -1 },
        ],
      };
    }

    it.skipIf(!posting)(
      'posts a cash journal with its SAF-T members once, recognises the repeat, and reverses it',
      async () => {
        const info = await c.getClientIntegrationInformation();
        if (!(info.ValidPrivileges ?? []).includes('CashVoucher_Full')) {
          console.info(
            'PowerOffice demo live cash-journal test skipped: the demo client does not grant CashVoucher_Full.',
          );
          return;
        }
        const base = await smallVoucher(`qo-live-cash-${Date.now()}`);
        const voucher = {
          ...base,
          ImportedVoucherNo: 1,
          SaftSourceId: 'Quickorder test',
          SaftBatchId: `Quickorder test ${base.VoucherDate}`,
          VoucherLines: base.VoucherLines,
        };
        const first = await c.postCashVoucher(voucher);
        expect(first.value.VoucherNo).toBeGreaterThan(0);
        const again = await c.postCashVoucher(voucher);
        expect(again.value.Id).toBe(first.value.Id);
        expect(again.alreadyExisted).toBe(true);
        expect((await c.getCashVoucher(first.value.Id)).ImportedVoucherNo).toBe(1);
        await c.reverseVoucher(first.value.Id, 'cash');
        expect((await c.getCashVoucher(first.value.Id)).IsReversed).toBe(true);
      },
    );

    it.skipIf(!posting)('posts a manual journal once, recognises the repeat, and reverses it', async () => {
      const voucher = await smallVoucher(`qo-live-${Date.now()}`);
      const first = await c.postManualVoucher(voucher);
      const again = await c.postManualVoucher(voucher);
      expect(again.value.Id).toBe(first.value.Id);
      expect(again.alreadyExisted).toBe(true);
      await c.reverseVoucher(first.value.Id);
      expect((await c.getManualVoucher(first.value.Id)).IsReversed).toBe(true);
    });

    it.skipIf(process.env.POWEROFFICE_DEMO_ALLOW_POSTING !== '1')(
      'attaches a PDF to a posted voucher, replaces it on a repeat, downloads it',
      async () => {
        const accounts = await c.resolveAccounts([1920, 1900]);
        const none = (await c.listVatCodes()).find((v) => v.Code === '0')!;
        const today = new Date().toISOString().slice(0, 10);
        const lines = [
          { AccountId: accounts.get(1920)!.Id, PostingDate: today, VatId: none.Id, CurrencyAmount: 1 },
          { AccountId: accounts.get(1900)!.Id, PostingDate: today, VatId: none.Id, CurrencyAmount: -1 },
        ];
        const posted = await c.postManualVoucher({
          VoucherDate: today,
          CurrencyCode: 'NOK',
          Description: 'Quickorder live contract test (documentation)',
          ExternalImportReference: `qo-live-doc-${Date.now()}`,
          VoucherLines: lines,
        });
        const pdf = new Uint8Array(
          Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n', 'latin1'),
        );
        await c.uploadVoucherDocumentation({ voucherId: posted.value.Id, pdf, fileName: 'dagsoppgjor.pdf' });
        await c.uploadVoucherDocumentation({ voucherId: posted.value.Id, pdf, fileName: 'dagsoppgjor.pdf' });
        expect((await c.getVoucherDocumentation(posted.value.Id))?.HasPdf).toBe(true);
        expect((await c.downloadVoucherDocumentation(posted.value.Id))?.byteLength).toBeGreaterThan(0);
        await c.reverseVoucher(posted.value.Id);
      },
    );
  },
);
