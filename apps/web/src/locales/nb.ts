/** Norwegian bokmål: the default language and the source of truth for the message keys. */
export const nb = {
  app: {
    name: 'Quickorder ⇄ PowerOffice GO',
    skipToContent: 'Hopp til innhold',
    loading: 'Laster …',
  },
  nav: {
    label: 'Hovedmeny',
    groups: { settings: 'Innstillinger', menu: 'Meny', accounting: 'Regnskap', finance: 'Økonomi' },
    overview: 'Oversikt',
    setup: 'Kom i gang',
    integrations: 'Integrasjoner',
    productTypes: 'Produkttyper',
    vatCodes: 'Momskoder',
    paymentTypes: 'Betalingstyper',
    export: 'Eksport',
    reconciliation: 'Avstemming',
    customers: 'Kunder',
    alerts: 'Varsler',
  },
  roles: {
    owner: 'Eier',
    accountant: 'Regnskapsfører',
    staff: 'Ansatt',
  },
  header: {
    userLabel: 'Innlogget bruker',
    languageFailed: 'Språket kunne ikke hentes. Sjekk nettforbindelsen og prøv igjen.',
    language: 'Språk',
    logout: 'Logg ut',
    loggingOut: 'Logger ut …',
    openMenu: 'Åpne hovedmenyen',
  },
  ui: {
    close: 'Lukk',
    cancel: 'Avbryt',
    notifications: 'Varsler',
    unsavedTitle: 'Forlate siden uten å lagre?',
    unsavedBody: 'Du har endringer som ikke er lagret. Forlater du siden, forsvinner de.',
    unsavedLeave: 'Forlat siden',
    unsavedStay: 'Bli på siden',
    dateInvalid: 'Skriv datoen som dd.mm.åååå, for eksempel 01.11.2026',
    toBeforeFrom: 'Til-datoen må være lik eller etter fra-datoen',
  },
  languages: {
    nb: 'Norsk (bokmål)',
    en: 'English',
  },
  login: {
    title: 'Logg inn',
    intro: 'Logg inn for å koble Quickorder til PowerOffice GO og følge med på overføringene.',
    email: 'E-post',
    password: 'Passord',
    submit: 'Logg inn',
    submitting: 'Logger inn …',
  },
  validation: {
    email: { invalid_format: 'Oppgi en gyldig e-postadresse', too_big: 'E-postadressen er for lang' },
    password: { too_small: 'Oppgi passord', too_big: 'Passordet er for langt' },
  },
  pages: {
    comingTitle: 'Dette kommer her',
    setup: {
      title: 'Kom i gang',
      description:
        'Sjekklisten viser stegene fra brukerveiledningen i rekkefølge, hva som er gjort og hva som mangler.',
      coming: [
        'Koble hver avdeling til PowerOffice GO med sin klientnøkkel',
        'Velg PowerOffice-avdeling og drifttid for hver avdeling',
        'Koble produkttyper til inntektskontoer',
        'Koble momssatsene til PowerOffice sine momskoder',
        'Koble betalingstyper til konti og velg hva som overføres til regnskap',
        'Gjør én manuell overføring før automatisk eksport kan slås på',
      ],
    },
    integrations: {
      title: 'Integrasjoner',
      description:
        'Her kobler du hver kasseavdeling til PowerOffice GO med sin egen klientnøkkel, velger PowerOffice-avdeling og drifttid, og slår på automatisk eksport og fakturering.',
      coming: [
        'Koble til med klientnøkkel og nøkkelplass (hovednøkkel eller Add-on 1–9)',
        'PowerOffice-klientens navn og eventuelle manglende rettigheter',
        'Automatisk eksport og automatisk fakturering per avdeling',
        'Tilkoblingsstatus: siste vellykkede kall og siste feil',
      ],
      departmentsTitle: 'Avdelinger',
      departmentsEmpty: 'Ingen avdelinger ennå.',
      departmentsLoadError: 'Kunne ikke hente avdelingene.',
      columns: { name: 'Avdeling', businessHours: 'Drifttid', integration: 'PowerOffice GO' },
      businessHours: '{{start}}–{{start}} ({{timezone}})',
      notConnected: 'Ikke tilkoblet',
      status: { connected: 'Tilkoblet', error: 'Feil', disconnected: 'Frakoblet' },
    },
    productTypes: {
      title: 'Produkttyper',
      description:
        'Her kobler du hver produkttype til inntektskonto for normal mva (servering, 25 %) og redusert mva (takeaway, 15 %), hentet fra kontoplanen i PowerOffice GO.',
      coming: [
        'Inntektskonto for normal og redusert mva per produkttype',
        'Gavekort-typer som føres som gjeld (f.eks. 2901) uten mva',
        'Hva som mangler før eksport kan overføres',
      ],
    },
    vatCodes: {
      title: 'Momskoder',
      description:
        'Her velger du hvilken momskode i PowerOffice GO hver momssats i kassen (25, 15, 12 og 0 %) skal bruke.',
      coming: ['Én PowerOffice-momskode per momssats', 'Koder med en annen sats enn kassens blir avvist'],
    },
    paymentTypes: {
      title: 'Betalingstyper',
      description:
        'Her kobler du hver betalingstype (kontant, kort, Vipps, gavekort, kreditt) til en konto og velger om den skal overføres til regnskap.',
      coming: [
        'Konto per betalingstype, med advarsel når kort eller Vipps går rett til bank',
        'Valget «overføres til regnskap»',
        'Vern mot dobbel føring når kreditt faktureres automatisk',
      ],
    },
    export: {
      title: 'Eksport',
      description:
        'Her forhåndsviser du bilagene, ett per avdeling per driftsdøgn, og overfører dem til PowerOffice GO.',
      coming: [
        'Forhåndsvisning med konto, momskode, debet og kredit per linje',
        'Overføring med bilagsnummer fra PowerOffice GO',
        'Historikk per avdeling og dag: sendt, feilet, blokkert eller endret',
        'Tilbakeføring og korreksjonsbilag',
      ],
    },
    reconciliation: {
      title: 'Avstemming',
      description:
        'Går oppgjørskontoene for kort og Vipps i null? Per driftsdøgn: hva bilaget debiterte, hva som er kreditert mot det i PowerOffice GO, gebyret og hva som står åpent.',
    },
    customers: {
      title: 'Kunder',
      description:
        'Her kobler du Quickorder-kunder til kunder i PowerOffice GO og ser om kredittordrene deres har kommet frem.',
      coming: [
        'Søk og kobling mot PowerOffice-kunder (navn, kundenummer, org.nr.)',
        'Bestillingshistorikk med status per ordre: sendt eller ikke sendt',
        'Ordredetaljer med PowerOffice-ordrenummer og eventuell feilmelding',
      ],
    },
  },
  noAccess: {
    title: 'Ingen tilgang',
    body: 'Rollen din ({{role}}) gir ikke tilgang til denne siden. Spør eieren av bedriften hvis du trenger den.',
    back: 'Gå til forsiden',
  },
  notFound: {
    title: 'Siden finnes ikke',
    body: 'Vi fant ingen side på denne adressen.',
    back: 'Gå til forsiden',
  },
  errorBoundary: {
    title: 'Noe gikk galt',
    body: 'Siden kunne ikke vises. Prøv å laste den inn på nytt.',
    reload: 'Last inn på nytt',
    home: 'Gå til forsiden',
  },
  problems: {
    network: 'Får ikke kontakt med serveren. Sjekk nettforbindelsen og prøv igjen.',
    unexpected: 'Noe uventet gikk galt. Prøv igjen.',
    codes: {
      invalid_credentials: 'Feil e-post eller passord.',
      account_locked: 'For mange mislykkede innlogginger. Kontoen er midlertidig låst.',
      account_locked_wait_one: 'For mange mislykkede innlogginger. Kontoen er låst i {{count}} minutt.',
      account_locked_wait_other: 'For mange mislykkede innlogginger. Kontoen er låst i {{count}} minutter.',
      rate_limited: 'For mange forsøk. Vent litt og prøv igjen.',
      rate_limited_wait_one: 'For mange forsøk. Prøv igjen om {{count}} minutt.',
      rate_limited_wait_other: 'For mange forsøk. Prøv igjen om {{count}} minutter.',
      csrf_failed: 'Forespørselen ble avvist av sikkerhetshensyn. Last inn siden på nytt og prøv igjen.',
      unauthenticated: 'Du er ikke logget inn.',
      forbidden: 'Rollen din gir ikke tilgang til dette.',
      validation_failed: 'Noen felt er ikke riktig fylt ut.',
      internal: 'Det oppstod en feil på serveren. Prøv igjen om litt.',
      poweroffice_failed: 'PowerOffice GO svarte med en feil.',
      poweroffice_unavailable: 'PowerOffice GO er ikke tilgjengelig akkurat nå. Prøv igjen om litt.',
      day_busy: 'Dagen endres akkurat nå (overføres, korrigeres eller reverseres). Vent litt og prøv igjen.',
      day_reversed:
        'Dagen er reversert i PowerOffice GO og kan ikke korrigeres. Overfør dagen på nytt i stedet.',
    },
    status: {
      '400': 'Noe i skjemaet er ikke riktig fylt ut.',
      '401': 'Du er ikke logget inn.',
      '403': 'Du har ikke tilgang til dette.',
      '404': 'Fant ikke det du lette etter.',
      '409': 'Dette er i konflikt med noe som allerede finnes.',
      '422': 'Dette ble avvist av en regel.',
      '429': 'For mange forsøk. Vent litt og prøv igjen.',
      '500': 'Det oppstod en feil på serveren.',
      '502': 'PowerOffice GO svarte med en feil.',
      '503': 'PowerOffice GO er ikke tilgjengelig akkurat nå.',
    },
  },
};

type Messages<T> = {
  [K in keyof T]: T[K] extends string ? string : T[K] extends readonly string[] ? string[] : Messages<T[K]>;
};

/** Every language must provide exactly the keys of the default language. */
export type Translation = Messages<typeof nb>;
