import { getCoreRowModel, useReactTable, type ColumnDef, type Row } from '@tanstack/react-table';
import type { HTMLAttributes, ReactNode } from 'react';

declare module '@tanstack/react-table' {
  // The type parameters are TanStack's; only the meta fields below are ours.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface ColumnMeta<TData, TValue> {
    /** This column's cell names the row (`<th scope="row">`). */
    rowHeader?: boolean;
    /** Right-aligned numbers. */
    numeric?: boolean;
  }
}

type DataTableProps<T> = {
  label: string;
  columns: ColumnDef<T, never>[];
  data: readonly T[];
  getRowId: (row: T) => string;
  /** Extra attributes per row (data-dirty, data-focused, an id to scroll to). */
  rowProps?: (
    row: Row<T>,
  ) => HTMLAttributes<HTMLTableRowElement> & Record<`data-${string}`, string | undefined>;
};

/**
 * A cell's (or header's) renderer called as a plain function. TanStack's flexRender would mount it as a
 * component, and the pages define their columns on every render: each render would then be a new
 * component type, remounting every cell, so an input being typed in would lose the focus.
 */
function render<C>(renderer: unknown, context: C): ReactNode {
  return typeof renderer === 'function'
    ? (renderer as (context: C) => ReactNode)(context)
    : (renderer as ReactNode);
}

/**
 * A dense table on TanStack Table. On narrow screens each row becomes a stacked card with every
 * cell labelled by its column, so nothing scrolls sideways.
 */
export function DataTable<T>({ label, columns, data, getRowId, rowProps }: DataTableProps<T>) {
  const table = useReactTable<T>({
    columns,
    data: data as T[],
    getRowId: (row) => getRowId(row),
    getCoreRowModel: getCoreRowModel(),
  });
  return (
    <table className="data-table" aria-label={label}>
      <thead>
        {table.getHeaderGroups().map((group) => (
          <tr key={group.id}>
            {group.headers.map((header) => (
              <th
                key={header.id}
                scope="col"
                className={header.column.columnDef.meta?.numeric ? 'num' : undefined}
              >
                {header.isPlaceholder ? null : render(header.column.columnDef.header, header.getContext())}
              </th>
            ))}
          </tr>
        ))}
      </thead>
      <tbody>
        {table.getRowModel().rows.map((row) => (
          <tr key={row.id} {...rowProps?.(row)}>
            {row.getVisibleCells().map((cell) => {
              const meta = cell.column.columnDef.meta;
              const header = cell.column.columnDef.header;
              const content = render(cell.column.columnDef.cell, cell.getContext());
              const className = meta?.numeric ? 'num' : undefined;
              if (meta?.rowHeader) {
                return (
                  <th key={cell.id} scope="row" className={className}>
                    {content}
                  </th>
                );
              }
              return (
                <td key={cell.id} className={className}>
                  {typeof header === 'string' && (
                    <span className="data-table__cell-label" aria-hidden="true">
                      {header}
                    </span>
                  )}
                  {content}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
