import { useTranslation } from 'react-i18next';
import { getErrorMessage, powerOfficeDetailOf } from '@/lib/problem-message';

/** PowerOffice GO's own words behind a "Detaljer" disclosure, labelled as its words. */
export function PowerOfficeDetails({ detail }: { detail: string | null | undefined }) {
  const { t } = useTranslation();
  if (!detail) return null;
  return (
    <details className="failure__details">
      <summary>{t('failures.details')}</summary>
      <p>
        <strong>{t('failures.saidByPowerOffice')}</strong> <span>{detail}</span>
      </p>
    </details>
  );
}

/**
 * A failed request as the user reads it: what happened and what to do, in the current language,
 * with PowerOffice's own text (when it refused) behind "Detaljer".
 */
export function ErrorAlert({
  error,
  prefix,
  children,
}: {
  error: unknown;
  prefix?: string;
  children?: React.ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <div className="alert alert--error" role="alert">
      <p>
        {prefix ? `${prefix} ` : ''}
        {getErrorMessage(error, t)}
      </p>
      {children}
      <PowerOfficeDetails detail={powerOfficeDetailOf(error)} />
    </div>
  );
}
