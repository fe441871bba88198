import { zodResolver } from '@hookform/resolvers/zod';
import { updateAlertPreferencesBodySchema, type UpdateAlertPreferencesBody } from '@qo/contracts';
import type { Resolver } from 'react-hook-form';

/** The contract's own schema validates the form, so the browser and the BFF agree on the rules. */
export const alertSettingsResolver: Resolver<UpdateAlertPreferencesBody> = zodResolver(
  updateAlertPreferencesBodySchema,
);
