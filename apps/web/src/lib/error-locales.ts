/*
 * What the user reads for a refusal from the BFF or PowerOffice GO (problem codes) and for a day or
 * sales order that did not reach PowerOffice (failure codes): what happened and what to do.
 * PowerOffice's own words are shown apart, behind "Detaljer". The English words are in
 * error-locales-en.ts, loaded with the English language (src/lib/i18n.ts).
 */

export const errorMessagesNb = {
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

export type ErrorMessages = typeof errorMessagesNb;
