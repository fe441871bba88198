import type { CreateDepartmentBody } from '@qo/contracts';
import { useId, useState } from 'react';
import { normalizeTime, TimeField } from '@/components/ui/time-field';
import { isApiError } from '@/lib/api-error';
import { useIntegrationsTranslation } from '../locales';

type Errors = { name?: string | undefined; start?: string | undefined };

/**
 * A department's name and drifttid (24-hour time) as typed, for adding one (`department-form.tsx`)
 * and for its settings (`department-settings.tsx`): `read()` checks them, showing what is wrong,
 * and gives the body the BFF takes; `showApiError` puts the BFF's field errors on the fields.
 */
export function useDepartmentFields(initial: { name: string; businessDayStart: string }) {
  const { t } = useIntegrationsTranslation();
  const [name, setName] = useState(initial.name);
  const [start, setStart] = useState(initial.businessDayStart);
  const [errors, setErrors] = useState<Errors>({});
  const normalized = normalizeTime(start);

  const read = (): CreateDepartmentBody | null => {
    if (name.trim() === '' || normalized === null) {
      setErrors({
        name: name.trim() === '' ? t('integrations.nameRequired') : undefined,
        start: normalized === null ? t('integrations.timeInvalid') : undefined,
      });
      return null;
    }
    setErrors({});
    return { name: name.trim(), businessDayStart: normalized };
  };
  const showApiError = (error: unknown) => {
    const fields = isApiError(error) ? error.fieldErrors : [];
    setErrors({
      name: fields.find((f) => f.path === 'name')?.message,
      start: fields.find((f) => f.path === 'businessDayStart')?.message,
    });
  };
  /** Back to these values, without errors (after adding one, for the next). */
  const reset = (values: { name: string; businessDayStart: string }) => {
    setName(values.name);
    setStart(values.businessDayStart);
    setErrors({});
  };

  return { name, setName, start, setStart, normalized, errors, read, showApiError, reset };
}

/** The two fields; `hint` under the time (the settings explain what drifttid means). */
export function DepartmentFields({
  fields,
  hint,
}: {
  fields: ReturnType<typeof useDepartmentFields>;
  hint?: string | undefined;
}) {
  const { t } = useIntegrationsTranslation();
  const id = useId();
  return (
    <>
      <div className="field">
        <label htmlFor={`${id}-name`}>{t('integrations.departmentName')}</label>
        <input
          id={`${id}-name`}
          value={fields.name}
          onChange={(e) => fields.setName(e.target.value)}
          aria-invalid={fields.errors.name ? true : undefined}
        />
        {fields.errors.name && <p className="field__error">{fields.errors.name}</p>}
      </div>
      <TimeField
        label={t('integrations.businessDayStart')}
        value={fields.start}
        onChange={fields.setStart}
        error={fields.errors.start}
        hint={hint}
      />
    </>
  );
}
