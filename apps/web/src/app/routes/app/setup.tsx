import { PlaceholderPage } from '@/components/ui/placeholder-page';
import { AreaGuard } from './area-guard';
import { createAreaLoader } from './area-loader';

export const createLoader = createAreaLoader('setup');

export function Component() {
  return (
    <AreaGuard area="setup">
      <PlaceholderPage page="setup" />
    </AreaGuard>
  );
}
