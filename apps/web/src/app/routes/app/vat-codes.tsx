import { PlaceholderPage } from '@/components/ui/placeholder-page';
import { AreaGuard } from './area-guard';
import { createAreaLoader } from './area-loader';

export const createLoader = createAreaLoader('vatCodes');

export function Component() {
  return (
    <AreaGuard area="vatCodes">
      <PlaceholderPage page="vatCodes" />
    </AreaGuard>
  );
}
