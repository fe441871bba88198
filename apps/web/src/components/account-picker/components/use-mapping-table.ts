import { useCallback, useEffect, useMemo, useState } from 'react';
import { useBlocker } from 'react-router';
import { notify } from '@/components/ui/toast';
import { isApiError } from '@/lib/api-error';
import { getErrorMessage } from '@/lib/problem-message';
import { useMappingsTranslation } from '../locales';
import { dirtyIds, draftOf, patch, withoutRows, type FieldErrors, type Patches } from './mapping-drafts';

export type MappingRow<D> = { id: string; saved: D };

type Options<D> = {
  /** Every editable row of the page, in the order shown (one page may show more than one table). */
  rows: readonly MappingRow<D>[];
  /** The contract's rules for a row as edited: one message per field. */
  validate: (id: string, draft: D) => FieldErrors;
  /** Saves one row; the BFF's refusal (field errors, a problem) is shown on the row. */
  save: (id: string, draft: D) => Promise<unknown>;
};

type RowServerError = { fields: FieldErrors; message: string };

export type MappingTable<D> = {
  draft: (id: string) => D;
  set: (id: string, change: Partial<D>) => void;
  isDirty: (id: string) => boolean;
  /** The message to show on a field: the rules' while the row is changed, else the BFF's answer. */
  fieldError: (id: string, field: keyof D & string) => string | undefined;
  /** The BFF's summary for a row it refused. */
  rowError: (id: string) => string | undefined;
  dirtyCount: number;
  saving: boolean;
  saveAll: () => Promise<void>;
  discard: () => void;
};

/**
 * One pattern for every mapping page: edits stay in the table until "Lagre endringer" saves every
 * changed row (a row the rules refuse is not sent and says why), "Forkast" drops them, and leaving
 * the page with unsaved changes asks first. A toast says what was saved; focus goes to the first
 * row that still needs a look.
 */
export function useMappingTable<D extends object>({
  rows,
  validate,
  save,
}: Options<D>): MappingTable<D> & {
  blocker: ReturnType<typeof useBlocker>;
} {
  const { t } = useMappingsTranslation();
  const [patches, setPatches] = useState<Patches<D>>({});
  const [serverErrors, setServerErrors] = useState<Record<string, RowServerError>>({});
  const [saving, setSaving] = useState(false);
  const savedById = useMemo(() => new Map(rows.map((r) => [r.id, r.saved])), [rows]);
  const ids = useMemo(() => rows.map((r) => r.id), [rows]);
  const dirty = dirtyIds(patches, ids);

  const draft = useCallback(
    (id: string) => draftOf(patches, id, savedById.get(id) ?? ({} as D)),
    [patches, savedById],
  );
  const set = useCallback(
    (id: string, change: Partial<D>) => {
      setPatches((prev) => patch(prev, id, savedById.get(id) ?? ({} as D), change));
      setServerErrors(({ [id]: _dropped, ...rest }) => rest);
    },
    [savedById],
  );

  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      dirty.length > 0 && currentLocation.pathname !== nextLocation.pathname,
  );
  useEffect(() => {
    if (dirty.length === 0) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty.length]);

  const saveAll = async () => {
    const failed: string[] = [];
    const saved: string[] = [];
    const errors: Record<string, RowServerError> = {};
    setSaving(true);
    try {
      for (const id of dirty) {
        const row = draft(id);
        if (Object.keys(validate(id, row)).length > 0) {
          failed.push(id);
          continue;
        }
        try {
          await save(id, row);
          saved.push(id);
        } catch (error) {
          failed.push(id);
          const fields: FieldErrors = {};
          if (isApiError(error)) for (const fe of error.fieldErrors) fields[fe.path] ??= fe.message;
          errors[id] = { fields, message: getErrorMessage(error, t) };
        }
      }
    } finally {
      setSaving(false);
    }
    setPatches((prev) => withoutRows(prev, saved));
    setServerErrors((prev) => ({ ...prev, ...errors }));
    if (saved.length > 0) notify.success(t('mappings.savedCount', { count: saved.length }));
    if (failed.length > 0) notify.error(t('mappings.notSavedCount', { count: failed.length }));
    // After the re-render: to the first row that needs a look, else to the save bar's status.
    window.setTimeout(() => {
      const target = failed[0]
        ? (document.querySelector<HTMLElement>(
            `[data-row-id="${CSS.escape(failed[0])}"] [aria-invalid="true"]`,
          ) ??
          document.querySelector<HTMLElement>(
            `[data-row-id="${CSS.escape(failed[0])}"] input, [data-row-id="${CSS.escape(failed[0])}"] select`,
          ))
        : document.getElementById('mapping-save-status');
      target?.focus();
    }, 0);
  };

  const discard = () => {
    setPatches({});
    setServerErrors({});
    notify.info(t('mappings.discarded'));
  };

  const fieldError = (id: string, field: keyof D & string) => {
    if (patches[id] !== undefined) {
      const message = validate(id, draft(id))[field];
      if (message) return message;
    }
    return serverErrors[id]?.fields[field];
  };

  return {
    draft,
    set,
    isDirty: (id) => patches[id] !== undefined,
    fieldError,
    rowError: (id) => serverErrors[id]?.message,
    dirtyCount: dirty.length,
    saving,
    saveAll,
    discard,
    blocker,
  };
}
