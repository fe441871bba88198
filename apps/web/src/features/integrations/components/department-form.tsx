import { zodResolver } from '@hookform/resolvers/zod';
import { createDepartmentBodySchema, departmentNameSchema, type CreateDepartmentBody } from '@qo/contracts';
import { useId } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { isApiError } from '@/lib/api-error';
import { getFieldErrorMessage } from '@/lib/field-error-message';
import { useCreateDepartment, useUpdateDepartment } from '../api/save-department';
import { ProblemAlert } from './problem-alert';
import { useIntegrationsTranslation } from '../locales';

/** Owner: add a department (name, business hours); it starts unconnected. */
export function AddDepartmentForm({ onDone }: { onDone: () => void }) {
  const { t } = useIntegrationsTranslation();
  const id = useId();
  const mutation = useCreateDepartment();
  const { register, handleSubmit, setError, formState } = useForm<z.input<typeof createDepartmentBodySchema>, unknown, CreateDepartmentBody>({
    resolver: zodResolver(createDepartmentBodySchema),
    defaultValues: { name: '', businessDayStart: '05:00' },
  });
  const onSubmit = handleSubmit(async (values) => {
    try {
      await mutation.mutateAsync(values);
      onDone();
    } catch (error) {
      if (isApiError(error)) for (const e of error.fieldErrors) if (e.path === 'name') setError('name', { type: 'server', message: e.message });
    }
  });
  const nameError = getFieldErrorMessage('name', formState.errors.name, t);
  return (
    <form className="form card" onSubmit={onSubmit} noValidate aria-label={t('integrations.addDepartment')}>
      {mutation.isError && !nameError && <ProblemAlert error={mutation.error} />}
      <div className="field">
        <label htmlFor={`${id}-name`}>{t('integrations.departmentName')}</label>
        <input id={`${id}-name`} aria-invalid={nameError ? true : undefined} {...register('name')} />
        {nameError && <p className="field__error">{nameError}</p>}
      </div>
      <div className="field">
        <label htmlFor={`${id}-start`}>{t('integrations.businessDayStart')}</label>
        <input id={`${id}-start`} type="time" {...register('businessDayStart')} />
      </div>
      <div>
        <button type="submit" className="button button--primary" disabled={mutation.isPending}>
          {t('integrations.save')}
        </button>{' '}
        <button type="button" className="button" onClick={onDone}>
          {t('integrations.cancel')}
        </button>
      </div>
    </form>
  );
}

const renameSchema = z.object({ name: departmentNameSchema });

export function RenameDepartmentForm({ department, onDone }: { department: { id: string; name: string }; onDone: () => void }) {
  const { t } = useIntegrationsTranslation();
  const id = useId();
  const mutation = useUpdateDepartment(department.id);
  const { register, handleSubmit, setError, formState } = useForm<z.infer<typeof renameSchema>>({
    resolver: zodResolver(renameSchema),
    defaultValues: { name: department.name },
  });
  const onSubmit = handleSubmit(async (values) => {
    try {
      await mutation.mutateAsync(values);
      onDone();
    } catch (error) {
      if (isApiError(error)) for (const e of error.fieldErrors) if (e.path === 'name') setError('name', { type: 'server', message: e.message });
    }
  });
  const nameError = getFieldErrorMessage('name', formState.errors.name, t);
  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-label={t('integrations.renameTitle', { name: department.name })}>
      <div className="field">
        <label htmlFor={`${id}-name`}>{t('integrations.renameTitle', { name: department.name })}</label>
        <input id={`${id}-name`} aria-invalid={nameError ? true : undefined} {...register('name')} />
        {nameError && <p className="field__error">{nameError}</p>}
      </div>
      {mutation.isError && !nameError && <ProblemAlert error={mutation.error} />}
      <button type="submit" className="button button--primary" disabled={mutation.isPending}>
        {t('integrations.save')}
      </button>{' '}
      <button type="button" className="button" onClick={onDone}>
        {t('integrations.cancel')}
      </button>
    </form>
  );
}
