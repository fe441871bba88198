import type { IntegrationRow } from '@qo/db';
import type { SecretBox } from '../../lib/secret-box';

/** Binds a sealed client key to its department: copied onto another row it does not open. */
export function clientKeyAad(departmentId: string): string {
  return `poweroffice-client-key:${departmentId}`;
}

export function openClientKey(box: SecretBox, row: IntegrationRow): string {
  return box.open(
    { keyId: row.client_key_key_id, ciphertext: row.client_key_ciphertext },
    clientKeyAad(row.department_id),
  );
}
