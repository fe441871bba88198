import type { AttentionProblem } from '@qo/contracts';
import type { Database, Kysely } from '@qo/db';
import { computeSetupStatus } from '../mappings/compute-setup-status';
import { problem } from './problem';

/**
 * The setup checklist's steps that are not done (`services/mappings/compute-setup-status.ts`, from the
 * database and the cached chart). A refused key is its department's own problem
 * (`connection_failed`), so the connection step counts only what else it lacks.
 */
export async function setupProblems(db: Kysely<Database>, companyId: string): Promise<AttentionProblem[]> {
  const { steps } = await computeSetupStatus(db, companyId);
  return steps.flatMap((s) => {
    const errors = s.problems.filter((p) => p.severity === 'error' && p.code !== 'connection_error');
    if (s.done || errors.length === 0) return [];
    return [
      problem({
        key: `setup_step_missing:${s.step}`,
        kind: 'setup_step_missing',
        severity: 'warning',
        step: s.step,
        failure: {
          code: errors[0]!.code,
          source: 'quickorder',
          detail: errors.map((p) => p.message).join(' · '),
          fix: null,
        },
        count: errors.length,
        actions: [{ type: 'open_setup_step', step: s.step }],
      }),
    ];
  });
}
