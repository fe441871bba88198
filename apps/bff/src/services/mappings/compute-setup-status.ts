import {
  POS_VAT_RATE_VALUES,
  type MappingProblem,
  type SetupProblem,
  type SetupStep,
  type SetupStepName,
} from '@qo/contracts';
import {
  getAccountingSettings,
  listProductLinks,
  listDepartments,
  listPaymentTypes,
  listProductTypes,
  listVatCodes,
  type Database,
  type Kysely,
} from '@qo/db';
import type { ChartData } from './chart';
import { findChartSource, listConnectedDepartments, readCachedChart } from './chart-source';
import {
  paymentTypeProblems,
  productTypeProblems,
  roundingAccountProblems,
  vatCodeProblems,
} from './mapping-rules';

/** Steps the automatic export does not need (they concern invoicing only). */
const NOT_FOR_EXPORT: ReadonlySet<SetupStepName> = new Set(['product_links']);

export interface SetupStatus {
  steps: SetupStep[];
  /** Every step automatic export needs is done (product links concern invoicing only). */
  complete: boolean;
}

export interface ComputeSetupStatusOptions {
  /** The chart to check accounts against; by default the last cached one of the chart source. */
  chart?: ChartData | null;
}

const toSetup = (problems: readonly MappingProblem[], prefix = ''): SetupProblem[] =>
  problems.map((p) => ({ code: p.code, severity: p.severity, message: prefix + p.message }));

const step = (name: SetupStepName, problems: SetupProblem[], ready = true): SetupStep => ({
  step: name,
  done: ready && problems.every((p) => p.severity !== 'error'),
  problems,
});

/**
 * The guide's setup checklist, in its order, from the database alone (no PowerOffice call), so the
 * automatic-export guard can call it. With `departmentId` the department steps concern that
 * department; without, every department (connection: at least one connected). Business hours other
 * than 05:00 are a warning, not a blocker: the guide recommends 05:00 but some restaurants choose otherwise.
 */
