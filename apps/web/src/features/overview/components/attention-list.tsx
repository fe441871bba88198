import type { AttentionAction, AttentionProblem } from '@qo/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { StatusBadge } from '@/components/ui/status-badge';
import { notify } from '@/components/ui/toast';
import { paths } from '@/config/paths';
import { formatBusinessDay, formatDateTime, formatNok } from '@/lib/format';
import { getErrorMessage } from '@/lib/problem-message';
import { attentionActionPath } from '@/config/action-paths';
import {
  isTransferFinished,
  useRetryDay,
  useSendOrderAgain,
  useTransferProgress,
} from '../api/day-and-order-actions';
import { invalidateOverview, useAttention } from '../api/overview-api';
import { useOverviewTranslation } from '../locales';

/**
 * "Trenger oppmerksomhet": every open problem the BFF lists (GET /api/overview/attention), the
 * most serious and oldest first, each with the actions that fix it: "Prøv igjen" and "Send på nytt"
 * are done here (the export's retry of one day, the order's send-again), the rest lead to the page.
 */
export function AttentionList() {
  const { t } = useOverviewTranslation();
  const { data, error, isPending, refetch } = useAttention();
  const heading = useRef<HTMLHeadingElement>(null);
  return (
    <section className="card overview-attention" aria-labelledby="overview-attention-title">
      <h2 id="overview-attention-title" ref={heading} tabIndex={-1}>
        {t('overview.attention.title')}
      </h2>
      {error ? (
        <div className="alert alert--error" role="alert">
          <p>{t('overview.attention.loadError')}</p>
          <p>{getErrorMessage(error, t)}</p>
          <button type="button" className="button" onClick={() => void refetch()}>
            {t('overview.retry')}
          </button>
        </div>
      ) : isPending ? (
        <p className="muted">{t('app.loading')}</p>
      ) : data.problems.length === 0 ? (
        <p className="alert alert--ok">{t('overview.attention.empty')}</p>
      ) : (
        <ul className="overview-attention__list" aria-label={t('overview.attention.listLabel')}>
          {data.problems
            .filter((p) => p.kind !== 'setup_step_missing')
            .map((problem) => (
              <AttentionItem key={problem.key} problem={problem} onSolved={() => heading.current?.focus()} />
            ))}
          <SetupItem steps={data.problems.filter((p) => p.kind === 'setup_step_missing')} />
        </ul>
      )}
    </section>
  );
}

/**
 * The setup steps not done, as one item: the checklist (Kom i gang) has each step's details, so
 * here they are named, each leading to its page, below one way to the checklist.
 */
function SetupItem({ steps }: { steps: AttentionProblem[] }) {
  const { t } = useOverviewTranslation();
  if (steps.length === 0) return null;
  return (
    <li className="overview-attention__item overview-attention__item--warning">
      <div className="overview-attention__head">
        <StatusBadge tone="warning">{t('overview.attention.severity.warning')}</StatusBadge>
        <h3 className="overview-attention__title">
          {t('overview.attention.setupTitle', { count: steps.length })}
        </h3>
      </div>
      <ul className="overview-attention__steps">
        {steps.map((p) => {
          const action = p.actions[0];
          const path = action ? attentionActionPath(action) : null;
          const name = p.step ? t(`overview.attention.steps.${p.step}`) : p.key;
          return <li key={p.key}>{path ? <Link to={path}>{name}</Link> : name}</li>;
        })}
      </ul>
      <div className="overview-attention__actions">
        <Link to={paths.setup} className="button button--primary">
          {t('overview.attention.openSetup')}
        </Link>
      </div>
    </li>
  );
}

function useProblemTitle(problem: AttentionProblem): string {
  const { t } = useOverviewTranslation();
  return t(`overview.attention.kinds.${problem.kind}`, {
    department: problem.department?.name ?? '',
    day: problem.businessDay ? formatBusinessDay(problem.businessDay) : '',
    order: problem.order?.posId ?? '',
    customer: problem.customer?.name || t('overview.attention.unknownCustomer'),
    count: problem.count ?? 1,
    step: problem.step ? t(`overview.attention.steps.${problem.step}`) : '',
    account: problem.reason ?? '',
  });
}

/** What happened and what to do: the failure's explanation, or the kind's, in the user's language. */
function Explanation({ problem }: { problem: AttentionProblem }) {
  const { t } = useOverviewTranslation();
  const count = problem.count ?? 1;
  const privileges = problem.privileges.join(', ');
  if (problem.kind === 'day_changed') return <p>{t('overview.attention.explain.day_changed')}</p>;
  if (problem.kind === 'clearing_not_emptied')
    return (
      <p>
        {t('overview.attention.explain.clearing_not_emptied', { amount: formatNok(problem.amount ?? 0) })}
      </p>
    );
  if (problem.kind === 'privileges_missing')
    return <p>{t('overview.attention.explain.privileges_missing', { privileges })}</p>;
  if ((problem.kind === 'auto_export_stopped' || problem.kind === 'auto_invoice_stopped') && problem.reason) {
    return (
      <p>
        {t(`overview.attention.explain.${problem.kind}.${problem.reason}`, {
          count,
          privileges,
          defaultValue: '',
        })}
      </p>
    );
  }
  const failure = problem.failure;
  if (!failure) return null;
  // Our own words say what is missing (a blocked day's account, a setup step's rows): shown as they are.
  if (
    failure.source === 'quickorder' &&
    failure.detail &&
    (problem.kind === 'day_blocked' || problem.kind === 'setup_step_missing')
  ) {
    return <p>{failure.detail}</p>;
  }
  const explained = t(`failures.codes.${failure.code}`, { defaultValue: '' });
  return (
    <>
      <p>{explained || failure.detail}</p>
      {explained && failure.detail && (
        <details className="failure__details">
          <summary>{t('failures.details')}</summary>
          <p>
            <strong>
              {failure.source === 'poweroffice' ? t('failures.saidByPowerOffice') : t('failures.saidByUs')}
            </strong>{' '}
            <span>{failure.detail}</span>
          </p>
        </details>
      )}
    </>
  );
}

