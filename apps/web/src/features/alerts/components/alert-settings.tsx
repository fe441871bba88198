import type { AlertKind, AlertPreferences, UpdateAlertPreferencesBody } from '@qo/contracts';
import { useEffect, useId, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { notify } from '@/components/ui/toast';
import { isApiError } from '@/lib/api-error';
import { LANGUAGES } from '@/lib/i18n';
import { getErrorMessage } from '@/lib/problem-message';
import { useAlertPreferences, useSaveAlertPreferences } from '../api/alerts-api';
import { useAlertsTranslation } from '../locales';
import { alertSettingsResolver } from './alert-settings-resolver';
import '../alerts.css';

/** The kinds in the order the page shows them, grouped by the part of the app they come from. */
const GROUPS: { name: 'export' | 'invoicing' | 'connection'; kinds: AlertKind[] }[] = [
  { name: 'export', kinds: ['day_failed', 'day_blocked', 'day_changed', 'auto_export_stopped'] },
  { name: 'invoicing', kinds: ['sales_order_failed', 'sales_orders_not_linked', 'auto_invoice_stopped'] },
  { name: 'connection', kinds: ['connection_failed', 'privileges_missing'] },
];

const toForm = (p: AlertPreferences): UpdateAlertPreferencesBody => ({
  language: p.language,
  delivery: p.delivery,
  emailKinds: p.emailKinds,
});

/** Varsler: the user's own alert e-mails. */
export function AlertSettings() {
  const { t } = useAlertsTranslation();
  const preferences = useAlertPreferences();
  if (preferences.error) {
    return (
      <div className="alert alert--error" role="alert">
        <p>{t('alerts.settings.loadError')}</p>
        <p>{getErrorMessage(preferences.error, t)}</p>
        <button type="button" className="button" onClick={() => void preferences.refetch()}>
          {t('alerts.settings.retry')}
        </button>
      </div>
    );
  }
  if (!preferences.data) return <p className="muted">{t('app.loading')}</p>;
  return <AlertSettingsForm preferences={preferences.data} />;
}

function AlertSettingsForm({ preferences }: { preferences: AlertPreferences }) {
  const { t } = useAlertsTranslation();
  const id = useId();
  const save = useSaveAlertPreferences();
  const errorRef = useRef<HTMLParagraphElement>(null);
  const {
    register,
    handleSubmit,
    reset,
    setError,
    setValue,
    formState: { errors },
  } = useForm<UpdateAlertPreferencesBody>({
    resolver: alertSettingsResolver,
    defaultValues: toForm(preferences),
  });
  const available = new Set(preferences.availableKinds);
  const groups = GROUPS.map((g) => ({ ...g, kinds: g.kinds.filter((k) => available.has(k)) })).filter(
    (g) => g.kinds.length > 0,
  );
  // The kinds as checkboxes of one list: kept here, so the list is a list however many there are.
  const [chosen, setChosen] = useState<AlertKind[]>(preferences.emailKinds);
  const toggle = (kind: AlertKind, on: boolean) => {
    const next = on ? [...chosen, kind] : chosen.filter((k) => k !== kind);
    setChosen(next);
    setValue('emailKinds', next, { shouldDirty: true });
  };
  const hour = `${String(preferences.digestHour).padStart(2, '0')}:00`;

  const onSubmit = handleSubmit(async (values) => {
    try {
      const saved = await save.mutateAsync(values);
      reset(toForm(saved));
      setChosen(saved.emailKinds);
      notify.success(t('alerts.settings.saved'));
    } catch (error) {
      const detail = isApiError(error) ? error.fieldErrors.map((e) => e.message).join(' ') : '';
      setError('root.server', {
        type: 'server',
        message: [getErrorMessage(error, t), detail].join(' ').trim(),
      });
      notify.error(getErrorMessage(error, t));
    }
  });
  const formError = errors.root?.server?.message;
  // A refusal is read out and focused, so the user knows why nothing was saved.
  useEffect(() => {
    if (formError) errorRef.current?.focus();
  }, [formError]);

  return (
    <form className="form card alert-settings" onSubmit={(event) => void onSubmit(event)} noValidate>
      {formError && (
        <p className="alert alert--error" role="alert" ref={errorRef} tabIndex={-1}>
          {formError}
        </p>
      )}
      <p className="muted alert-settings__to">{t('alerts.settings.email', { email: preferences.email })}</p>

      <fieldset>
        <legend>{t('alerts.settings.kinds')}</legend>
        <p className="field__hint">{t('alerts.settings.kindsHint')}</p>
        {groups.map((group) => (
          <fieldset key={group.name} className="alert-settings__group">
            <legend>{t(`alerts.settings.groups.${group.name}`)}</legend>
            {group.kinds.map((kind) => (
              <div key={kind} className="alert-settings__choice">
                <input
                  id={`${id}-${kind}`}
                  type="checkbox"
                  checked={chosen.includes(kind)}
                  onChange={(event) => toggle(kind, event.target.checked)}
                />
                <label htmlFor={`${id}-${kind}`}>{t(`alerts.settings.kindLabels.${kind}`)}</label>
              </div>
            ))}
          </fieldset>
        ))}
        {chosen.length === 0 && (
          <p className="alert alert--warning" role="status">
            {t('alerts.settings.noKinds')}
          </p>
        )}
      </fieldset>

      <fieldset>
        <legend>{t('alerts.settings.delivery')}</legend>
        {(['immediate', 'digest'] as const).map((delivery) => (
          <div key={delivery} className="alert-settings__choice">
            <input
              id={`${id}-${delivery}`}
              type="radio"
              value={delivery}
              aria-describedby={`${id}-${delivery}-hint`}
              {...register('delivery')}
            />
            <label htmlFor={`${id}-${delivery}`}>
              {t(`alerts.settings.${delivery}`)}
              <span id={`${id}-${delivery}-hint`} className="field__hint">
                {t(`alerts.settings.${delivery}Hint`, { hour })}
              </span>
            </label>
          </div>
        ))}
      </fieldset>

      <fieldset>
        <legend>{t('alerts.settings.language')}</legend>
        {LANGUAGES.map((language) => (
          <div key={language} className="alert-settings__choice">
            <input id={`${id}-${language}`} type="radio" value={language} {...register('language')} />
            <label htmlFor={`${id}-${language}`} lang={language}>
              {t(`languages.${language}`)}
            </label>
          </div>
        ))}
      </fieldset>

      <div className="button-row">
        <button
          type="submit"
          className="button button--primary"
          disabled={save.isPending}
          aria-busy={save.isPending}
        >
          {save.isPending ? t('alerts.settings.saving') : t('alerts.settings.save')}
        </button>
      </div>
    </form>
  );
}
