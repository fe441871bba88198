import {
  accountingSettingsBodySchema,
  vatCodeBodySchema,
  type ChartAccount,
  type ChartVatCode,
  type PosVatRate,
  type VatCodeMapping,
} from '@qo/contracts';
import type { ColumnDef } from '@tanstack/react-table';
import { useMemo } from 'react';
import { DataTable } from '@/components/ui/data-table';
import { ROUNDING_ROW } from '@/config/paths';
import { useAccountingSettings, useSaveAccountingSettings } from '../api/accounting-settings';
import {
  accountLabel,
  AccountPicker,
  MappingRowStatus,
  MappingTableSaveBar,
  mappingRowProps,
  useFocusRow,
  useMappingTable,
  validateWith,
} from '@/components/account-picker';
import { getErrorMessage } from '@/lib/problem-message';
import { useSaveVatCode, useVatCodes } from '../api/vat-codes';
import { useVatCodesTranslation } from '../locales';

type VatCodesViewProps = {
  vatCodes: readonly ChartVatCode[];
  accounts: readonly ChartAccount[];
  departmentId: string | undefined;
  canEdit: boolean;
};

/** A row of the page: a VAT rate's code, or the rounding account (row id `rounding`). */
type Draft = { powerOfficeVatCode?: string | null; roundingAccountNo?: number | null };

const validateVat = validateWith(vatCodeBodySchema);
const validateRounding = validateWith(accountingSettingsBodySchema);
const validate = (id: string, draft: Draft) =>
  id === ROUNDING_ROW
    ? validateRounding(id, { roundingAccountNo: draft.roundingAccountNo ?? null })
    : validateVat(id, { powerOfficeVatCode: draft.powerOfficeVatCode ?? null });

/**
 * Momskoder: the PowerOffice VAT code of each POS rate, and under it the rounding account, as one
 * editable page with one "Lagre endringer". SAF-T's suggestion is offered beside each row, never
 * chosen for the user.
 */
