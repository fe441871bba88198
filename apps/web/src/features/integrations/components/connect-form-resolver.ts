import { zodResolver } from '@hookform/resolvers/zod';
import { connectIntegrationBodySchema, type ConnectIntegrationBody } from '@qo/contracts';
import type { Resolver } from 'react-hook-form';

/** The contract's schema validates the form, so the browser and the BFF agree on the rules. */
export const connectResolver: Resolver<ConnectIntegrationBody> = zodResolver(connectIntegrationBodySchema);
