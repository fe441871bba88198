import {
  clientIntegrationInformationSchema,
  lockDateSettingsSchema,
  vatSettingsSchema,
  type ClientIntegrationInformation,
  type LockDateSettings,
  type VatSettings,
} from '../schemas/settings.js';
import { required, type OperationContext } from './context.js';

export function settingsOperations({ call }: OperationContext) {
  return {
    /** Needs only a valid token: proves the keys match and lists what the integration may do. */
    async getClientIntegrationInformation(): Promise<ClientIntegrationInformation> {
      const result = await call({
        operation: 'getClientIntegrationInformation',
        method: 'GET',
        path: '/ClientIntegrationInformation',
        retry: 'read',
        schema: clientIntegrationInformationSchema,
      });
      return required(result.data, 'getClientIntegrationInformation');
    },

    /** Postings on or before `LockDate` are refused by PowerOffice. */
    async getLockDateSettings(): Promise<LockDateSettings> {
      const result = await call({
        operation: 'getLockDateSettings',
        method: 'GET',
        path: '/LockDateSettings',
        retry: 'read',
        privilege: 'CommonServices',
        schema: lockDateSettingsSchema,
      });
      return required(result.data, 'getLockDateSettings');
    },

    /** The client's VAT settings; `RoundingAccountNo` is its øreavrunding account when it has one. */
    async getVatSettings(): Promise<VatSettings> {
      const result = await call({
        operation: 'getVatSettings',
        method: 'GET',
        path: '/VatSettings',
        retry: 'read',
        privilege: 'CommonServices',
        schema: vatSettingsSchema,
      });
      return required(result.data, 'getVatSettings');
    },
  };
}
