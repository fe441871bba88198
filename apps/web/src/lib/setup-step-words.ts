/**
 * The setup checklist's steps in words, as the checklist (features/setup) and Oversikt's "Oppsettet
 * mangler …" (features/overview) both name them.
 */
export const setupStepWords = {
  nb: {
    department_connected: 'Avdeling koblet til PowerOffice GO',
    poweroffice_department: 'PowerOffice-avdeling valgt (hvis avdelinger brukes)',
    business_hours: 'Drifttid 05:00–05:00',
    product_types: 'Produkttyper koblet til inntektskonti',
    vat_codes: 'Momskoder valgt for 25, 15, 12 og 0 %',
    rounding_account: 'Konto for øreavrunding',
    payment_types: 'Betalingstyper koblet til konti',
    gift_cards: 'Gavekort overføres til regnskap',
    credit_vs_invoicing: 'Kreditt ikke overført når fakturering er på',
    product_links: 'Produkttyper koblet til produkter i PowerOffice (for automatisk fakturering)',
  },
  en: {
    department_connected: 'Department connected to PowerOffice GO',
    poweroffice_department: 'PowerOffice department chosen (if departments are used)',
    business_hours: 'Business hours 05:00–05:00',
    product_types: 'Product types mapped to revenue accounts',
    vat_codes: 'VAT codes chosen for 25, 15, 12 and 0 %',
    rounding_account: 'Rounding account',
    payment_types: 'Payment types mapped to accounts',
    gift_cards: 'Gift cards transferred to accounting',
    credit_vs_invoicing: 'Credit not transferred while invoicing is on',
    product_links: 'Product types linked to products in PowerOffice (for automatic invoicing)',
  },
};
