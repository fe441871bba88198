import type { MappingProblem } from '@qo/contracts';
import type { UseMutationResult } from '@tanstack/react-query';
import { useId } from 'react';
import { useForm, type DefaultValues, type FieldValues, type Path, type Resolver, type UseFormReturn } from 'react-hook-form';
import { isApiError } from '@/lib/api-error';
import { getErrorMessage } from '@/lib/problem-message';
import { useMappingsTranslation } from './locales';

/** A row of a company mapping (a product type, a payment type) as the BFF shows it. */
export type MappingItem<Body> = Body & { id: string; name: string; problems: readonly MappingProblem[] };

/** Creates (id undefined) or updates a row and answers with it as saved. */
export type SaveMapping<Body, Item> = UseMutationResult<Item, Error, { id?: string; body: Body }>;

export type MappingFormState<Body extends FieldValues, Item extends MappingItem<Body>> = {
  form: UseFormReturn<Body>;
  /** Prefix for the form's element ids, unique per form on the page. */
  id: string;
  item: Item | undefined;
  save: SaveMapping<Body, Item>;
  onSubmit: () => Promise<void>;
};

type MappingFormOptions<Body extends FieldValues, Item extends MappingItem<Body>> = {
  /** The row being edited; undefined for the form that adds one. */
  item: Item | undefined;
  /** A new row's values. Its keys are the form's fields, so the row's id and problems stay out. */
  empty: Body;
  resolver: Resolver<Body>;
  save: SaveMapping<Body, Item>;
};

const fieldsOf = <Body extends FieldValues>(row: Body, empty: Body): Body =>
  Object.fromEntries(Object.keys(empty).map((key) => [key, row[key]])) as Body;

/**
 * The save of one mapping row, alike for every mapping: after a save an edited row shows what the
 * BFF kept and the add form empties; a refusal puts the BFF's messages on the fields it names and
 * its summary above the form.
 */
export function useMappingForm<Body extends FieldValues, Item extends MappingItem<Body>>({
  item,
  empty,
  resolver,
  save,
}: MappingFormOptions<Body, Item>): MappingFormState<Body, Item> {
  const { t } = useMappingsTranslation();
  const id = useId();
  const defaults = item ? fieldsOf(item, empty) : empty;
  const form = useForm<Body>({ resolver, defaultValues: defaults as DefaultValues<Body> });
  const fields = Object.keys(empty);

  const onSubmit = form.handleSubmit(async (body) => {
    try {
      const saved = await save.mutateAsync({ id: item?.id, body });
      form.reset(item ? fieldsOf(saved, empty) : defaults);
    } catch (error) {
      if (isApiError(error)) {
        for (const fe of error.fieldErrors) {
          if (fields.includes(fe.path)) form.setError(fe.path as Path<Body>, { type: 'server', message: fe.message });
        }
      }
      form.setError('root.server', { type: 'server', message: getErrorMessage(error, t) });
    }
  });
  return { form, id, item, save, onSubmit };
}
