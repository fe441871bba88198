import { isApiError } from '@/lib/api-error';
import { PowerOfficeDetails } from '@/components/errors/error-alert';
import { getErrorMessage, powerOfficeDetailOf } from '@/lib/problem-message';
import { useIntegrationsTranslation } from '../locales';

/** A refusal in full: the BFF's sentence (PowerOffice's reason included) and what is missing, if listed. */
export function ProblemAlert({ error }: { error: unknown }) {
  const { t } = useIntegrationsTranslation();
  const details = isApiError(error)
    ? (error.problem.errors?.filter((e) => e.path !== 'slot' && e.path !== 'clientKey') ?? [])
    : [];
  return (
    <div className="alert alert--error" role="alert">
      <p>{getErrorMessage(error, t)}</p>
      {details.length > 0 && (
        <>
          <p>{t('integrations.refusedBecause')}</p>
          <ul>
            {details.map((e) => (
              <li key={`${e.path}:${e.message}`}>{e.message}</li>
            ))}
          </ul>
        </>
      )}
      <PowerOfficeDetails detail={powerOfficeDetailOf(error)} />
    </div>
  );
}
