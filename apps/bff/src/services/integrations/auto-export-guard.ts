import { hasSuccessfulTransfer, type Database, type Kysely } from '@qo/db';
import { computeSetupStatus } from '../mappings/compute-setup-status';

/**
 * Why automatic export may not be switched on yet (empty = it may). The guide: wait until the setup
 * is complete and tested, i.e. every mapping done and one manual transfer has succeeded, so the
 * first unattended day cannot post to blank or wrong accounts.
 */
export async function autoExportBlockers(
  db: Kysely<Database>,
  companyId: string,
  departmentId: string,
): Promise<{ path: string; message: string }[]> {
  const [status, transferred] = await Promise.all([
    computeSetupStatus(db, companyId, departmentId),
    hasSuccessfulTransfer(db, departmentId),
  ]);
  const blockers = status.steps
    .filter((s) => !s.done)
    .flatMap((s) => {
      const errors = s.problems.filter((p) => p.severity === 'error');
      return (errors.length ? errors : [{ message: `Steget «${s.step}» er ikke fullført` }]).map((p) => ({
        path: `setup.${s.step}`,
        message: p.message,
      }));
    });
  if (!transferred) {
    blockers.push({
      path: 'transfer',
      message:
        'Ingen manuell overføring til PowerOffice GO har lyktes ennå for denne avdelingen (Økonomi → Eksport).',
    });
  }
  return blockers;
}
