import type { ColumnDef } from '@tanstack/react-table';
import type { ReactNode } from 'react';
import { DataTable } from '@/components/ui/data-table';
import { useMappingsTranslation } from '../locales';
import { MappingSaveBar } from './mapping-save-bar';
import type { useMappingTable } from './use-mapping-table';

type Table = ReturnType<typeof useMappingTable<object>>;

/** The attributes that mark a mapping row changed and focused (styles and tests read them). */
export function mappingRowProps(table: Pick<Table, 'isDirty'>, focused: string | null) {
  return (id: string) => ({
    'data-row-id': id,
    'data-dirty': String(table.isDirty(id)),
    'data-focused': String(focused === id),
  });
}

type SaveBarTable = Pick<Table, 'dirtyCount' | 'saving' | 'saveAll' | 'discard' | 'blocker'>;

/** The save bar of a mapping table (`useMappingTable`): its count, "Lagre endringer", "Forkast". */
export function MappingTableSaveBar({ table }: { table: SaveBarTable }) {
  return (
    <MappingSaveBar
      dirtyCount={table.dirtyCount}
      saving={table.saving}
      onSave={() => void table.saveAll()}
      onDiscard={table.discard}
      blocker={table.blocker}
    />
  );
}

type MappingTypesTableProps<T extends { id: string }> = {
  label: string;
  canEdit: boolean;
  /** Above the table for those who may edit ("Ny …" and hints); the others read that it is read-only. */
  tools: ReactNode;
  editColumns: ColumnDef<T, never>[];
  readColumns: ColumnDef<T, never>[];
  data: readonly T[];
  table: SaveBarTable & Pick<Table, 'isDirty'>;
  focused: string | null;
};

/**
 * A mapping page with a row per type (Produkttyper, Betalingstyper): the tools, the table (editable
 * or read-only by role) with its rows marked, and the one save bar.
 */
export function MappingTypesTable<T extends { id: string }>({
  label,
  canEdit,
  tools,
  editColumns,
  readColumns,
  data,
  table,
  focused,
}: MappingTypesTableProps<T>) {
  const { t } = useMappingsTranslation();
  const rowProps = mappingRowProps(table, focused);
  return (
    <section aria-label={label}>
      {canEdit ? (
        <div className="mapping-table__tools">{tools}</div>
      ) : (
        <p className="muted">{t('mappings.readOnly')}</p>
      )}
      <DataTable
        label={label}
        columns={canEdit ? editColumns : readColumns}
        data={data}
        getRowId={(row) => row.id}
        rowProps={(row) => rowProps(row.id)}
      />
      {canEdit && <MappingTableSaveBar table={table} />}
    </section>
  );
}
