/*
 * What the user reads for a refusal from the BFF or PowerOffice GO (problem codes) and for a day or
 * sales order that did not reach PowerOffice (failure codes): what happened and what to do.
 * PowerOffice's own words are shown apart, behind "Detaljer".
 */

const nb = {
  problems: {
    codes: {
      invalid_client_key:
        'PowerOffice GO kjenner ikke klientnøkkelen. Kopier nøkkelen på nytt fra PowerOffice GO (Innstillinger → Integrasjoner) og lim den inn.',
      client_key_other_slot:
        'Klientnøkkelen er laget for «{{slotName}}», ikke for «{{chosenSlotName}}». Velg «{{slotName}}», eller lag en ny klientnøkkel for «{{chosenSlotName}}» i PowerOffice GO.',
      missing_privileges:
        'PowerOffice-klienten mangler rettigheter integrasjonen trenger. Be den som administrerer PowerOffice GO om å gi integrasjonen tilgang, og prøv igjen.',
      lock_date:
        'Perioden er sperret (låst) i PowerOffice GO. Flytt sperredatoen i PowerOffice GO, eller før dagen manuelt der.',
      poweroffice_rate_limited:
        'PowerOffice GO ber oss vente litt før vi spør igjen. Prøv igjen om et minutt.',
      poweroffice_failed:
        'PowerOffice GO svarte med en feil. Prøv igjen; skjer det igjen, se Detaljer og kontakt PowerOffice.',
      poweroffice_unavailable: 'PowerOffice GO er ikke tilgjengelig akkurat nå. Prøv igjen om litt.',
    },
  },
  failures: {
    details: 'Detaljer',
    saidByPowerOffice: 'PowerOffice GO svarte:',
    saidByUs: 'Quickorder:',
    fix: 'Rett opp',
    retry: 'Prøv igjen',
    retrying: 'Prøver igjen …',
    codes: {
      invalid_client_key:
        'PowerOffice GO godtar ikke lenger klientnøkkelen. Lim inn en ny nøkkel under Integrasjoner, og prøv igjen.',
      missing_privileges:
        'PowerOffice-klienten mangler rettigheter. Gi integrasjonen tilgang i PowerOffice GO, og prøv igjen.',
      lock_date: 'Dagen ligger i en sperret periode i PowerOffice GO. Flytt sperredatoen der, og prøv igjen.',
      rate_limited: 'PowerOffice GO ba oss vente. Prøv igjen om litt.',
      poweroffice_unavailable: 'PowerOffice GO var ikke tilgjengelig. Prøv igjen om litt.',
      refused: 'PowerOffice GO avviste bilaget. Se Detaljer for hva som var galt, rett det, og prøv igjen.',
      duplicate:
        'PowerOffice GO har allerede et bilag med samme referanse. Sjekk bilaget i PowerOffice GO før du prøver igjen.',
      poweroffice_failed: 'PowerOffice GO svarte med en feil. Prøv igjen; skjer det igjen, se Detaljer.',
      not_connected:
        'Avdelingen er ikke koblet til PowerOffice GO. Koble den til under Integrasjoner, og prøv igjen.',
      blocked: 'Dagen er ikke overført fordi noe mangler i oppsettet. Rett det opp, og overfør dagen.',
      not_linked:
        'Kunden er ikke koblet til en kunde i PowerOffice GO. Koble kunden under Kunder; ordren sendes da.',
      product_not_linked:
        'En produkttype i ordren er ikke koblet til et produkt i PowerOffice GO. Koble den under Kunder → Produkter i PowerOffice, og prøv igjen.',
      mixed_payment: 'Ordren er bare delvis betalt med kreditt og må faktureres manuelt i PowerOffice GO.',
      totals_mismatch:
        'Salgsordren ville fått en annen sum enn ordren i kassen, så den er ikke sendt. Kontakt support.',
      internal: 'Noe uventet gikk galt hos oss. Prøv igjen om litt.',
    },
  },
};

const en: typeof nb = {
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

/** Merged into the app's bundles by `lib/i18n.ts` when it starts. */
export const errorMessages = { nb, en };