export async function computeSetupStatus(
  db: Kysely<Database>,
  companyId: string,
  departmentId?: string,
  options: ComputeSetupStatusOptions = {},
): Promise<SetupStatus> {
  const [allDepartments, connected, productTypes, vatRows, paymentTypes, settings, productLinks] =
    await Promise.all([
      listDepartments(db, companyId),
      listConnectedDepartments(db, companyId),
      listProductTypes(db, companyId),
      listVatCodes(db, companyId),
      listPaymentTypes(db, companyId),
      getAccountingSettings(db, companyId),
      listProductLinks(db, companyId),
    ]);
  const departments =
    departmentId === undefined ? allDepartments : allDepartments.filter((d) => d.id === departmentId);
  const considered = connected.filter((c) => departmentId === undefined || c.department.id === departmentId);
  let chart = options.chart;
  if (chart === undefined) {
    const source = await findChartSource(db, companyId, departmentId);
    chart = source ? await readCachedChart(db, source) : null;
  }
  const steps: SetupStep[] = [];

  // 1. Koble til: each POS department needs its own client key.
  const connectionProblems: SetupProblem[] = [];
  if (considered.length === 0) {
    const what =
      departmentId !== undefined && departments[0]
        ? `Avdeling ${departments[0].name} er`
        : 'Ingen avdeling er';
    connectionProblems.push({
      code: 'not_connected',
      severity: 'error',
      message: `${what} koblet til PowerOffice GO`,
    });
  }
  for (const c of considered) {
    if (c.integration.status === 'error') {
      connectionProblems.push({
        code: 'connection_error',
        severity: 'error',
        message: `PowerOffice GO avviste nøkkelen til ${c.department.name}${c.integration.last_error ? `: ${c.integration.last_error}` : ''}`,
      });
    }
  }
  steps.push(step('department_connected', connectionProblems));

  // 2. Velg avdeling, if the PowerOffice client uses departments.
  const usesDepartments = (chart?.activePowerOfficeDepartments ?? 0) > 0;
  const departmentProblems: SetupProblem[] = usesDepartments
    ? considered
        .filter((c) => c.integration.poweroffice_department_id === null)
        .map((c) => ({
          code: 'poweroffice_department_missing',
          severity: 'error' as const,
          message: `Velg PowerOffice-avdeling for ${c.department.name}`,
        }))
    : [];
  steps.push(step('poweroffice_department', departmentProblems, considered.length > 0));

  // 3. Drifttid 05:00–05:00 (a warning otherwise).
  steps.push(
    step(
      'business_hours',
      departments
        .filter((d) => d.business_day_start !== '05:00')
        .map((d) => ({
          code: 'business_hours_not_default',
          severity: 'warning' as const,
          message: `Drifttiden for ${d.name} starter ${d.business_day_start}; veiledningen anbefaler 05:00–05:00`,
        })),
    ),
  );

  // 4. Produkttyper.
  const productProblems = productTypes.flatMap((pt) =>
    toSetup(
      productTypeProblems(
        { kind: pt.kind, normalAccountNo: pt.normal_account_no, reducedAccountNo: pt.reduced_account_no },
        chart,
      ),
      `${pt.name}: `,
    ),
  );
  if (productTypes.length === 0) {
    productProblems.push({
      code: 'no_product_types',
      severity: 'error',
      message: 'Ingen produkttyper ennå',
    });
  }
  steps.push(step('product_types', productProblems));

  // 5. Momskoder, and the øreavrunding account on the same (Regnskap) page.
  const codeByRate = new Map(vatRows.map((r) => [r.rate, r.poweroffice_vat_code]));
  steps.push(
    step(
      'vat_codes',
      POS_VAT_RATE_VALUES.flatMap((rate) =>
        toSetup(vatCodeProblems(rate, codeByRate.get(rate) ?? null, chart), `${rate} %: `),
      ),
    ),
  );
  steps.push(step('rounding_account', toSetup(roundingAccountProblems(settings.roundingAccountNo, chart))));

  // 6. Betalingstyper; the Kreditt/invoicing clash is its own step below.
  const invoicingOn = considered.some((c) => c.integration.auto_invoice === 1);
  const paymentProblems = paymentTypes.map((pt) => ({
    pt,
    problems: paymentTypeProblems(
      { kind: pt.kind, accountNo: pt.account_no, transferToAccounting: pt.transfer_to_accounting === 1 },
      chart,
      invoicingOn,
    ),
  }));
  steps.push(
    step(
      'payment_types',
      paymentProblems.flatMap(({ pt, problems }) =>
        toSetup(
          problems.filter((p) => p.code !== 'credit_transferred_with_invoicing'),
          `${pt.name}: `,
        ),
      ),
    ),
  );

  // 7. Gavekort: the payment type must be transferred, or gift-card sales never reach the ledger.
  const giftProblems: SetupProblem[] = paymentTypes
    .filter((pt) => pt.kind === 'gift_card' && pt.transfer_to_accounting === 0)
    .map((pt) => ({
      code: 'gift_card_not_transferred',
      severity: 'error' as const,
      message: `Slå på «overføres til regnskap» for ${pt.name}`,
    }));
  for (const pt of productTypes.filter((p) => p.kind === 'gift_card' && p.normal_account_no === null)) {
    giftProblems.push({
      code: 'missing_account',
      severity: 'error',
      message: `${pt.name}: velg gjeldskonto for gavekort (f.eks. 2901)`,
    });
  }
  steps.push(step('gift_cards', giftProblems));

  // 8. Kreditt vs automatisk fakturering: never both (double booking).
  steps.push(
    step(
      'credit_vs_invoicing',
      paymentProblems.flatMap(({ pt, problems }) =>
        toSetup(
          problems.filter((p) => p.code === 'credit_transferred_with_invoicing'),
          `${pt.name}: `,
        ),
      ),
    ),
  );

  // 9. Produkter i PowerOffice: with automatic invoicing on, every sales product type needs its
  // product, or its credit orders are not sent as sales orders.
  const linked = new Set(productLinks.map((l) => l.product_type_id));
  const unlinked = productTypes.filter((pt) => pt.kind === 'sales' && !linked.has(pt.id));
  steps.push(
    step(
      'product_links',
      invoicingOn
        ? unlinked.map((pt) => ({
            code: 'product_not_linked',
            severity: 'error' as const,
            message: `${pt.name}: koble produkttypen til et produkt i PowerOffice GO, ellers sendes ikke kredittordrer med den`,
          }))
        : [],
    ),
  );

  return { steps, complete: steps.filter((s) => !NOT_FOR_EXPORT.has(s.step)).every((s) => s.done) };
}
