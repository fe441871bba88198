import type { Department, IntegrationSlot } from '@qo/contracts';
import { useState } from 'react';
import { formatDateTime } from '@/lib/format';
import { getErrorMessage } from '@/lib/problem-message';
import { useIntegration } from '../api/get-integration';
import { ConnectDialog } from './connect-dialog';
import { RenameDepartmentForm } from './department-form';
import { IntegrationSettings } from './integration-settings';
import { useIntegrationsTranslation } from '../locales';

type Props = { department: Department; slots: IntegrationSlot[]; departmentNames: Map<string, string>; canEdit: boolean };

/** One POS department: its PowerOffice connection, health and (for the owner) every action. */
export function DepartmentCard({ department, slots, departmentNames, canEdit }: Props) {
  const { t } = useIntegrationsTranslation();
  const [dialog, setDialog] = useState<'connect' | 'rename' | null>(null);
  const [menuOpen, setMenuOpen] = useState(false);
  const titleId = `department-${department.id}`;

  return (
    <section className="card" aria-labelledby={titleId}>
      <h3 id={titleId}>{department.name}</h3>
      {canEdit && dialog !== 'rename' && (
        <button type="button" className="button" onClick={() => setDialog('rename')}>
          {t('integrations.rename')}
        </button>
      )}
      {dialog === 'rename' && <RenameDepartmentForm department={department} onDone={() => setDialog(null)} />}
      <p className="muted">
        {t('integrations.businessHours')}: {t('integrations.businessHoursValue', { start: department.businessDayStart })}
      </p>

      {department.integration ? (
        <ConnectedDetails
          department={department}
          canEdit={canEdit}
          menuOpen={menuOpen}
          onToggleMenu={() => setMenuOpen((o) => !o)}
          onReplaceKey={() => setDialog('connect')}
        />
      ) : (
        <>
          <p>
            <span className="badge">{t('integrations.notConnected')}</span>
          </p>
          {canEdit && dialog !== 'connect' && (
            <button type="button" className="button button--primary" onClick={() => setDialog('connect')}>
              {t('integrations.connect')}
            </button>
          )}
        </>
      )}
      {dialog === 'connect' && (
        <ConnectDialog
          department={department}
          slots={slots}
          departmentNames={departmentNames}
          initialSlot={department.integration?.slot}
          onClose={() => setDialog(null)}
        />
      )}
    </section>
  );
}

type DetailsProps = { department: Department; canEdit: boolean; menuOpen: boolean; onToggleMenu: () => void; onReplaceKey: () => void };

function ConnectedDetails({ department, canEdit, menuOpen, onToggleMenu, onReplaceKey }: DetailsProps) {
  const { t } = useIntegrationsTranslation();
  const query = useIntegration(department.id);
  if (query.isPending) return <p className="muted">{t('app.loading')}</p>;
  if (query.isError) return <p className="alert alert--error" role="alert">{getErrorMessage(query.error, t)}</p>;
  const detail = query.data.integration;
  if (!detail) return null;
  return (
    <>
      <p>
        <span className={`badge badge--${detail.status}`}>{t(`integrations.status.${detail.status}`)}</span>{' '}
        <strong>{t('integrations.connectedTo', { client: detail.clientName ?? detail.clientId })}</strong>
      </p>
      <dl>
        <dt>{t('integrations.connectedAt')}</dt>
        <dd>{formatDateTime(detail.connectedAt)}</dd>
        <dt>{t('integrations.slot')}</dt>
        <dd>{detail.slotName}</dd>
        <dt>{t('integrations.keyMask')}</dt>
        <dd>
          <code>{detail.clientKeyMask}</code>
        </dd>
        <dt>{t('integrations.poDepartment')}</dt>
        <dd>{detail.powerOfficeDepartment ? detail.powerOfficeDepartment.name : t('integrations.poDepartmentNone')}</dd>
        <dt>{t('integrations.autoExport')}</dt>
        <dd>{detail.autoExport ? '✓' : '–'}</dd>
        <dt>{t('integrations.autoInvoice')}</dt>
        <dd>{detail.autoInvoice ? '✓' : '–'}</dd>
        <dt>{t('integrations.missingPrivileges')}</dt>
        <dd>{detail.missingPrivileges.length ? detail.missingPrivileges.join(', ') : t('integrations.noMissingPrivileges')}</dd>
        <dt>{t('integrations.lastSuccess')}</dt>
        <dd>{detail.health.lastSuccessAt ? formatDateTime(detail.health.lastSuccessAt) : t('integrations.never')}</dd>
        <dt>{t('integrations.lastError')}</dt>
        <dd>{detail.health.lastError ? `${formatDateTime(detail.health.lastErrorAt ?? '')}: ${detail.health.lastError}` : t('integrations.none')}</dd>
      </dl>
      {detail.warnings.map((w) => (
        <div key={w.code} className="alert alert--error" role="alert">
          <strong>{t('integrations.doubleBookingTitle')}</strong>
          <p>{w.message}</p>
        </div>
      ))}
      {canEdit && (
        <>
          <button type="button" className="button" aria-expanded={menuOpen} aria-label={t('integrations.menu', { name: department.name })} onClick={onToggleMenu}>
            ⋯
          </button>
          {menuOpen && <IntegrationSettings department={department} detail={detail} onReplaceKey={onReplaceKey} />}
        </>
      )}
    </>
  );
}
