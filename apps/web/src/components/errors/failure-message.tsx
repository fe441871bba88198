import type { Failure } from '@qo/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { fixTargetPath } from '@/config/paths';

/**
 * Why a day or a sales order did not reach PowerOffice GO: what to do (translated by its code), a
 * link to the page that fixes it, and behind "Detaljer" the words used, naming who said them
 * (PowerOffice GO, or our own rules). A message without a code shows as it is.
 */
export function FailureMessage({
  failure,
  message,
}: {
  failure: Failure | null | undefined;
  message?: string | null;
}) {
  const { t } = useTranslation();
  if (!failure) return message ? <span>{message}</span> : null;
  const explained = t(`failures.codes.${failure.code}`, { defaultValue: '' });
  const fromPowerOffice = failure.source === 'poweroffice';
  return (
    <div className="failure">
      <p className="failure__text">{explained || failure.detail}</p>
      {failure.fix && (
        <p>
          <Link to={fixTargetPath(failure.fix)}>{t('failures.fix')}</Link>
        </p>
      )}
      {explained && failure.detail && (
        <details className="failure__details">
          <summary>{t('failures.details')}</summary>
          <p>
            <strong>{fromPowerOffice ? t('failures.saidByPowerOffice') : t('failures.saidByUs')}</strong>{' '}
            <span>{failure.detail}</span>
          </p>
        </details>
      )}
    </div>
  );
}
