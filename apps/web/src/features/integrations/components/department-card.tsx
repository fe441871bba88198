import type { Department, IntegrationDetail, IntegrationSlot } from '@qo/contracts';
import { useRef, useState } from 'react';
import { StatusBadge, type StatusTone } from '@/components/ui/status-badge';
import { formatDateTime } from '@/lib/format';
import { getErrorMessage } from '@/lib/problem-message';
import { useIntegration } from '../api/get-integration';
import { useIntegrationsTranslation } from '../locales';
import { ConnectDialog } from './connect-dialog';
import { DepartmentSettings } from './department-settings';

type Props = {
  department: Department;
  slots: IntegrationSlot[];
  departmentNames: Map<string, string>;
  canEdit: boolean;
};

const TONE: Record<IntegrationDetail['status'], StatusTone> = {
  connected: 'ok',
  error: 'danger',
  disconnected: 'neutral',
};

/**
 * One POS department: its status and, top right, the owner's primary action ("Koble til" when not
 * connected, "Rediger" when it is); below, what is set, in words.
 */
export function DepartmentCard({ department, slots, departmentNames, canEdit }: Props) {
  const { t } = useIntegrationsTranslation();
  const [dialog, setDialog] = useState<'connect' | 'settings' | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const titleId = `department-${department.id}`;
  const connected = department.integration !== null;
  const focusCard = () => window.setTimeout(() => headingRef.current?.focus(), 50);

  return (
    <section className="card department-card" aria-labelledby={titleId}>
      <div className="department-card__head">
        <div className="department-card__title">
          <h3 id={titleId} ref={headingRef} tabIndex={-1}>
            {department.name}
          </h3>
          {!connected && <StatusBadge tone="neutral">{t('integrations.notConnected')}</StatusBadge>}
          {department.integration && (
            <StatusBadge tone={TONE[department.integration.status]}>
              {t(`integrations.status.${department.integration.status}`)}
            </StatusBadge>
          )}
        </div>
        {canEdit && (
          <div className="button-row">
            {!connected && (
              <button type="button" className="button" onClick={() => setDialog('settings')}>
                {t('integrations.edit')}
              </button>
            )}
            <button
              type="button"
              className="button button--primary"
              onClick={() => setDialog(connected ? 'settings' : 'connect')}
              aria-label={connected ? t('integrations.editOf', { name: department.name }) : undefined}
            >
              {connected ? t('integrations.edit') : t('integrations.connect')}
            </button>
          </div>
        )}
      </div>

      {department.integration ? (
        <ConnectedFacts department={department} />
      ) : (
        <dl className="facts">
          <div>
            <dt>{t('integrations.businessHours')}</dt>
            <dd>{t('integrations.businessHoursValue', { start: department.businessDayStart })}</dd>
          </div>
        </dl>
      )}

      <ConnectDialog
        department={department}
        slots={slots}
        departmentNames={departmentNames}
        initialSlot={department.integration?.slot}
        open={dialog === 'connect'}
        onOpenChange={(open) => setDialog(open ? 'connect' : null)}
        onConnected={() => {
          setDialog(null);
          focusCard();
        }}
      />
      {canEdit && (
        <DepartmentSettings
          department={department}
          open={dialog === 'settings'}
          onOpenChange={(open) => setDialog(open ? 'settings' : null)}
          onReplaceKey={() => setDialog('connect')}
          onDisconnected={() => {
            setDialog(null);
            focusCard();
          }}
        />
      )}
    </section>
  );
}

/** A connected department's facts as sentences: client, key slot, PowerOffice department, switches, health. */
function ConnectedFacts({ department }: { department: Department }) {
  const { t } = useIntegrationsTranslation();
  const query = useIntegration(department.id);
  if (query.isPending) return <p className="muted">{t('app.loading')}</p>;
  if (query.isError)
    return (
      <p className="alert alert--error" role="alert">
        {getErrorMessage(query.error, t)}
      </p>
    );
  const detail = query.data.integration;
  if (!detail) return null;
  const onOff = (on: boolean) => (on ? t('integrations.on') : t('integrations.off'));
  return (
    <>
      <p className="department-card__client">
        <strong>{t('integrations.connectedTo', { client: detail.clientName ?? detail.clientId })}</strong>{' '}
        <span className="muted">
          {t('integrations.connectedSince', {
            at: formatDateTime(detail.connectedAt),
            slot: detail.slotName,
          })}
        </span>
      </p>
      <dl className="facts">
        <div>
          <dt>{t('integrations.businessHours')}</dt>
          <dd>{t('integrations.businessHoursValue', { start: department.businessDayStart })}</dd>
        </div>
        <div>
          <dt>{t('integrations.poDepartment')}</dt>
          <dd>
            {detail.powerOfficeDepartment
              ? detail.powerOfficeDepartment.name
              : t('integrations.poDepartmentNotChosen')}
          </dd>
        </div>
        <div>
          <dt>{t('integrations.autoExport')}</dt>
          <dd>{onOff(detail.autoExport)}</dd>
        </div>
        <div>
          <dt>{t('integrations.autoInvoice')}</dt>
          <dd>{onOff(detail.autoInvoice)}</dd>
        </div>
        <div>
          <dt>{t('integrations.missingPrivileges')}</dt>
          <dd>
            {detail.missingPrivileges.length
              ? detail.missingPrivileges.join(', ')
              : t('integrations.noMissingPrivileges')}
          </dd>
        </div>
        <div>
          <dt>{t('integrations.journalTitle')}</dt>
          <dd>
            {detail.privileges
              ? t(`integrations.journals.${detail.privileges.voucherJournal.reason}`)
              : t('integrations.journalUnknown')}
          </dd>
        </div>
        {detail.privileges && (
          <div>
            <dt>{t('integrations.featuresTitle')}</dt>
            <dd>
              <ul>
                {detail.privileges.features.map((f) => (
                  <li key={f.feature}>
                    {t(`integrations.features.${f.feature}`)}:{' '}
                    {f.available
                      ? t('integrations.featureOk')
                      : t('integrations.featureMissing', {
                          privileges:
                            f.anyOf.length && f.missing.some((p) => f.anyOf.includes(p))
                              ? t('integrations.featureAnyOf', { privileges: f.anyOf.join(', ') })
                              : f.missing.join(', '),
                        })}
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        )}
        <div>
          <dt>{t('integrations.lastSuccess')}</dt>
          <dd>
            {detail.health.lastSuccessAt
              ? formatDateTime(detail.health.lastSuccessAt)
              : t('integrations.never')}
          </dd>
        </div>
        {detail.health.lastError && (
          <div>
            <dt>{t('integrations.lastError')}</dt>
            <dd>{`${formatDateTime(detail.health.lastErrorAt ?? '')}: ${detail.health.lastError}`}</dd>
          </div>
        )}
      </dl>
      {detail.warnings.map((w) => (
        <div key={w.code} className="alert alert--warning" role="alert">
          <strong>{t('integrations.doubleBookingTitle')}</strong>
          <p>{w.message}</p>
        </div>
      ))}
    </>
  );
}
