import {
  productTypeBodySchema,
  type ChartAccount,
  type ProductType,
  type ProductTypeBody,
} from '@qo/contracts';
import type { ColumnDef } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
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
import { useProductTypes, useSaveProductType } from '../api/product-types';
import { useProductTypesTranslation } from '../locales';

type ProductTypesViewProps = {
  accounts: readonly ChartAccount[];
  departmentId: string | undefined;
  canEdit: boolean;
};

const fieldsOf = ({ name, kind, normalAccountNo, reducedAccountNo }: ProductType): ProductTypeBody => ({
  name,
  kind,
  normalAccountNo,
  reducedAccountNo,
});
const validate = validateWith(productTypeBodySchema);

/**
 * Produkttyper as one editable table: a row per product type with its revenue accounts (or, for a
 * gift card, its liability account), one "Lagre endringer" for every changed row. Read-only for
 * roles that may not change the mappings.
 */
export function ProductTypesView({ accounts, departmentId, canEdit }: ProductTypesViewProps) {
  const { t } = useProductTypesTranslation();
  const list = useProductTypes(departmentId);
  const save = useSaveProductType(departmentId);
  const [, setParams] = useSearchParams();
  const rows = useMemo(
    () => (list.data ?? []).map((pt) => ({ id: pt.id, saved: fieldsOf(pt) })),
    [list.data],
  );
  const table = useMappingTable<ProductTypeBody>({
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

  const editColumns: ColumnDef<ProductType, never>[] = [
    {
      id: 'name',
      header: t('productTypes.columns.name'),
      meta: { rowHeader: true },
      cell: ({ row: { original: pt } }) => {
        const error = table.fieldError(pt.id, 'name');
        return (
          <>
            <input
              className="data-table__name"
              aria-label={t('productTypes.nameOf', { name: pt.name })}
              value={table.draft(pt.id).name}
              onChange={(e) => table.set(pt.id, { name: e.target.value })}
              aria-invalid={error ? true : undefined}
            />
            {error && <p className="field__error">{error}</p>}
          </>
        );
      },
    },
    {
      id: 'kind',
      header: t('productTypes.columns.kind'),
      cell: ({ row: { original: pt } }) => (
        <select
          aria-label={t('productTypes.kindOf', { name: pt.name })}
          value={table.draft(pt.id).kind}
          onChange={(e) => {
            const kind = e.target.value as ProductTypeBody['kind'];
            // A gift card has one (liability) account: the reduced-rate one goes.
            table.set(pt.id, kind === 'gift_card' ? { kind, reducedAccountNo: null } : { kind });
          }}
        >
          <option value="sales">{t('productTypes.kinds.sales')}</option>
          <option value="gift_card">{t('productTypes.kinds.gift_card')}</option>
        </select>
      ),
    },
    {
      id: 'normal',
      header: t('productTypes.columns.normal'),
      cell: ({ row: { original: pt } }) => {
        const draft = table.draft(pt.id);
        const giftCard = draft.kind === 'gift_card';
        const label = giftCard ? t('productTypes.giftCardAccount') : t('productTypes.normalAccount');
        return (
          <AccountPicker
            label={`${label} – ${pt.name}`}
            hideLabel
            value={draft.normalAccountNo}
            onChange={(normalAccountNo) => table.set(pt.id, { normalAccountNo })}
            accounts={accounts}
            prefer={giftCard ? 'liability' : 'income'}
            error={table.fieldError(pt.id, 'normalAccountNo')}
          />
        );
      },
    },
    {
      id: 'reduced',
      header: t('productTypes.columns.reduced'),
      cell: ({ row: { original: pt } }) => {
        const draft = table.draft(pt.id);
        if (draft.kind === 'gift_card')
          return <span className="muted">{t('productTypes.giftCardOneAccount')}</span>;
        return (
          <AccountPicker
            label={`${t('productTypes.reducedAccount')} – ${pt.name}`}
            hideLabel
            value={draft.reducedAccountNo}
            onChange={(reducedAccountNo) => table.set(pt.id, { reducedAccountNo })}
            accounts={accounts}
            prefer="income"
            error={table.fieldError(pt.id, 'reducedAccountNo')}
          />
        );
      },
    },
    {
      id: 'status',
      header: t('productTypes.columns.problems'),
      cell: ({ row: { original: pt } }) => (
        <MappingRowStatus problems={pt.problems} dirty={table.isDirty(pt.id)} error={table.rowError(pt.id)} />
      ),
    },
  ];
  const readColumns: ColumnDef<ProductType, never>[] = [
    {
      id: 'name',
      header: t('productTypes.columns.name'),
      meta: { rowHeader: true },
      cell: ({ row }) => row.original.name,
    },
    {
      id: 'kind',
      header: t('productTypes.columns.kind'),
      cell: ({ row }) => t(`productTypes.kinds.${row.original.kind}`),
    },
    {
      id: 'normal',
      header: t('productTypes.columns.normal'),
      cell: ({ row }) => accountLabel(accounts, row.original.normalAccountNo),
    },
    {
      id: 'reduced',
      header: t('productTypes.columns.reduced'),
      cell: ({ row }) =>
        row.original.kind === 'gift_card' ? '—' : accountLabel(accounts, row.original.reducedAccountNo),
    },
    {
      id: 'status',
      header: t('productTypes.columns.problems'),
      cell: ({ row }) => <MappingRowStatus problems={row.original.problems} dirty={false} />,
    },
  ];

  return (
    <MappingTypesTable
      label={t('productTypes.listLabel')}
      canEdit={canEdit}
      tools={
        <>
          <p className="muted">{t('productTypes.giftCardHint')}</p>
          <AddMappingDialog
            title={t('productTypes.newTitle')}
            nameLabel={t('productTypes.name')}
            kindLabel={t('productTypes.kind')}
            kinds={[
              { value: 'sales', label: t('productTypes.kinds.sales') },
              { value: 'gift_card', label: t('productTypes.kinds.gift_card') },
            ]}
            defaultKind="sales"
            create={async (name, kind) =>
              (
                await save.mutateAsync({
                  body: { name, kind, normalAccountNo: null, reducedAccountNo: null },
                })
              ).id
            }
            onCreated={(id, name) => {
              notify.success(t('productTypes.created', { name }));
              setParams((prev) => withFocusParam(prev, id), { replace: true });
            }}
          />
        </>
      }
      editColumns={editColumns}
      readColumns={readColumns}
      data={list.data}
      table={table}
      focused={focused}
    />
  );
}