export function VatCodesView({ vatCodes, accounts, departmentId, canEdit }: VatCodesViewProps) {
  const { t } = useVatCodesTranslation();
  const list = useVatCodes(departmentId);
  const settings = useAccountingSettings(departmentId);
  const saveVat = useSaveVatCode(departmentId);
  const saveSettings = useSaveAccountingSettings(departmentId);
  const rows = useMemo(
    () => [
      ...(list.data ?? []).map((m) => ({
        id: String(m.rate),
        saved: { powerOfficeVatCode: m.powerOfficeVatCode } as Draft,
      })),
      ...(settings.data
        ? [{ id: ROUNDING_ROW, saved: { roundingAccountNo: settings.data.roundingAccountNo } as Draft }]
        : []),
    ],
    [list.data, settings.data],
  );
  const table = useMappingTable<Draft>({
    rows,
    validate,
    save: (id, draft) =>
      id === ROUNDING_ROW
        ? saveSettings.mutateAsync({ roundingAccountNo: draft.roundingAccountNo ?? null })
        : saveVat.mutateAsync({ rate: Number(id) as PosVatRate, code: draft.powerOfficeVatCode ?? null }),
  });
  const focused = useFocusRow(list.isSuccess && settings.isSuccess);

  if (list.isPending || settings.isPending) return <p className="muted">{t('app.loading')}</p>;
  if (list.isError || settings.isError) {
    return (
      <p className="alert alert--error" role="alert">
        {getErrorMessage(list.error ?? settings.error, t)}
      </p>
    );
  }

  const active = vatCodes.filter((v) => v.isActive);
  const codeText = (code: string | null) => {
    if (code === null) return t('vatCodes.none');
    const found = vatCodes.find((v) => v.code === code);
    return found ? `${found.code} – ${found.name} (${found.rate} %)` : code;
  };
  const suggestionOf = (m: VatCodeMapping) => {
    const found = active.find((v) => v.code === m.suggestedVatCode);
    return found ? `${found.code} – ${found.name}` : m.suggestedVatCode;
  };
  const option = (v: ChartVatCode) => (
    <option key={v.code} value={v.code}>
      {v.code} – {v.name} ({v.rate} %)
    </option>
  );

  const vatColumns: ColumnDef<VatCodeMapping, never>[] = [
    {
      id: 'rate',
      header: t('vatCodes.columns.rate'),
      meta: { rowHeader: true },
      cell: ({ row }) => t('vatCodes.rateTitle', { rate: row.original.rate }),
    },
    {
      id: 'code',
      header: t('vatCodes.columns.code'),
      cell: ({ row: { original: m } }) => {
        const id = String(m.rate);
        if (!canEdit) return codeText(m.powerOfficeVatCode);
        const value = table.draft(id).powerOfficeVatCode ?? null;
        const error = table.fieldError(id, 'powerOfficeVatCode');
        return (
          <>
            <select
              aria-label={t('vatCodes.codeFor', { rate: m.rate })}
              value={value ?? ''}
              onChange={(e) => table.set(id, { powerOfficeVatCode: e.target.value || null })}
              aria-invalid={error ? true : undefined}
            >
              <option value="">{t('vatCodes.choose')}</option>
              <optgroup label={t('vatCodes.sameRate', { rate: m.rate })}>
                {active.filter((v) => v.rate === m.rate).map(option)}
              </optgroup>
              <optgroup label={t('vatCodes.otherRate')}>
                {active.filter((v) => v.rate !== m.rate).map(option)}
              </optgroup>
              {value && !active.some((v) => v.code === value) && <option value={value}>{value}</option>}
            </select>
            {error && <p className="field__error">{error}</p>}
          </>
        );
      },
    },
    {
      id: 'suggestion',
      header: t('vatCodes.columns.suggestion'),
      cell: ({ row: { original: m } }) => {
        const id = String(m.rate);
        const value = canEdit ? (table.draft(id).powerOfficeVatCode ?? null) : m.powerOfficeVatCode;
        if (value === m.suggestedVatCode)
          return <span className="muted">{t('vatCodes.followsSuggestion')}</span>;
        return (
          <div className="suggestion">
            <span>{t('vatCodes.suggestion', { code: suggestionOf(m) })}</span>
            {m.rate === 0 && <span className="field__hint">{t('vatCodes.suggestionZero')}</span>}
            {canEdit && (
              <button
                type="button"
                className="button button--small"
                aria-label={t('vatCodes.useSuggestionFor', { code: m.suggestedVatCode, rate: m.rate })}
                onClick={() => table.set(id, { powerOfficeVatCode: m.suggestedVatCode })}
              >
                {t('vatCodes.useSuggestion')}
              </button>
            )}
          </div>
        );
      },
    },
    {
      id: 'status',
      header: t('vatCodes.columns.problems'),
      cell: ({ row: { original: m } }) => {
        const id = String(m.rate);
        return (
          <MappingRowStatus problems={m.problems} dirty={table.isDirty(id)} error={table.rowError(id)} />
        );
      },
    },
  ];

  const data = settings.data;
  const roundingValue = canEdit
    ? (table.draft(ROUNDING_ROW).roundingAccountNo ?? null)
    : data.roundingAccountNo;
  const roundingColumns: ColumnDef<typeof data, never>[] = [
    {
      id: 'what',
      header: t('vatCodes.rounding.what'),
      meta: { rowHeader: true },
      cell: () => t('vatCodes.rounding.title'),
    },
    {
      id: 'account',
      header: t('vatCodes.rounding.account'),
      cell: () =>
        canEdit ? (
          <AccountPicker
            label={t('vatCodes.rounding.label')}
            hideLabel
            value={roundingValue}
            onChange={(roundingAccountNo) => table.set(ROUNDING_ROW, { roundingAccountNo })}
            accounts={accounts}
            prefer="expense"
            error={table.fieldError(ROUNDING_ROW, 'roundingAccountNo')}
          />
        ) : (
          accountLabel(accounts, data.roundingAccountNo)
        ),
    },
    {
      id: 'suggestion',
      header: t('vatCodes.columns.suggestion'),
      cell: () =>
        roundingValue === data.suggestedRoundingAccountNo ? (
          <span className="muted">{t('vatCodes.followsSuggestion')}</span>
        ) : (
          <div className="suggestion">
            <span>
              {t('vatCodes.rounding.suggestion', {
                account: accountLabel(accounts, data.suggestedRoundingAccountNo),
              })}
            </span>
            {canEdit && (
              <button
                type="button"
                className="button button--small"
                aria-label={t('vatCodes.rounding.useSuggestion', {
                  account: data.suggestedRoundingAccountNo,
                })}
                onClick={() =>
                  table.set(ROUNDING_ROW, { roundingAccountNo: data.suggestedRoundingAccountNo })
                }
              >
                {t('vatCodes.useSuggestion')}
              </button>
            )}
          </div>
        ),
    },
    {
      id: 'status',
      header: t('vatCodes.columns.problems'),
      cell: () => (
        <MappingRowStatus
          problems={data.problems}
          dirty={table.isDirty(ROUNDING_ROW)}
          error={table.rowError(ROUNDING_ROW)}
        />
      ),
    },
  ];
  const rowProps = mappingRowProps(table, focused);

  return (
    <>
      {!canEdit && <p className="muted">{t('mappings.readOnly')}</p>}
      <section aria-labelledby="vat-codes-title">
        <h2 id="vat-codes-title">{t('vatCodes.tableTitle')}</h2>
        <DataTable
          label={t('vatCodes.tableTitle')}
          columns={vatColumns}
          data={list.data}
          getRowId={(m) => String(m.rate)}
          rowProps={(row) => rowProps(row.id)}
        />
      </section>
      <section aria-labelledby="rounding-title" className="mapping-table__second">
        <h2 id="rounding-title">{t('vatCodes.rounding.title')}</h2>
        <p className="muted">{t('vatCodes.rounding.lead')}</p>
        <DataTable
          label={t('vatCodes.rounding.title')}
          columns={roundingColumns}
          data={[data]}
          getRowId={() => ROUNDING_ROW}
          rowProps={() => rowProps(ROUNDING_ROW)}
        />
      </section>
      {canEdit && <MappingTableSaveBar table={table} />}
    </>
  );
}
