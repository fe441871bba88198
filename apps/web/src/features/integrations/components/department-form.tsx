import { useId, useState } from 'react';
import { Dialog, DialogContent, DialogTrigger } from '@/components/ui/dialog';
import { normalizeTime, TimeField } from '@/components/ui/time-field';
import { notify } from '@/components/ui/toast';
import { isApiError } from '@/lib/api-error';
import { useCreateDepartment } from '../api/save-department';
import { useIntegrationsTranslation } from '../locales';
import { ProblemAlert } from './problem-alert';

/** Owner: add a department (name, drifttid in 24-hour time) in a dialog; it starts unconnected. */
export function AddDepartmentDialog() {
  const { t } = useIntegrationsTranslation();
  const id = useId();
  const mutation = useCreateDepartment();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [start, setStart] = useState('05:00');
  const [errors, setErrors] = useState<{ name?: string; start?: string }>({});

  const submit = async () => {
    const normalized = normalizeTime(start);
    if (name.trim() === '' || normalized === null) {
      setErrors({
        name: name.trim() === '' ? t('integrations.nameRequired') : undefined,
        start: normalized === null ? t('integrations.timeInvalid') : undefined,
      });
      return;
    }
    try {
      const created = await mutation.mutateAsync({ name: name.trim(), businessDayStart: normalized });
      notify.success(t('integrations.addedToast', { name: created.name }));
      setOpen(false);
      setName('');
      setStart('05:00');
      setErrors({});
    } catch (error) {
      const fields = isApiError(error) ? error.fieldErrors : [];
      setErrors({
        name: fields.find((f) => f.path === 'name')?.message,
        start: fields.find((f) => f.path === 'businessDayStart')?.message,
      });
    }
  };

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (!next) mutation.reset();
      }}
    >
      <DialogTrigger className="button">{t('integrations.addDepartment')}</DialogTrigger>
      <DialogContent title={t('integrations.addDepartment')}>
        <form
          className="form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void submit();
          }}
        >
          {mutation.isError && !errors.name && !errors.start && <ProblemAlert error={mutation.error} />}
          <div className="field">
            <label htmlFor={`${id}-name`}>{t('integrations.departmentName')}</label>
            <input
              id={`${id}-name`}
              value={name}
              onChange={(e) => setName(e.target.value)}
              aria-invalid={errors.name ? true : undefined}
            />
            {errors.name && <p className="field__error">{errors.name}</p>}
          </div>
          <TimeField
            label={t('integrations.businessDayStart')}
            value={start}
            onChange={setStart}
            error={errors.start}
          />
          <div className="dialog__footer">
            <button type="button" className="button" onClick={() => setOpen(false)}>
              {t('integrations.cancel')}
            </button>
            <button type="submit" className="button button--primary" disabled={mutation.isPending}>
              {t('integrations.save')}
            </button>
          </div>
        </form>
      </DialogContent>
    </Dialog>
  );
}
