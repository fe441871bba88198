import type { AlertItem } from '@qo/contracts';
import { useRef, useState } from 'react';
import { Link } from 'react-router';
import { Popover } from '@/components/ui/popover';
import { StatusBadge } from '@/components/ui/status-badge';
import { notify } from '@/components/ui/toast';
import { attentionActionPath } from '@/config/action-paths';
import { paths } from '@/config/paths';
import { formatDateTime } from '@/lib/format';
import { getErrorMessage } from '@/lib/problem-message';
import { useAlerts, useMarkAlertsRead } from '../api/alerts-api';
import { useAlertsTranslation } from '../locales';
import { useAlertTitle } from './alert-title';
import '../alerts.css';

/** Where an alert leads: its first action that is a page (retrying and sending again are done there). */
function alertPath(item: AlertItem): string {
  for (const action of item.problem.actions) {
    const path = attentionActionPath(action);
    if (path) return path;
  }
  return paths.home;
}

/**
 * The bell in the header: the user's alerts (open ones, and those solved in the last week) with a
 * count of the unread. Opening one marks it read and goes to the page that fixes it.
 */
function AlertBell() {
  const { t } = useAlertsTranslation();
  const [open, setOpen] = useState(false);
  const alerts = useAlerts();
  const markRead = useMarkAlertsRead();
  const title = useAlertTitle();
  const heading = useRef<HTMLHeadingElement>(null);
  const unread = alerts.data?.unread ?? 0;
  const items = alerts.data?.items ?? [];

  const markAll = () =>
    markRead.mutate(
      { all: true },
      {
        onSuccess: () => {
          notify.success(t('alerts.bell.markedAll'));
          heading.current?.focus();
        },
        onError: (error) => notify.error(getErrorMessage(error, t)),
      },
    );

  return (
    <Popover
      open={open}
      onOpenChange={setOpen}
      label={t('alerts.bell.title')}
      className="alert-panel"
      align="end"
      initialFocus={heading}
      trigger={
        <button
          type="button"
          className="button button--ghost alert-bell"
          aria-label={unread > 0 ? t('alerts.bell.labelUnread', { count: unread }) : t('alerts.bell.label')}
        >
          <BellIcon />
          {unread > 0 && (
            <span className="alert-bell__count" aria-hidden="true">
              {unread > 99 ? '99+' : unread}
            </span>
          )}
        </button>
      }
    >
      <div className="alert-panel__head">
        <h2 className="alert-panel__title" ref={heading} tabIndex={-1}>
          {t('alerts.bell.title')}
        </h2>
        {unread > 0 && (
          <button
            type="button"
            className="button button--small"
            onClick={markAll}
            disabled={markRead.isPending}
          >
            {t('alerts.bell.markAll')}
          </button>
        )}
      </div>
      {alerts.error ? (
        <p className="alert alert--error" role="alert">
          {t('alerts.bell.loadError')} {getErrorMessage(alerts.error, t)}
        </p>
      ) : items.length === 0 ? (
        <p className="muted alert-panel__empty">{t('alerts.bell.empty')}</p>
      ) : (
        <ul className="alert-panel__list" aria-label={t('alerts.bell.listLabel')}>
          {items.map((item) => (
            <li key={item.id} className={item.read ? 'alert-item' : 'alert-item alert-item--unread'}>
              <Link
                to={alertPath(item)}
                className="alert-item__link"
                onClick={() => {
                  if (!item.read) markRead.mutate({ ids: [item.id] });
                  setOpen(false);
                }}
              >
                <span className="alert-item__head">
                  <AlertState item={item} />
                  {!item.read && <span className="alert-item__unread">{t('alerts.bell.unread')}</span>}
                </span>
                <span className="alert-item__title">{title(item)}</span>
                <span className="alert-item__when muted">
                  {item.solvedAt
                    ? t('alerts.bell.solvedAt', { when: formatDateTime(item.solvedAt) })
                    : t('alerts.bell.since', {
                        when: formatDateTime(item.problem.since ?? item.firstSeenAt),
                      })}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
      <div className="alert-panel__foot">
        <Link to={paths.alerts} onClick={() => setOpen(false)}>
          {t('alerts.bell.settings')}
        </Link>
      </div>
    </Popover>
  );
}

function AlertState({ item }: { item: AlertItem }) {
  const { t } = useAlertsTranslation();
  if (item.state === 'solved') return <StatusBadge tone="ok">{t('alerts.state.solved')}</StatusBadge>;
  const error = item.problem.severity === 'error';
  return (
    <StatusBadge tone={error ? 'danger' : 'warning'}>
      {error ? t('alerts.state.error') : t('alerts.state.warning')}
    </StatusBadge>
  );
}

function BellIcon() {
  return (
    <svg
      className="alert-bell__icon"
      viewBox="0 0 24 24"
      width="20"
      height="20"
      aria-hidden="true"
      focusable="false"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
      <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
    </svg>
  );
}

export default AlertBell;
