import { PlaceholderPage } from '@/components/ui/placeholder-page';
import { AreaGuard } from './area-guard';
import { createAreaLoader } from './area-loader';

export const createLoader = createAreaLoader('productTypes');

export function Component() {
  return (
    <AreaGuard area="productTypes">
      <PlaceholderPage page="productTypes" />
    </AreaGuard>
  );
}
