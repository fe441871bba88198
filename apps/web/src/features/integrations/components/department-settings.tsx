import { RECOMMENDED_BUSINESS_DAY_START, type Department } from '@qo/contracts';
import { useId, useState } from 'react';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { Dialog, DialogContent } from '@/components/ui/dialog';
import { SwitchField } from '@/components/ui/switch';
import { notify } from '@/components/ui/toast';
import { getErrorMessage } from '@/lib/problem-message';
import { useDisconnectIntegration } from '../api/disconnect-integration';
import { useIntegration } from '../api/get-integration';
import { usePowerOfficeDepartments } from '../api/get-poweroffice-departments';
import { useUpdateDepartment } from '../api/save-department';
import { useTestConnection } from '../api/test-connection';
import { useUpdateIntegration } from '../api/update-integration';
import { useIntegrationsTranslation } from '../locales';
import { DepartmentFields, useDepartmentFields } from './department-fields';
import { ProblemAlert } from './problem-alert';

type Props = {
  department: Department;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onReplaceKey: () => void;
  onDisconnected: () => void;
};

/**
 * "Rediger": a department's settings in a side sheet (owner only). Name and drifttid for every
 * department; for a connected one also the PowerOffice department, the two switches with what they
 * need, the key and the connection test, and "Koble fra".
 */
export function DepartmentSettings({ department, open, onOpenChange, onReplaceKey, onDisconnected }: Props) {
  const { t } = useIntegrationsTranslation();
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent variant="sheet" title={t('integrations.settingsTitle', { name: department.name })}>
        <div className="settings-sheet">
          <NameAndHours department={department} />
          {department.integration && (
            <ConnectionSettings
              department={department}
              onReplaceKey={onReplaceKey}
              onDisconnected={onDisconnected}
            />
          )}
        </div>
      </DialogContent>
    </Dialog>
  );
}

function NameAndHours({ department }: { department: Department }) {
  const { t } = useIntegrationsTranslation();
  const update = useUpdateDepartment(department.id);
  const fields = useDepartmentFields(department);
  const { normalized } = fields;
  const changed =
    fields.name.trim() !== department.name || (normalized ?? fields.start) !== department.businessDayStart;

  const save = async () => {
    const body = fields.read();
    if (!body) return;
    try {
      await update.mutateAsync(body);
      fields.setStart(body.businessDayStart);
      notify.success(t('integrations.savedToast', { name: body.name }));
    } catch (error) {
      fields.showApiError(error);
    }
  };

  return (
    <form
      className="form"
      aria-label={t('integrations.nameAndHours')}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <DepartmentFields
        fields={fields}
        hint={t('integrations.businessHoursHint', { start: normalized ?? fields.start })}
      />
      {normalized !== null && normalized !== RECOMMENDED_BUSINESS_DAY_START && (
        <p className="alert alert--warning" role="note">
          {t('integrations.businessHoursWarning')}
        </p>
      )}
      {update.isError && !fields.errors.name && !fields.errors.start && <ProblemAlert error={update.error} />}
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={!changed || update.isPending}>
          {t('integrations.save')}
        </button>
      </div>
    </form>
  );
}

