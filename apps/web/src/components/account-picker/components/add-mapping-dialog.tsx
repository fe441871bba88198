import { useId, useRef, useState } from 'react';
import { Dialog, DialogContent, DialogTrigger } from '@/components/ui/dialog';
import { isApiError } from '@/lib/api-error';
import { getErrorMessage } from '@/lib/problem-message';
import { useMappingsTranslation } from '../locales';

type AddMappingDialogProps<K extends string> = {
  /** The button and the dialog's title ("Ny produkttype"). */
  title: string;
  nameLabel: string;
  kindLabel: string;
  kinds: readonly { value: K; label: string }[];
  defaultKind: K;
  /** Creates the row and answers with its id; a refusal is shown in the dialog. */
  create: (name: string, kind: K) => Promise<string>;
  /** After the row is created (the page focuses it). */
  onCreated: (id: string, name: string) => void;
};

/** Adds a row to a mapping table: name and kind in a dialog; the accounts are then chosen in the table. */
export function AddMappingDialog<K extends string>(props: AddMappingDialogProps<K>) {
  const { title, nameLabel, kindLabel, kinds, defaultKind, create, onCreated } = props;
  const { t } = useMappingsTranslation();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [kind, setKind] = useState<K>(defaultKind);
  const [error, setError] = useState<{ name?: string; message?: string }>({});
  const [pending, setPending] = useState(false);
  // After a row is added the page focuses it, so the dialog does not send focus back to its button.
  const created = useRef(false);

  const submit = async () => {
    if (name.trim() === '') {
      setError({ name: t('mappings.nameRequired') });
      return;
    }
    setPending(true);
    try {
      const newId = await create(name.trim(), kind);
      created.current = true;
      setOpen(false);
      setName('');
      setKind(defaultKind);
      setError({});
      onCreated(newId, name.trim());
    } catch (e) {
      const nameError = isApiError(e) ? e.fieldErrors.find((fe) => fe.path === 'name')?.message : undefined;
      setError({ name: nameError, message: nameError ? undefined : getErrorMessage(e, t) });
    } finally {
      setPending(false);
    }
  };

  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger className="button">{title}</DialogTrigger>
      <DialogContent
        title={title}
        onCloseAutoFocus={(event) => {
          if (created.current) event.preventDefault();
          created.current = false;
        }}
      >
        <form
          className="form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void submit();
          }}
        >
          {error.message && (
            <p className="alert alert--error" role="alert">
              {error.message}
            </p>
          )}
          <div className="field">
            <label htmlFor={`${id}-name`}>{nameLabel}</label>
            <input
              id={`${id}-name`}
              value={name}
              onChange={(e) => setName(e.target.value)}
              aria-invalid={error.name ? true : undefined}
              aria-describedby={error.name ? `${id}-name-error` : undefined}
            />
            {error.name && (
              <p id={`${id}-name-error`} className="field__error">
                {error.name}
              </p>
            )}
          </div>
          <div className="field">
            <label htmlFor={`${id}-kind`}>{kindLabel}</label>
            <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.target.value as K)}>
              {kinds.map((k) => (
                <option key={k.value} value={k.value}>
                  {k.label}
                </option>
              ))}
            </select>
          </div>
          <div className="dialog__footer">
            <button type="button" className="button" onClick={() => setOpen(false)}>
              {t('ui.cancel')}
            </button>
            <button
              type="submit"
              className="button button--primary"
              disabled={pending}
              aria-busy={pending || undefined}
            >
              {t('mappings.add')}
            </button>
          </div>
        </form>
      </DialogContent>
    </Dialog>
  );
}
