import type { ChartVatCode } from '@qo/contracts';
import { getErrorMessage } from '@/lib/problem-message';
import { useVatCodes } from '../api/vat-codes';
import { useVatCodesTranslation } from '../locales';
import { VatCodeForm } from './vat-code-form';

type VatCodesViewProps = { vatCodes: readonly ChartVatCode[]; departmentId: string | undefined; canEdit: boolean };

export function VatCodesView({ vatCodes, departmentId, canEdit }: VatCodesViewProps) {
  const { t } = useVatCodesTranslation();
  const list = useVatCodes(departmentId);
  if (list.isPending) return <p className="muted">{t('app.loading')}</p>;
  if (list.isError) return <p className="alert alert--error" role="alert">{getErrorMessage(list.error, t)}</p>;
  return (
    <div className="mapping-forms">
      {!canEdit && <p className="muted">{t('mappings.readOnly')}</p>}
      {list.data.map((m) => (
        <VatCodeForm key={m.rate} mapping={m} vatCodes={vatCodes} departmentId={departmentId} canEdit={canEdit} />
      ))}
    </div>
  );
}
