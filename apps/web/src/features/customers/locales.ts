import { i18n } from '@/lib/i18n';

/* Strings of Kunder, Bestillingshistorikk and order details (bokmål first, English beside it). */

const nb = {
  invoicing: {
    title: 'Kunder',
    lead: 'Koble kundene fra kassen til kundene i PowerOffice GO. Med automatisk fakturering sendes ordrer betalt med Kreditt til PowerOffice som salgsordre.',
    columns: { name: 'Kunde', orgNo: 'Org.nr.', powerOffice: 'PowerOffice-kunde', actions: 'Handlinger' },
    linked: 'tilkoblet',
    notLinked: 'ikke koblet',
    orderHistory: 'Bestillingshistorikk',
    edit: 'Koble til',
    change: 'Endre',
    unlink: 'Koble fra',
    save: 'Lagre',
    cancel: 'Avbryt',
    search: 'Søk i PowerOffice-kunder',
    searchHint: 'Navn, kundenummer eller org.nr.',
    choose: 'PowerOffice-kunde',
    chooseEmpty: 'Velg kunde …',
    noMatches: 'Ingen treff',
    refresh: 'Oppdater kundelisten',
    fetchedAt: 'Hentet {{at}}',
    inactive: 'inaktiv',
    empty: 'Kassen har ikke sendt noen kunder ennå.',
    loadError: 'Kundene kunne ikke hentes.',
    linkFor: 'Koble {{name}} til PowerOffice',
    status: {
      sent: 'Sendt',
      failed: 'Ikke sendt',
      pending: 'Venter',
      not_linked: 'Ikke koblet',
      not_applicable: 'Ikke faktura',
    },
    history: {
      title: 'Bestillingshistorikk: {{name}}',
      back: 'Tilbake til kunder',
      empty: 'Ingen ordrer for denne kunden.',
      columns: { order: 'Ordre', closedAt: 'Lukket', department: 'Avdeling', total: 'Beløp', status: 'PowerOffice-status' },
      open: 'Åpne ordre {{order}}',
    },
    order: {
      title: 'Ordre {{order}}',
      back: 'Tilbake til bestillingshistorikken',
      status: 'PowerOffice-status',
      sentAt: 'Sendt',
      orderNo: 'Ordrenummer i PowerOffice',
      error: 'Feilmelding fra PowerOffice',
      nextAttempt: 'Nytt forsøk',
      attempts: 'Forsøk',
      reference: 'Referanse',
      lines: 'Linjer',
      payments: 'Betalinger',
      sendAgain: 'Send på nytt',
      sending: 'Sender …',
      columns: { description: 'Beskrivelse', productType: 'Produkttype', quantity: 'Antall', unitPrice: 'Pris', discount: 'Rabatt', vat: 'MVA', total: 'Sum', payment: 'Betalingstype', amount: 'Beløp', tip: 'Tips' },
      total: 'Totalt',
    },
    products: {
      title: 'Produkter i PowerOffice',
      lead: 'Hver produkttype selges som et produkt i PowerOffice: standard salgskonto for vanlig sats, valgfri salgskonto for redusert sats. Opprett produktet i PowerOffice GO og koble det her.',
      productType: 'Produkttype',
      product: 'Produkt i PowerOffice',
      none: 'Ikke koblet',
      accounts: 'Kontoer {{normal}} / {{reduced}}',
    },
  },
};

const en: typeof nb = {
  invoicing: {
    title: 'Customers',
    lead: 'Link the POS customers to customers in PowerOffice GO. With automatic invoicing, orders paid with Credit go to PowerOffice as sales orders.',
    columns: { name: 'Customer', orgNo: 'Org. no.', powerOffice: 'PowerOffice customer', actions: 'Actions' },
    linked: 'connected',
    notLinked: 'not linked',
    orderHistory: 'Order history',
    edit: 'Link',
    change: 'Change',
    unlink: 'Unlink',
    save: 'Save',
    cancel: 'Cancel',
    search: 'Search PowerOffice customers',
    searchHint: 'Name, customer number or org. no.',
    choose: 'PowerOffice customer',
    chooseEmpty: 'Choose customer …',
    noMatches: 'No matches',
    refresh: 'Refresh customer list',
    fetchedAt: 'Fetched {{at}}',
    inactive: 'inactive',
    empty: 'The POS has not sent any customers yet.',
    loadError: 'The customers could not be loaded.',
    linkFor: 'Link {{name}} to PowerOffice',
    status: { sent: 'Sent', failed: 'Not sent', pending: 'Pending', not_linked: 'Not linked', not_applicable: 'Not invoiced' },
    history: {
      title: 'Order history: {{name}}',
      back: 'Back to customers',
      empty: 'No orders for this customer.',
      columns: { order: 'Order', closedAt: 'Closed', department: 'Department', total: 'Amount', status: 'PowerOffice status' },
      open: 'Open order {{order}}',
    },
    order: {
      title: 'Order {{order}}',
      back: 'Back to the order history',
      status: 'PowerOffice status',
      sentAt: 'Sent',
      orderNo: 'PowerOffice order number',
      error: 'Error from PowerOffice',
      nextAttempt: 'Next attempt',
      attempts: 'Attempts',
      reference: 'Reference',
      lines: 'Lines',
      payments: 'Payments',
      sendAgain: 'Send again',
      sending: 'Sending …',
      columns: { description: 'Description', productType: 'Product type', quantity: 'Qty', unitPrice: 'Price', discount: 'Discount', vat: 'VAT', total: 'Total', payment: 'Payment type', amount: 'Amount', tip: 'Tip' },
      total: 'Total',
    },
    products: {
      title: 'Products in PowerOffice',
      lead: 'Each product type sells as a product in PowerOffice: standard sales account for normal VAT, optional sales account for reduced VAT. Create the product in PowerOffice GO and link it here.',
      productType: 'Product type',
      product: 'Product in PowerOffice',
      none: 'Not linked',
      accounts: 'Accounts {{normal}} / {{reduced}}',
    },
  },
};

/**
 * Deep-merges the feature's strings into the app's bundles. Called by the pages: the package is
 * marked side-effect free, so a bare import for its side effect would be dropped by the bundler.
 */
export function registerCustomersLocales(): void {
  i18n.addResourceBundle('nb', 'translation', nb, true, true);
  i18n.addResourceBundle('en', 'translation', en, true, true);
}
