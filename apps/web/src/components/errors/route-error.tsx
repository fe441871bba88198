import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, useRouteError } from 'react-router';
import { getErrorMessage } from '@/lib/problem-message';
import { MessagePage } from './message-page';
import { NotFound } from './not-found';

/** errorElement of the routes: a loader or a page failed; the layout around it stays usable. */
export function RouteError() {
  const error = useRouteError();
  const { t } = useTranslation();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFound />;
  return (
    <MessagePage
      title={t('errorBoundary.title')}
      body={
        <>
          <p>{t('errorBoundary.body')}</p>
          <p className="muted" role="alert">
            {getErrorMessage(error, t)}
          </p>
        </>
      }
      actions={
        <button type="button" className="button" onClick={() => window.location.reload()}>
          {t('errorBoundary.reload')}
        </button>
      }
    />
  );
}