function ConnectionSettings({
  department,
  onReplaceKey,
  onDisconnected,
}: Omit<Props, 'open' | 'onOpenChange'>) {
  const { t } = useIntegrationsTranslation();
  const id = useId();
  const detail = useIntegration(department.id).data?.integration;
  const poDepartments = usePowerOfficeDepartments(department.id, true);
  const update = useUpdateIntegration(department.id);
  const test = useTestConnection(department.id);
  const disconnect = useDisconnectIntegration(department.id);
  const [confirming, setConfirming] = useState(false);
  if (!detail) return <p className="muted">{t('app.loading')}</p>;

  const change = (body: Parameters<typeof update.mutate>[0], done: string) =>
    update.mutate(body, { onSuccess: () => notify.success(done) });

  return (
    <>
      <section className="settings-sheet__section" aria-labelledby={`${id}-po-title`}>
        <h3 id={`${id}-po-title`}>
          {t('integrations.poTitle', { client: detail.clientName ?? detail.clientId })}
        </h3>
        <div className="field">
          <label htmlFor={`${id}-po`}>{t('integrations.poDepartment')}</label>
          <select
            id={`${id}-po`}
            value={detail.powerOfficeDepartment?.id ?? ''}
            disabled={update.isPending || poDepartments.isPending}
            aria-describedby={`${id}-po-hint`}
            onChange={(e) =>
              change(
                { powerOfficeDepartmentId: e.target.value === '' ? null : Number(e.target.value) },
                t('integrations.poDepartmentSaved'),
              )
            }
          >
            <option value="">{t('integrations.poDepartmentNone')}</option>
            {poDepartments.data?.items
              .filter((d) => d.isActive || d.id === detail.powerOfficeDepartment?.id)
              .map((d) => (
                <option key={d.id} value={d.id}>
                  {d.code ? `${d.code} ${d.name}` : d.name}
                </option>
              ))}
          </select>
          <p id={`${id}-po-hint`} className="field__hint">
            {t('integrations.poDepartmentHint')}
          </p>
          {poDepartments.isError && (
            <p className="field__error">
              {t('integrations.poDepartmentLoadError')} {getErrorMessage(poDepartments.error, t)}
            </p>
          )}
        </div>
        <SwitchField
          label={t('integrations.autoExport')}
          checked={detail.autoExport}
          disabled={update.isPending}
          onCheckedChange={(on) =>
            change({ autoExport: on }, on ? t('integrations.autoExportOn') : t('integrations.autoExportOff'))
          }
          hint={t('integrations.autoExportHelp')}
        />
        <SwitchField
          label={t('integrations.autoInvoice')}
          checked={detail.autoInvoice}
          disabled={update.isPending}
          onCheckedChange={(on) =>
            change(
              { autoInvoice: on },
              on ? t('integrations.autoInvoiceOn') : t('integrations.autoInvoiceOff'),
            )
          }
          hint={t('integrations.autoInvoiceHelp')}
        />
        {update.isError && <ProblemAlert error={update.error} />}
      </section>

      <section className="settings-sheet__section" aria-labelledby={`${id}-key-title`}>
        <h3 id={`${id}-key-title`}>{t('integrations.keyTitle')}</h3>
        <p>
          {t('integrations.keyFacts', { slot: detail.slotName })} <code>{detail.clientKeyMask}</code>
        </p>
        <div className="button-row">
          <button type="button" className="button" onClick={onReplaceKey}>
            {t('integrations.replaceKey')}
          </button>
          <button
            type="button"
            className="button"
            disabled={test.isPending}
            aria-busy={test.isPending || undefined}
            onClick={() => test.mutate()}
          >
            {test.isPending ? t('integrations.testing') : t('integrations.testConnection')}
          </button>
        </div>
        {test.data && (
          <p className={test.data.ok ? 'alert alert--ok' : 'alert alert--error'} role="status">
            {test.data.ok
              ? t('integrations.testOk', { client: test.data.clientName ?? '' })
              : t('integrations.testFailed', { error: test.data.error ?? '' })}
          </p>
        )}
        {test.isError && <ProblemAlert error={test.error} />}
      </section>

      <section className="settings-sheet__section" aria-labelledby={`${id}-danger-title`}>
        <h3 id={`${id}-danger-title`}>{t('integrations.disconnectTitle')}</h3>
        <p className="muted">{t('integrations.disconnectHelp')}</p>
        <button type="button" className="button button--danger-outline" onClick={() => setConfirming(true)}>
          {t('integrations.disconnect')}
        </button>
      </section>
      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        title={t('integrations.disconnectQuestion', { name: department.name })}
        description={t('integrations.disconnectConfirm', { name: department.name })}
        confirmLabel={t('integrations.disconnect')}
        destructive
        pending={disconnect.isPending}
        error={disconnect.isError ? <ProblemAlert error={disconnect.error} /> : undefined}
        onConfirm={() => {
          // Awaited rather than an onSuccess of mutate(): this section unmounts once the department
          // reads as disconnected, and the card still has to hear about it.
          void disconnect
            .mutateAsync()
            .then(() => {
              setConfirming(false);
              notify.success(t('integrations.disconnectedToast', { name: department.name }));
              onDisconnected();
            })
            .catch(() => undefined); // The dialog shows the refusal.
        }}
      />
    </>
  );
}
