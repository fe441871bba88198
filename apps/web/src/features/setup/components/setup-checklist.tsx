import { Link } from 'react-router';
import { setupStepPath } from '@/config/paths';
import { getErrorMessage } from '@/lib/problem-message';
import { useSetupStatus } from '../api/get-setup-status';
import { useSetupTranslation } from '../locales';

/** The guide's steps in order, each done or not, with its problems and a link to the page that fixes it. */
export function SetupChecklist({ departmentId }: { departmentId?: string }) {
  const { t } = useSetupTranslation();
  const status = useSetupStatus(departmentId);
  if (status.isPending) return <p className="muted">{t('app.loading')}</p>;
  if (status.isError) {
    return (
      <p className="alert alert--error" role="alert">
        {t('setup.loadError')} {getErrorMessage(status.error, t)}
      </p>
    );
  }
  const steps = status.data;
  return (
    <>
      {steps.every((s) => s.done) && (
        <p className="alert" role="status">
          {t('setup.complete')}
        </p>
      )}
      <ol className="setup-checklist" aria-label={t('setup.listLabel')}>
        {steps.map((s) => (
          <li
            key={s.step}
            className="card setup-step"
            aria-label={t(`setup.steps.${s.step}`)}
            data-done={s.done}
          >
            <h2>
              <span className={`badge ${s.done ? 'badge--connected' : 'badge--error'}`}>
                {s.done ? t('setup.done') : t('setup.notDone')}
              </span>{' '}
              {t(`setup.steps.${s.step}`)}
            </h2>
            {s.problems.length > 0 && (
              <ul>
                {s.problems.map((p, i) => (
                  <li key={`${p.code}-${i}`} className={p.severity === 'error' ? 'field__error' : 'muted'}>
                    {p.severity === 'warning' ? '⚠ ' : ''}
                    {p.message}
                  </li>
                ))}
              </ul>
            )}
            {!s.done && (
              <Link to={setupStepPath(s.step)}>
                {t('setup.fix', { page: t(`setup.pages.${setupStepPath(s.step)}`) })}
              </Link>
            )}
          </li>
        ))}
      </ol>
    </>
  );
}
