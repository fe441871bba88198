import {
  paymentKindSchema,
  paymentTypeBodySchema,
  type ChartAccount,
  type PaymentType,
  type PaymentTypeBody,
} from '@qo/contracts';
import type { ColumnDef } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { Switch } from '@/components/ui/switch';
import { notify } from '@/components/ui/toast';
import {
  accountLabel,
  AccountPicker,
  AddMappingDialog,
  MappingRowStatus,
  MappingTypesTable,
  useFocusRow,
  useMappingTable,
  validateWith,
  withFocusParam,
} from '@/components/account-picker';
import { getErrorMessage } from '@/lib/problem-message';
import { usePaymentTypes, useSavePaymentType } from '../api/payment-types';
import { usePaymentTypesTranslation } from '../locales';

type PaymentTypesViewProps = {
  accounts: readonly ChartAccount[];
  departmentId: string | undefined;
  canEdit: boolean;
};

const fieldsOf = ({ name, kind, accountNo, transferToAccounting }: PaymentType): PaymentTypeBody => ({
  name,
  kind,
  accountNo,
  transferToAccounting,
});
const validate = validateWith(paymentTypeBodySchema);

/** The guide's advice for a kind of payment, beside its account. */
function guideKey(kind: PaymentTypeBody['kind']) {
  if (kind === 'card' || kind === 'mobile') return 'paymentTypes.guide.clearing' as const;
  if (kind === 'gift_card') return 'paymentTypes.guide.giftCard' as const;
  if (kind === 'credit') return 'paymentTypes.guide.credit' as const;
  return null;
}

/**
 * Betalingstyper as one editable table: a row per payment type with its account and whether it is
 * transferred to accounting, one "Lagre endringer" for every changed row.
 */
export function PaymentTypesView({ accounts, departmentId, canEdit }: PaymentTypesViewProps) {
  const { t } = usePaymentTypesTranslation();
  const list = usePaymentTypes(departmentId);
  const save = useSavePaymentType(departmentId);
  const [, setParams] = useSearchParams();
  const rows = useMemo(() => (list.data ?? []).map((p) => ({ id: p.id, saved: fieldsOf(p) })), [list.data]);
  const table = useMappingTable<PaymentTypeBody>({
    rows,
    validate,
    save: (id, body) => save.mutateAsync({ id, body }),
  });
  const focused = useFocusRow(list.isSuccess);

  if (list.isPending) return <p className="muted">{t('app.loading')}</p>;
  if (list.isError)
    return (
      <p className="alert alert--error" role="alert">
        {getErrorMessage(list.error, t)}
      </p>
    );

  const kinds = paymentKindSchema.options.map((k) => ({ value: k, label: t(`paymentTypes.kinds.${k}`) }));
  const editColumns: ColumnDef<PaymentType, never>[] = [
    {
      id: 'name',
      header: t('paymentTypes.name'),
      meta: { rowHeader: true },
      cell: ({ row: { original: p } }) => {
        const error = table.fieldError(p.id, 'name');
        return (
          <>
            <input
              className="data-table__name"
              aria-label={t('paymentTypes.nameOf', { name: p.name })}
              value={table.draft(p.id).name}
              onChange={(e) => table.set(p.id, { name: e.target.value })}
              aria-invalid={error ? true : undefined}
            />
            {error && <p className="field__error">{error}</p>}
          </>
        );
      },
    },
    {
      id: 'kind',
      header: t('paymentTypes.kind'),
      cell: ({ row: { original: p } }) => (
        <select
          aria-label={t('paymentTypes.kindOf', { name: p.name })}
          value={table.draft(p.id).kind}
          onChange={(e) => table.set(p.id, { kind: e.target.value as PaymentTypeBody['kind'] })}
        >
          {kinds.map((k) => (
            <option key={k.value} value={k.value}>
              {k.label}
            </option>
          ))}
        </select>
      ),
    },
    {
      id: 'account',
      header: t('paymentTypes.account'),
      cell: ({ row: { original: p } }) => {
        const draft = table.draft(p.id);
        const guide = guideKey(draft.kind);
        return (
          <>
            <AccountPicker
              label={`${t('paymentTypes.account')} – ${p.name}`}
              hideLabel
              value={draft.accountNo}
              onChange={(accountNo) => table.set(p.id, { accountNo })}
              accounts={accounts}
              prefer={draft.kind === 'gift_card' ? 'liability' : 'asset'}
              error={table.fieldError(p.id, 'accountNo')}
            />
            {guide && <p className="field__hint">{t(guide)}</p>}
          </>
        );
      },
    },
    {
      id: 'transfer',
      header: t('paymentTypes.transfer'),
      cell: ({ row: { original: p } }) => {
        const on = table.draft(p.id).transferToAccounting;
        return (
          <span className="switch-cell">
            <Switch
              label={`${t('paymentTypes.transfer')} – ${p.name}`}
              checked={on}
              onCheckedChange={(transferToAccounting) => table.set(p.id, { transferToAccounting })}
            />
            <span aria-hidden="true">{on ? t('paymentTypes.yes') : t('paymentTypes.no')}</span>
          </span>
        );
      },
    },
    {
      id: 'status',
      header: t('paymentTypes.problems'),
      cell: ({ row: { original: p } }) => (
        <MappingRowStatus problems={p.problems} dirty={table.isDirty(p.id)} error={table.rowError(p.id)} />
      ),
    },
  ];
  const readColumns: ColumnDef<PaymentType, never>[] = [
    {
      id: 'name',
      header: t('paymentTypes.name'),
      meta: { rowHeader: true },
      cell: ({ row }) => row.original.name,
    },
    {
      id: 'kind',
      header: t('paymentTypes.kind'),
      cell: ({ row }) => t(`paymentTypes.kinds.${row.original.kind}`),
    },
    {
      id: 'account',
      header: t('paymentTypes.account'),
      cell: ({ row }) => accountLabel(accounts, row.original.accountNo),
    },
    {
      id: 'transfer',
      header: t('paymentTypes.transfer'),
      cell: ({ row }) => (row.original.transferToAccounting ? t('paymentTypes.yes') : t('paymentTypes.no')),
    },
    {
      id: 'status',
      header: t('paymentTypes.problems'),
      cell: ({ row }) => <MappingRowStatus problems={row.original.problems} dirty={false} />,
    },
  ];

  return (
    <MappingTypesTable
      label={t('pages.paymentTypes.title')}
      canEdit={canEdit}
      tools={
        <AddMappingDialog
          title={t('paymentTypes.newTitle')}
          nameLabel={t('paymentTypes.name')}
          kindLabel={t('paymentTypes.kind')}
          kinds={kinds}
          defaultKind="card"
          create={async (name, kind) =>
            (await save.mutateAsync({ body: { name, kind, accountNo: null, transferToAccounting: true } })).id
          }
          onCreated={(id, name) => {
            notify.success(t('paymentTypes.created', { name }));
            setParams((prev) => withFocusParam(prev, id), { replace: true });
          }}
        />
      }
      editColumns={editColumns}
      readColumns={readColumns}
      data={list.data}
      table={table}
      focused={focused}
    />
  );
}
