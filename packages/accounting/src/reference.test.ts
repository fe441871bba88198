import { describe, expect, it } from 'vitest';
import { fingerprintOrders } from './fingerprint';
import {
  EXTERNAL_REFERENCE_MAX_LENGTH,
  correctionReference,
  externalImportReference,
  parseVoucherReference,
} from './reference';
import { sentrumOrders } from './testing/worked-day';

const dept = '6f1c2b8e-3d4a-4e5f-9a0b-1c2d3e4f5a6b';

describe('ExternalImportReference', () => {
  it('is the same for the same (department, day, version), and short enough for PowerOffice', () => {
    const ref = externalImportReference({ departmentId: dept, businessDay: '2026-03-13', version: 1 });
    expect(ref).toBe(externalImportReference({ departmentId: dept, businessDay: '2026-03-13', version: 1 }));
    expect(ref).toMatch(/^QO-[0-9a-f]{10}-20260313-v1$/);
    expect(ref.length).toBeLessThanOrEqual(EXTERNAL_REFERENCE_MAX_LENGTH);
  });

  it('differs by department, day and version, so a reversed day can be posted again', () => {
    const refs = new Set([
      externalImportReference({ departmentId: dept, businessDay: '2026-03-13', version: 1 }),
      externalImportReference({ departmentId: dept, businessDay: '2026-03-13', version: 2 }),
      externalImportReference({ departmentId: dept, businessDay: '2026-03-14', version: 1 }),
      externalImportReference({ departmentId: 'other', businessDay: '2026-03-13', version: 1 }),
    ]);
    expect(refs.size).toBe(4);
  });

  it('names correction vouchers apart from the day voucher and reads references back', () => {
    const ref = correctionReference({
      departmentId: dept,
      businessDay: '2026-03-13',
      version: 2,
      correction: 3,
    });
    expect(ref).toMatch(/-20260313-v2-c3$/);
    expect(ref.length).toBeLessThanOrEqual(EXTERNAL_REFERENCE_MAX_LENGTH);
    expect(parseVoucherReference(ref)).toMatchObject({
      businessDay: '2026-03-13',
      version: 2,
      correction: 3,
    });
    expect(parseVoucherReference('pos-zrep-1')).toBeNull();
  });

  it('refuses versions below 1 and bad dates', () => {
    expect(() =>
      externalImportReference({ departmentId: dept, businessDay: '2026-03-13', version: 0 }),
    ).toThrow(RangeError);
    expect(() =>
      externalImportReference({ departmentId: dept, businessDay: '13.03.2026', version: 1 }),
    ).toThrow(RangeError);
  });
});

describe('order fingerprint', () => {
  it('ignores arrival order and how an instant is written', () => {
    const rewritten = sentrumOrders.map((o) => ({ ...o, closedAt: new Date(o.closedAt).toISOString() }));
    expect(fingerprintOrders([...rewritten].reverse())).toBe(fingerprintOrders(sentrumOrders));
  });

  it('changes when an amount changes', () => {
    const [first, ...rest] = sentrumOrders;
    if (!first) throw new Error('fixture');
    const changed = { ...first, payments: [{ paymentTypeId: 'kort', amount: 60000, tip: 2500 }] };
    expect(fingerprintOrders([changed, ...rest])).not.toBe(fingerprintOrders(sentrumOrders));
  });
});
