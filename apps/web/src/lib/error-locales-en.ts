import type { ErrorMessages } from './error-locales';

/** The English of error-locales.ts. */
export const errorMessagesEn: ErrorMessages = {
  problems: {
    codes: {
      invalid_client_key:
        'PowerOffice GO does not know this client key. Copy the key again from PowerOffice GO (Settings → Integrations) and paste it.',
      client_key_other_slot:
        'The client key was made for “{{slotName}}”, not for “{{chosenSlotName}}”. Choose “{{slotName}}”, or make a new client key for “{{chosenSlotName}}” in PowerOffice GO.',
      missing_privileges:
        'The PowerOffice client lacks privileges the integration needs. Ask whoever administers PowerOffice GO to grant the integration access, then try again.',
      lock_date:
        'The period is locked in PowerOffice GO. Move the lock date in PowerOffice GO, or post the day by hand there.',
      poweroffice_rate_limited: 'PowerOffice GO asks us to wait before asking again. Try again in a minute.',
      poweroffice_failed:
        'PowerOffice GO answered with an error. Try again; if it happens again, see Details and contact PowerOffice.',
      poweroffice_unavailable: 'PowerOffice GO is not available right now. Try again in a little while.',
    },
  },
  failures: {
    details: 'Details',
    saidByPowerOffice: 'PowerOffice GO said:',
    saidByUs: 'Quickorder:',
    fix: 'Fix it',
    retry: 'Try again',
    retrying: 'Trying again …',
    codes: {
      invalid_client_key:
        'PowerOffice GO no longer accepts the client key. Paste a new key under Integrations, then try again.',
      missing_privileges:
        'The PowerOffice client lacks privileges. Grant the integration access in PowerOffice GO, then try again.',
      lock_date: 'The day is in a locked period in PowerOffice GO. Move the lock date there, then try again.',
      rate_limited: 'PowerOffice GO asked us to wait. Try again in a little while.',
      poweroffice_unavailable: 'PowerOffice GO was not available. Try again in a little while.',
      refused: 'PowerOffice GO refused the voucher. See Details for what was wrong, fix it, then try again.',
      duplicate:
        'PowerOffice GO already has a voucher with the same reference. Check it in PowerOffice GO before trying again.',
      poweroffice_failed:
        'PowerOffice GO answered with an error. Try again; if it happens again, see Details.',
      not_connected:
        'The department is not connected to PowerOffice GO. Connect it under Integrations, then try again.',
      blocked:
        'The day was not transferred because something is missing in the setup. Fix it, then transfer the day.',
      not_linked:
        'The customer is not linked to a customer in PowerOffice GO. Link the customer under Customers; the order is then sent.',
      product_not_linked:
        'A product type in the order is not linked to a product in PowerOffice GO. Link it under Customers → Products in PowerOffice, then try again.',
      mixed_payment:
        'The order is only partly paid on credit and must be invoiced by hand in PowerOffice GO.',
      totals_mismatch:
        'The sales order would have had another total than the POS order, so it was not sent. Contact support.',
      internal: 'Something unexpected went wrong on our side. Try again in a little while.',
    },
  },
};
