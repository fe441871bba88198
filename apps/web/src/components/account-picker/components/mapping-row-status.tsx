import type { MappingProblem } from '@qo/contracts';
import { StatusBadge } from '@/components/ui/status-badge';
import { useMappingsTranslation } from '../locales';
import { MappingProblems } from './mapping-problems';

type MappingRowStatusProps = {
  problems: readonly MappingProblem[];
  dirty: boolean;
  /** The BFF's refusal of this row's last save. */
  error?: string | undefined;
};

/**
 * The last cell of a mapping row: "Endret" while the row has unsaved changes (and why the save was
 * refused), else what the BFF says is missing or worth a look, else "OK".
 */
export function MappingRowStatus({ problems, dirty, error }: MappingRowStatusProps) {
  const { t } = useMappingsTranslation();
  if (dirty) {
    return (
      <>
        <StatusBadge tone="warning">{t('mappings.changed')}</StatusBadge>
        {error && (
          <p className="field__error" role="alert">
            {error}
          </p>
        )}
      </>
    );
  }
  if (problems.length === 0) return <StatusBadge tone="ok">{t('mappings.ok')}</StatusBadge>;
  return <MappingProblems problems={problems} />;
}
