import { useState } from 'react';
import { Dialog, DialogContent, DialogTrigger } from '@/components/ui/dialog';
import { notify } from '@/components/ui/toast';
import { useCreateDepartment } from '../api/save-department';
import { useIntegrationsTranslation } from '../locales';
import { DepartmentFields, useDepartmentFields } from './department-fields';
import { ProblemAlert } from './problem-alert';

const NEW_DEPARTMENT = { name: '', businessDayStart: '05:00' };

/** Owner: add a department (name, drifttid in 24-hour time) in a dialog; it starts unconnected. */
export function AddDepartmentDialog() {
  const { t } = useIntegrationsTranslation();
  const mutation = useCreateDepartment();
  const [open, setOpen] = useState(false);
  const fields = useDepartmentFields(NEW_DEPARTMENT);

  const submit = async () => {
    const body = fields.read();
    if (!body) return;
    try {
      const created = await mutation.mutateAsync(body);
      notify.success(t('integrations.addedToast', { name: created.name }));
      setOpen(false);
      fields.reset(NEW_DEPARTMENT);
    } catch (error) {
      fields.showApiError(error);
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
          {mutation.isError && !fields.errors.name && !fields.errors.start && (
            <ProblemAlert error={mutation.error} />
          )}
          <DepartmentFields fields={fields} />
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
