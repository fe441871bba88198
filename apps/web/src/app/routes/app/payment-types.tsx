import { PlaceholderPage } from '@/components/ui/placeholder-page';
import { AreaGuard } from './area-guard';
import { createAreaLoader } from './area-loader';

export const createLoader = createAreaLoader('paymentTypes');

export function Component() {
  return (
    <AreaGuard area="paymentTypes">
      <PlaceholderPage page="paymentTypes" />
    </AreaGuard>
  );
}
