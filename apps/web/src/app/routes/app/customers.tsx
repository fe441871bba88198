import { PlaceholderPage } from '@/components/ui/placeholder-page';
import { AreaGuard } from './area-guard';
import { createAreaLoader } from './area-loader';

export const createLoader = createAreaLoader('customers');

export function Component() {
  return (
    <AreaGuard area="customers">
      <PlaceholderPage page="customers" />
    </AreaGuard>
  );
}
