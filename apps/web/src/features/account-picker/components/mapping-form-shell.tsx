import type { ReactNode } from 'react';
import type { FieldValues, Path } from 'react-hook-form';
import { useMappingsTranslation } from '../locales';
import type { MappingFormState, MappingItem } from '../use-mapping-form';
import { MappingProblems } from './mapping-problems';

type MappingFormShellProps<Body extends FieldValues, Item extends MappingItem<Body>> = {
  mapping: MappingFormState<Body, Item>;
  title: string;
  nameLabel: string;
  /** The button's text on the form that adds a row. */
  createLabel: string;
  /** Says "Lagret" beside the button after a save, until the next change. */
  announceSaved?: boolean;
  /** The mapping's own fields, between the name and the row's problems. */
  children: ReactNode;
};

/**
 * The frame of a mapping row's form (product type, payment type): a form named by its title, the
 * BFF's refusal as an alert, the name, the row's problems while nothing is changed, the save button.
 */
export function MappingFormShell<Body extends FieldValues, Item extends MappingItem<Body>>({
  mapping,
  title,
  nameLabel,
  createLabel,
  announceSaved = false,
  children,
}: MappingFormShellProps<Body, Item>) {
  const { t } = useMappingsTranslation();
  const { form, id, item, save, onSubmit } = mapping;
  const { errors, isDirty } = form.formState;
  // Every mapping row has a name; the generic form type cannot know that, hence the cast.
  const name = 'name' as Path<Body>;
  const nameError = form.getFieldState(name, form.formState).error;

  return (
    <form className="card form mapping-form" aria-label={title} onSubmit={onSubmit} noValidate>
      <h2>{title}</h2>
      {errors.root?.server && (
        <p className="alert alert--error" role="alert">
          {errors.root.server.message}
        </p>
      )}
      <div className="field">
        <label htmlFor={`${id}-name`}>{nameLabel}</label>
        <input id={`${id}-name`} aria-invalid={nameError ? true : undefined} {...form.register(name)} />
        {nameError && <p className="field__error">{nameError.message}</p>}
      </div>
      {children}
      {item && !isDirty && <MappingProblems problems={item.problems} />}
      <button type="submit" className="button button--primary" disabled={save.isPending}>
        {save.isPending ? t('mappings.saving') : item ? t('mappings.save') : createLabel}
      </button>
      {announceSaved && save.isSuccess && !isDirty && (
        <span role="status" className="muted">
          {' '}
          {t('mappings.saved')}
        </span>
      )}
    </form>
  );
}
