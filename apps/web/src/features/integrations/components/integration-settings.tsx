import { RECOMMENDED_BUSINESS_DAY_START, type Department, type IntegrationDetail } from '@qo/contracts';
import { useId, useState } from 'react';
import { getErrorMessage } from '@/lib/problem-message';
import { useDisconnectIntegration } from '../api/disconnect-integration';
import { usePowerOfficeDepartments } from '../api/get-poweroffice-departments';
import { useUpdateDepartment } from '../api/save-department';
import { useTestConnection } from '../api/test-connection';
import { useUpdateIntegration } from '../api/update-integration';
import { ProblemAlert } from './problem-alert';
import { useIntegrationsTranslation } from '../locales';

type Props = { department: Department; detail: IntegrationDetail; onReplaceKey: () => void };

/** The "⋯" menu of a connected department (owner only). */
export function IntegrationSettings({ department, detail, onReplaceKey }: Props) {
  const { t } = useIntegrationsTranslation();
  const id = useId();
  const poDepartments = usePowerOfficeDepartments(department.id, true);
  const update = useUpdateIntegration(department.id);
  const updateDepartment = useUpdateDepartment(department.id);
  const test = useTestConnection(department.id);
  const disconnect = useDisconnectIntegration(department.id);
  const [confirming, setConfirming] = useState(false);
  const [start, setStart] = useState(department.businessDayStart);

  return (
    <div className="card" aria-label={t('integrations.menu', { name: department.name })} role="region">
      <div className="field">
        <label htmlFor={`${id}-po`}>{t('integrations.poDepartment')}</label>
        <select
          id={`${id}-po`}
          value={detail.powerOfficeDepartment?.id ?? ''}
          disabled={update.isPending || poDepartments.isPending}
          onChange={(e) => update.mutate({ powerOfficeDepartmentId: e.target.value === '' ? null : Number(e.target.value) })}
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
        {poDepartments.isError && (
          <p className="field__error">
            {t('integrations.poDepartmentLoadError')} {getErrorMessage(poDepartments.error, t)}
          </p>
        )}
      </div>

      <form
        className="field"
        onSubmit={(e) => {
          e.preventDefault();
          updateDepartment.mutate({ businessDayStart: start });
        }}
      >
        <label htmlFor={`${id}-hours`}>{t('integrations.businessHours')}</label>
        <input id={`${id}-hours`} type="time" value={start} onChange={(e) => setStart(e.target.value)} />{' '}
        <button type="submit" className="button" disabled={updateDepartment.isPending || start === department.businessDayStart}>
          {t('integrations.save')}
        </button>
        {updateDepartment.isError && <ProblemAlert error={updateDepartment.error} />}
        {department.businessDayStart !== RECOMMENDED_BUSINESS_DAY_START && (
          <p className="alert" role="note">
            {t('integrations.businessHoursWarning')}
          </p>
        )}
      </form>

      <div className="field">
        <label>
          <input type="checkbox" checked={detail.autoExport} disabled={update.isPending} onChange={(e) => update.mutate({ autoExport: e.target.checked })} />{' '}
          {t('integrations.autoExport')}
        </label>
        <p className="muted">{t('integrations.autoExportHelp')}</p>
      </div>
      <div className="field">
        <label>
          <input type="checkbox" checked={detail.autoInvoice} disabled={update.isPending} onChange={(e) => update.mutate({ autoInvoice: e.target.checked })} />{' '}
          {t('integrations.autoInvoice')}
        </label>
        <p className="muted">{t('integrations.autoInvoiceHelp')}</p>
      </div>
      {update.isError && <ProblemAlert error={update.error} />}

      <div>
        <button type="button" className="button" onClick={onReplaceKey}>
          {t('integrations.replaceKey')}
        </button>{' '}
        <button type="button" className="button" disabled={test.isPending} onClick={() => test.mutate()}>
          {test.isPending ? t('integrations.testing') : t('integrations.testConnection')}
        </button>{' '}
        <button type="button" className="button" onClick={() => setConfirming(true)}>
          {t('integrations.disconnect')}
        </button>
      </div>
      {test.data && (
        <p className={test.data.ok ? 'alert' : 'alert alert--error'} role="status">
          {test.data.ok ? t('integrations.testOk', { client: test.data.clientName ?? '' }) : t('integrations.testFailed', { error: test.data.error ?? '' })}
        </p>
      )}
      {test.isError && <ProblemAlert error={test.error} />}
      {confirming && (
        <div role="alertdialog" aria-labelledby={`${id}-confirm`} className="alert">
          <p id={`${id}-confirm`}>{t('integrations.disconnectConfirm', { name: department.name })}</p>
          <button type="button" className="button button--primary" disabled={disconnect.isPending} onClick={() => disconnect.mutate()}>
            {t('integrations.disconnectYes')}
          </button>{' '}
          <button type="button" className="button" onClick={() => setConfirming(false)}>
            {t('integrations.cancel')}
          </button>
          {disconnect.isError && <ProblemAlert error={disconnect.error} />}
        </div>
      )}
    </div>
  );
}
