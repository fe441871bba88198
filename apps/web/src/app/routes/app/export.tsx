import { PlaceholderPage } from '@/components/ui/placeholder-page';
import { AreaGuard } from './area-guard';
import { createAreaLoader } from './area-loader';

export const createLoader = createAreaLoader('export');

export function Component() {
  return (
    <AreaGuard area="export">
      <PlaceholderPage page="export" />
    </AreaGuard>
  );
}
