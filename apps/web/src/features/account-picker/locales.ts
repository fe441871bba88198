import { useTranslation } from 'react-i18next';
import { i18n } from '@/lib/i18n';

/*
 * Strings of the mapping pages (Produkttyper, Momskoder, Betalingstyper, Regnskap, Kom i gang), one
 * bundle for the features that share the chart. Registered when a component that uses them loads.
 */
const nb = {
  mappings: {
    save: 'Lagre',
    saving: 'Lagrer …',
    saved: 'Lagret',
    none: '—',
    readOnly: 'Du kan se, men ikke endre: bare eier og regnskapsfører endrer koblingene.',
    chart: {
      title: 'Kontoplan fra PowerOffice GO',
      source: 'Kontoplan og momskoder fra {{client}} via {{department}}, hentet {{age}}.',
      department: 'Vis kontoplanen til avdeling',
      refresh: 'Hent på nytt',
      refreshing: 'Henter …',
      notConnected: 'Ingen avdeling er koblet til PowerOffice GO ennå. Koble til under Integrasjoner for å velge konti.',
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
    },
  },
};
type Bundle = typeof nb;
const en: Bundle = {
  mappings: {
    save: 'Save',
    saving: 'Saving …',
    saved: 'Saved',
    none: '—',
    readOnly: 'You can view but not change: only the owner and the accountant change the mappings.',
    chart: {
      title: 'Chart of accounts from PowerOffice GO',
      source: 'Chart and VAT codes from {{client}} via {{department}}, fetched {{age}}.',
      department: "Show the chart of department",
      refresh: 'Fetch again',
      refreshing: 'Fetching …',
      notConnected: 'No department is connected to PowerOffice GO yet. Connect one under Integrations to pick accounts.',
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
    },
  },
};

/** Adds a feature's nb/en strings to the app's translations (deep, not overwriting others). */
export function registerBundle(bundle: { nb: object; en: object }) {
  i18n.addResourceBundle('nb', 'translation', bundle.nb, true, false);
  i18n.addResourceBundle('en', 'translation', bundle.en, true, false);
}

// At module load: any component using the hook below has the strings before it renders.
registerBundle({ nb, en });

export function useMappingsTranslation() {
  return useTranslation();
}
