import { defineLocales } from '@/lib/i18n';

/*
 * Strings of the mapping pages (Produkttyper, Momskoder, Betalingstyper, Regnskap, Kom i gang), one
 * bundle for the features that share the chart. Registered when a component that uses them loads.
 */
const nb = {
  mappings: {
    save: 'Lagre',
    saving: 'Lagrer …',
    saved: 'Lagret',
    saveChanges: 'Lagre endringer',
    discard: 'Forkast',
    discarded: 'Endringene er forkastet.',
    saveBar: 'Lagring',
    dirtyCount_one: '{{count}} rad er endret og ikke lagret',
    dirtyCount_other: '{{count}} rader er endret og ikke lagret',
    allSaved: 'Alle endringer er lagret.',
    savedCount_one: '{{count}} endring er lagret.',
    savedCount_other: '{{count}} endringer er lagret.',
    notSavedCount_one: '{{count}} rad ble ikke lagret. Se feltet som er merket, rett det og lagre igjen.',
    notSavedCount_other:
      '{{count}} rader ble ikke lagret. Se feltene som er merket, rett dem og lagre igjen.',
    unsavedBody_one: '{{count}} rad er endret og ikke lagret. Forlater du siden, forsvinner endringen.',
    unsavedBody_other: '{{count}} rader er endret og ikke lagret. Forlater du siden, forsvinner endringene.',
    changed: 'Endret',
    ok: 'OK',
    add: 'Legg til',
    nameRequired: 'Oppgi et navn.',
    none: '—',
    readOnly: 'Du kan se, men ikke endre: bare eier og regnskapsfører endrer koblingene.',
    chart: {
      title: 'Kontoplan fra PowerOffice GO',
      source: 'Kontoplan og momskoder fra {{client}} via {{department}}, hentet {{age}}.',
      department: 'Vis kontoplanen til avdeling',
      refresh: 'Hent på nytt',
      refreshing: 'Henter …',
      notConnected:
        'Ingen avdeling er koblet til PowerOffice GO ennå. Koble til under Integrasjoner for å velge konti.',
      goIntegrations: 'Gå til Integrasjoner',
      loadError: 'Kunne ikke hente kontoplanen.',
      multipleClients:
        'Avdelingene er koblet til ulike PowerOffice-klienter. Koblingene gjelder hele bedriften; de sjekkes mot kontoplanen til avdelingen du velger her.',
    },
    picker: {
      placeholder: 'Søk nummer eller navn',
      unknown: 'Kontoen finnes ikke i kontoplanen',
      inactive: 'Kontoen er deaktivert i PowerOffice GO',
      clear: 'Tøm',
      noMatch: 'Ingen konto passer. Skriv et kontonummer eller en del av navnet.',
    },
  },
};
type Bundle = typeof nb;
const en: Bundle = {
  mappings: {
    save: 'Save',
    saving: 'Saving …',
    saved: 'Saved',
    saveChanges: 'Save changes',
    discard: 'Discard',
    discarded: 'The changes were discarded.',
    saveBar: 'Saving',
    dirtyCount_one: '{{count}} row is changed and not saved',
    dirtyCount_other: '{{count}} rows are changed and not saved',
    allSaved: 'All changes are saved.',
    savedCount_one: '{{count}} change saved.',
    savedCount_other: '{{count}} changes saved.',
    notSavedCount_one: '{{count}} row was not saved. Look at the marked field, correct it and save again.',
    notSavedCount_other:
      '{{count}} rows were not saved. Look at the marked fields, correct them and save again.',
    unsavedBody_one: '{{count}} row is changed and not saved. If you leave the page, the change is lost.',
    unsavedBody_other:
      '{{count}} rows are changed and not saved. If you leave the page, the changes are lost.',
    changed: 'Changed',
    ok: 'OK',
    add: 'Add',
    nameRequired: 'Enter a name.',
    none: '—',
    readOnly: 'You can view but not change: only the owner and the accountant change the mappings.',
    chart: {
      title: 'Chart of accounts from PowerOffice GO',
      source: 'Chart and VAT codes from {{client}} via {{department}}, fetched {{age}}.',
      department: 'Show the chart of department',
      refresh: 'Fetch again',
      refreshing: 'Fetching …',
      notConnected:
        'No department is connected to PowerOffice GO yet. Connect one under Integrations to pick accounts.',
      goIntegrations: 'Go to Integrations',
      loadError: 'Could not fetch the chart of accounts.',
      multipleClients:
        'The departments are connected to different PowerOffice clients. Mappings apply to the whole company; they are checked against the chart of the department chosen here.',
    },
    picker: {
      placeholder: 'Search number or name',
      unknown: 'The account is not in the chart',
      inactive: 'The account is deactivated in PowerOffice GO',
      clear: 'Clear',
      noMatch: 'No account matches. Type an account number or part of the name.',
    },
  },
};

/** The shared mapping strings; every mapping page's own hook asks for these too. */
export const useMappingsTranslation = defineLocales({ nb, en });
