import type { Translation } from './nb';

export const en: Translation = {
  app: {
    name: 'Quickorder ⇄ PowerOffice GO',
    skipToContent: 'Skip to content',
    loading: 'Loading …',
  },
  nav: {
    label: 'Main menu',
    groups: { settings: 'Settings', menu: 'Menu', accounting: 'Accounting', finance: 'Finance' },
    overview: 'Overview',
    setup: 'Getting started',
    integrations: 'Integrations',
    productTypes: 'Product types',
    vatCodes: 'VAT codes',
    paymentTypes: 'Payment types',
    export: 'Export',
    reconciliation: 'Reconciliation',
    customers: 'Customers',
    alerts: 'Alerts',
  },
  roles: {
    owner: 'Owner',
    accountant: 'Accountant',
    staff: 'Staff',
  },
  header: {
    userLabel: 'Signed-in user',
    languageFailed: 'The language could not be loaded. Check your connection and try again.',
    language: 'Language',
    logout: 'Log out',
    loggingOut: 'Logging out …',
    openMenu: 'Open the main menu',
  },
  ui: {
    close: 'Close',
    cancel: 'Cancel',
    notifications: 'Notifications',
    unsavedTitle: 'Leave the page without saving?',
    unsavedBody: 'You have changes that are not saved. If you leave the page, they are lost.',
    unsavedLeave: 'Leave the page',
    unsavedStay: 'Stay on the page',
    dateInvalid: 'Write the date as dd.mm.yyyy, for example 01.11.2026',
    toBeforeFrom: 'The to date must be the same as or after the from date',
  },
  languages: {
    nb: 'Norsk (bokmål)',
    en: 'English',
  },
  login: {
    title: 'Log in',
    intro: 'Log in to connect Quickorder to PowerOffice GO and keep an eye on the transfers.',
    email: 'Email',
    password: 'Password',
    submit: 'Log in',
    submitting: 'Logging in …',
  },
  validation: {
    email: { invalid_format: 'Enter a valid email address', too_big: 'The email address is too long' },
    password: { too_small: 'Enter your password', too_big: 'The password is too long' },
  },
  pages: {
    comingTitle: 'What will be here',
    setup: {
      title: 'Getting started',
      description: "The checklist shows the user guide's steps in order, what is done and what is missing.",
      coming: [
        'Connect each department to PowerOffice GO with its own client key',
        'Choose the PowerOffice department and business hours for each department',
        'Map product types to revenue accounts',
        "Map the VAT rates to PowerOffice's VAT codes",
        'Map payment types to accounts and choose what is transferred to accounting',
        'Make one manual transfer before automatic export can be switched on',
      ],
    },
    integrations: {
      title: 'Integrations',
      description:
        'Here you connect each POS department to PowerOffice GO with its own client key, choose the PowerOffice department and business hours, and switch on automatic export and invoicing.',
      coming: [
        'Connect with a client key and key slot (main key or Add-on 1–9)',
        "The PowerOffice client's name and any missing privileges",
        'Automatic export and automatic invoicing per department',
        'Connection health: last successful call and last error',
      ],
      departmentsTitle: 'Departments',
      departmentsEmpty: 'No departments yet.',
      departmentsLoadError: 'Could not load the departments.',
      columns: { name: 'Department', businessHours: 'Business hours', integration: 'PowerOffice GO' },
      businessHours: '{{start}}–{{start}} ({{timezone}})',
      notConnected: 'Not connected',
      status: { connected: 'Connected', error: 'Error', disconnected: 'Disconnected' },
    },
    productTypes: {
      title: 'Product types',
      description:
        "Here you map each product type to a revenue account for normal VAT (dine-in, 25 %) and reduced VAT (takeaway, 15 %), taken from PowerOffice GO's chart of accounts.",
      coming: [
        'Revenue account for normal and reduced VAT per product type',
        'Gift-card types booked as a liability (e.g. 2901) without VAT',
        'What is missing before an export can be transferred',
      ],
    },
    vatCodes: {
      title: 'VAT codes',
      description:
        'Here you choose which PowerOffice GO VAT code each POS VAT rate (25, 15, 12 and 0 %) uses.',
      coming: [
        'One PowerOffice VAT code per VAT rate',
        'Codes whose rate differs from the POS rate are refused',
      ],
    },
    paymentTypes: {
      title: 'Payment types',
      description:
        'Here you map each payment type (cash, card, Vipps, gift card, credit) to an account and choose whether it is transferred to accounting.',
      coming: [
        'An account per payment type, with a warning when card or Vipps goes straight to a bank account',
        'The "transfer to accounting" choice',
        'A guard against double booking when credit sales are invoiced automatically',
      ],
    },
    export: {
      title: 'Export',
      description:
        'Here you preview the vouchers, one per department per business day, and transfer them to PowerOffice GO.',
      coming: [
        'A preview with account, VAT code, debit and credit per line',
        'Transfer with the voucher number from PowerOffice GO',
        'History per department and day: sent, failed, blocked or changed',
        'Reversal and correction vouchers',
      ],
    },
    reconciliation: {
      title: 'Reconciliation',
      description:
        'Do the clearing accounts for card and Vipps empty out? Per business day: what the voucher debited, what has been credited against it in PowerOffice GO, the fee and what is still open.',
    },
    customers: {
      title: 'Customers',
      description:
        'Here you link Quickorder customers to customers in PowerOffice GO and check whether their credit orders arrived.',
      coming: [
        'Search and link to PowerOffice customers (name, customer number, org. number)',
        'Order history with a status per order: sent or not sent',
        'Order details with the PowerOffice order number and any error message',
      ],
    },
  },
  noAccess: {
    title: 'No access',
    body: 'Your role ({{role}}) does not give access to this page. Ask the owner of the company if you need it.',
    back: 'Go to the start page',
  },
  notFound: {
    title: 'Page not found',
    body: 'There is no page at this address.',
    back: 'Go to the start page',
  },
  errorBoundary: {
    title: 'Something went wrong',
    body: 'The page could not be shown. Try reloading it.',
    reload: 'Reload',
    home: 'Go to the start page',
  },
  problems: {
    network: 'Cannot reach the server. Check your connection and try again.',
    unexpected: 'Something unexpected went wrong. Please try again.',
    codes: {
      invalid_credentials: 'Wrong email or password.',
      account_locked: 'Too many failed logins. The account is temporarily locked.',
      account_locked_wait_one: 'Too many failed logins. The account is locked for {{count}} minute.',
      account_locked_wait_other: 'Too many failed logins. The account is locked for {{count}} minutes.',
      rate_limited: 'Too many attempts. Wait a little and try again.',
      rate_limited_wait_one: 'Too many attempts. Try again in {{count}} minute.',
      rate_limited_wait_other: 'Too many attempts. Try again in {{count}} minutes.',
      csrf_failed: 'The request was refused for security reasons. Reload the page and try again.',
      unauthenticated: 'You are not logged in.',
      forbidden: 'Your role does not give access to this.',
      validation_failed: 'Some fields are not filled in correctly.',
      internal: 'The server ran into an error. Try again in a little while.',
      poweroffice_failed: 'PowerOffice GO answered with an error.',
      poweroffice_unavailable: 'PowerOffice GO is not available right now. Try again in a little while.',
      day_busy:
        'The day is being changed right now (transferred, corrected or reversed). Wait a moment and try again.',
      day_reversed:
        'The day has been reversed in PowerOffice GO and cannot be corrected. Transfer the day again instead.',
    },
    status: {
      '400': 'Something in the form is not filled in correctly.',
      '401': 'You are not logged in.',
      '403': 'You do not have access to this.',
      '404': 'What you were looking for was not found.',
      '409': 'This conflicts with something that already exists.',
      '422': 'This was refused by a rule.',
      '429': 'Too many attempts. Wait a little and try again.',
      '500': 'The server ran into an error.',
      '502': 'PowerOffice GO answered with an error.',
      '503': 'PowerOffice GO is not available right now.',
    },
  },
};
