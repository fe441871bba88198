import type { useBlocker } from 'react-router';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { useMappingsTranslation } from '../locales';

type MappingSaveBarProps = {
  dirtyCount: number;
  saving: boolean;
  onSave: () => void;
  onDiscard: () => void;
  blocker: ReturnType<typeof useBlocker>;
};

/** The table's one save: how many rows are changed, "Lagre endringer", "Forkast", and the leave warning. */
export function MappingSaveBar({ dirtyCount, saving, onSave, onDiscard, blocker }: MappingSaveBarProps) {
  const { t } = useMappingsTranslation();
  return (
    <>
      <div
        className={dirtyCount ? 'save-bar save-bar--dirty' : 'save-bar'}
        role="group"
        aria-label={t('mappings.saveBar')}
      >
        <p id="mapping-save-status" role="status" tabIndex={-1} className={dirtyCount ? undefined : 'muted'}>
          {dirtyCount ? t('mappings.dirtyCount', { count: dirtyCount }) : t('mappings.allSaved')}
        </p>
        <div className="button-row">
          <button type="button" className="button" onClick={onDiscard} disabled={dirtyCount === 0 || saving}>
            {t('mappings.discard')}
          </button>
          <button
            type="button"
            className="button button--primary"
            onClick={onSave}
            disabled={dirtyCount === 0 || saving}
            aria-busy={saving || undefined}
          >
            {saving ? t('mappings.saving') : t('mappings.saveChanges')}
          </button>
        </div>
      </div>
      <ConfirmDialog
        open={blocker.state === 'blocked'}
        onOpenChange={(open) => {
          if (!open) blocker.reset?.();
        }}
        title={t('ui.unsavedTitle')}
        description={t('mappings.unsavedBody', { count: dirtyCount })}
        confirmLabel={t('ui.unsavedLeave')}
        destructive
        onConfirm={() => blocker.proceed?.()}
      />
    </>
  );
}