function AttentionItem({ problem, onSolved }: { problem: AttentionProblem; onSolved: () => void }) {
  const { t } = useOverviewTranslation();
  const title = useProblemTitle(problem);
  return (
    <li className={`overview-attention__item overview-attention__item--${problem.severity}`}>
      <div className="overview-attention__head">
        <StatusBadge tone={problem.severity === 'error' ? 'danger' : 'warning'}>
          {t(`overview.attention.severity.${problem.severity}`)}
        </StatusBadge>
        <h3 className="overview-attention__title">{title}</h3>
      </div>
      <Explanation problem={problem} />
      {problem.since && (
        <p className="muted overview-attention__since">
          {t('overview.attention.since', { when: formatDateTime(problem.since) })}
        </p>
      )}
      <div className="overview-attention__actions">
        {problem.actions.map((action, i) => (
          <ActionControl
            key={`${action.type}-${i}`}
            action={action}
            primary={i === 0}
            title={title}
            onSolved={onSolved}
          />
        ))}
      </div>
    </li>
  );
}

function ActionControl(props: {
  action: AttentionAction;
  primary: boolean;
  title: string;
  onSolved: () => void;
}) {
  const { action, primary, title, onSolved } = props;
  const { t } = useOverviewTranslation();
  const label =
    action.type === 'fix_mapping' && action.name
      ? t('overview.attention.actions.fix_mapping_named', { name: action.name })
      : t(`overview.attention.actions.${action.type}`);
  const className = primary ? 'button button--primary' : 'button';
  if (action.type === 'retry_day')
    return (
      <RetryDayButton action={action} className={className} label={label} title={title} onSolved={onSolved} />
    );
  if (action.type === 'send_order_again')
    return (
      <SendOrderButton
        orderId={action.orderId}
        className={className}
        label={label}
        title={title}
        onSolved={onSolved}
      />
    );
  const path = attentionActionPath(action);
  if (!path) return null;
  return (
    <Link
      to={path}
      className={className}
      aria-label={t('overview.attention.actionLabel', { action: label, title })}
    >
      {label}
    </Link>
  );
}

type RetryAction = Extract<AttentionAction, { type: 'retry_day' }>;

/** The export's "Prøv igjen": a transfer of that one day, followed until it ends, then a toast. */
function RetryDayButton(props: {
  action: RetryAction;
  className: string;
  label: string;
  title: string;
  onSolved: () => void;
}) {
  const { action, className, label, title, onSolved } = props;
  const { t } = useOverviewTranslation();
  const retry = useRetryDay();
  return (
    <>
      <button
        type="button"
        className={className}
        aria-label={t('overview.attention.actionLabel', { action: label, title })}
        disabled={retry.isPending || retry.isSuccess}
        onClick={() =>
          retry.mutate(
            { departmentId: action.departmentId, date: action.businessDay },
            { onError: (error) => notify.error(getErrorMessage(error, t)) },
          )
        }
      >
        {label}
      </button>
      {retry.data && (
        <RetryProgress transferId={retry.data.transferId} day={action.businessDay} onDone={onSolved} />
      )}
    </>
  );
}

function RetryProgress({ transferId, day, onDone }: { transferId: string; day: string; onDone: () => void }) {
  const { t } = useOverviewTranslation();
  const queryClient = useQueryClient();
  const { data } = useTransferProgress(transferId);
  const finished = isTransferFinished(data);
  const sent = data?.days.find((d) => d.businessDay === day)?.status;
  useEffect(() => {
    if (!finished) return;
    const date = formatBusinessDay(day);
    if (sent === 'sent' || sent === 'already_sent')
      notify.success(t('overview.attention.retried', { day: date }));
    else notify.error(t('overview.attention.retryFailed', { day: date }));
    void invalidateOverview(queryClient).then(onDone);
  }, [finished, sent, day, t, queryClient, onDone]);
  if (finished) return null;
  return (
    <span role="status" className="muted">
      {t('overview.attention.retrying')}
    </span>
  );
}

function SendOrderButton(props: {
  orderId: string;
  className: string;
  label: string;
  title: string;
  onSolved: () => void;
}) {
  const { orderId, className, label, title, onSolved } = props;
  const { t } = useOverviewTranslation();
  const queryClient = useQueryClient();
  const send = useSendOrderAgain();
  return (
    <button
      type="button"
      className={className}
      aria-label={t('overview.attention.actionLabel', { action: label, title })}
      disabled={send.isPending}
      onClick={() =>
        send.mutate(orderId, {
          onSuccess: (order) => {
            if (order.powerOffice.status === 'sent') notify.success(t('overview.attention.orderSent'));
            else notify.error(t('overview.attention.orderNotSent'));
            void invalidateOverview(queryClient).then(onSolved);
          },
          onError: (error) => notify.error(getErrorMessage(error, t)),
        })
      }
    >
      {label}
    </button>
  );
}
