import type { ConnectIntegrationBody, IntegrationSlot } from '@qo/contracts';
import { useId } from 'react';
import { useForm } from 'react-hook-form';
import { Dialog, DialogContent } from '@/components/ui/dialog';
import { notify } from '@/components/ui/toast';
import { isApiError } from '@/lib/api-error';
import { getFieldErrorMessage } from '@/lib/field-error-message';
import { useConnectIntegration } from '../api/connect-integration';
import { useIntegrationsTranslation } from '../locales';
import { connectResolver } from './connect-form-resolver';
import { ProblemAlert } from './problem-alert';

type Props = {
  department: { id: string; name: string };
  slots: IntegrationSlot[];
  departmentNames: Map<string, string>;
  initialSlot?: number | undefined;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** After a successful connection (the card takes the focus). */
  onConnected: () => void;
};

/** "Koble til" and "Bytt nøkkel": slot and pasted client key; PowerOffice's refusal shown inside. */
export function ConnectDialog({
  department,
  slots,
  departmentNames,
  initialSlot,
  open,
  onOpenChange,
  onConnected,
}: Props) {
  const { t } = useIntegrationsTranslation();
  const id = useId();
  const mutation = useConnectIntegration(department.id);
  const firstFree = slots.find((s) => s.usedBy.length === 0)?.slot ?? 0;
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors },
  } = useForm<ConnectIntegrationBody>({
    resolver: connectResolver,
    defaultValues: { slot: initialSlot ?? firstFree, clientKey: '' },
  });

  const onSubmit = handleSubmit(async (values) => {
    try {
      const result = await mutation.mutateAsync(values);
      notify.success(
        t('integrations.connectedToast', { name: department.name, client: result.clientName ?? '' }),
      );
      reset({ slot: values.slot, clientKey: '' });
      onConnected();
    } catch (error) {
      if (isApiError(error)) {
        for (const e of error.fieldErrors) {
          if (e.path === 'slot' || e.path === 'clientKey')
            setError(e.path, { type: 'server', message: e.message });
        }
      }
    }
  });

  const slotError = getFieldErrorMessage('slot', errors.slot, t);
  const keyError = getFieldErrorMessage('clientKey', errors.clientKey, t);
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        if (!next) mutation.reset();
        onOpenChange(next);
      }}
    >
      <DialogContent title={t('integrations.connectTitle', { name: department.name })}>
        <form className="form" onSubmit={(event) => void onSubmit(event)} noValidate>
          {mutation.isError && <ProblemAlert error={mutation.error} />}
          <div className="field">
            <label htmlFor={`${id}-slot`}>{t('integrations.slotLabel')}</label>
            <select
              id={`${id}-slot`}
              aria-invalid={slotError ? true : undefined}
              {...register('slot', { valueAsNumber: true })}
            >
              {slots.map((s) => {
                const others = s.usedBy
                  .filter((d) => d !== department.id)
                  .map((d) => departmentNames.get(d) ?? d);
                return (
                  <option key={s.slot} value={s.slot}>
                    {others.length
                      ? t('integrations.slotOptionUsed', { name: s.name, departments: others.join(', ') })
                      : t('integrations.slotOption', { name: s.name })}
                  </option>
                );
              })}
            </select>
            {slotError && <p className="field__error">{slotError}</p>}
          </div>
          <div className="field">
            <label htmlFor={`${id}-key`}>{t('integrations.clientKeyLabel')}</label>
            <input
              id={`${id}-key`}
              type="password"
              autoComplete="off"
              spellCheck={false}
              aria-invalid={keyError ? true : undefined}
              aria-describedby={`${id}-key-help`}
              {...register('clientKey')}
            />
            <p id={`${id}-key-help`} className="field__hint">
              {t('integrations.clientKeyHelp')}
            </p>
            {keyError && <p className="field__error">{keyError}</p>}
          </div>
          <div className="dialog__footer">
            <button type="button" className="button" onClick={() => onOpenChange(false)}>
              {t('integrations.cancel')}
            </button>
            <button
              type="submit"
              className="button button--primary"
              disabled={mutation.isPending}
              aria-busy={mutation.isPending || undefined}
            >
              {mutation.isPending ? t('integrations.connecting') : t('integrations.connect')}
            </button>
          </div>
        </form>
      </DialogContent>
    </Dialog>
  );
}
