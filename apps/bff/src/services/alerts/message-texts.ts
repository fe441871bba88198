import type { AlertLanguage, AttentionProblem } from '@qo/contracts';

/*
 * The words of the alert e-mails, in bokmål and English. The product's words (driftsdøgn, bilag,
 * Eksport, Kunder, Integrasjoner …) are docs/glossary.md's.
 */

export interface AlertTexts {
  /** What happened, as one line: the subject of its e-mail and its line in a digest. */
  title(p: AttentionProblem): string;
  /** What it means and what to do. */
  explain(p: AttentionProblem): string;
  /** Who said what (PowerOffice's own words), when the problem carries it. */
  said(p: AttentionProblem): string | null;
  greeting(name: string): string;
  openLink: string;
  solvedSubject(title: string): string;
  solvedBody: string;
  digestSubject(date: string, count: number): string;
  digestIntro(date: string): string;
  open: string;
  solved: string;
  footer: string;
  settingsLink: string;
}

const dayOf = (p: AttentionProblem) => (p.businessDay ? formatDay(p.businessDay) : '');
const dept = (p: AttentionProblem) => p.department?.name ?? '';
/** Øre as "1 234,50 kr", as the app writes amounts. */
const kroner = (ore: number | null | undefined) => {
  const abs = Math.abs(ore ?? 0);
  const whole = Math.trunc(abs / 100).toLocaleString('nb-NO');
  return `${(ore ?? 0) < 0 ? '−' : ''}${whole},${String(abs % 100).padStart(2, '0')} kr`;
};
const customer = (p: AttentionProblem) => p.customer?.name || p.order?.customerName || '';

/** dd.mm.åååå, as the app writes dates (docs/glossary.md, "Dates and times"). */
export function formatDay(day: string): string {
  const [y, m, d] = day.split('-');
  return `${d}.${m}.${y}`;
}

const nb: AlertTexts = {
  title(p) {
    switch (p.kind) {
      case 'day_failed':
        return `Driftsdøgnet ${dayOf(p)} i ${dept(p)} ble ikke overført`;
      case 'day_blocked':
        return `Driftsdøgnet ${dayOf(p)} i ${dept(p)} kan ikke overføres`;
      case 'day_changed':
        return `Driftsdøgnet ${dayOf(p)} i ${dept(p)} er endret etter overføringen`;
      case 'auto_export_stopped':
        return `Automatisk eksport har stoppet for ${dept(p)}`;
      case 'sales_order_failed':
        return `Ordre ${p.order?.posId ?? ''} ble ikke sendt til PowerOffice GO`;
      case 'sales_orders_not_linked':
        return p.count === 1
          ? `En kredittordre venter på at ${customer(p)} kobles til PowerOffice GO`
          : `${p.count ?? ''} kredittordrer venter på at ${customer(p)} kobles til PowerOffice GO`;
      case 'auto_invoice_stopped':
        return `Automatisk fakturering har stoppet for ${dept(p)}`;
      case 'connection_failed':
        return `PowerOffice GO avviser klientnøkkelen til ${dept(p)}`;
      case 'privileges_missing':
        return `${dept(p)} mangler rettigheter i PowerOffice GO`;
      case 'clearing_not_emptied':
        return `${dept(p)}: oppgjørskonto ${p.reason ?? ''} går ikke i null (${p.count ?? 1} driftsdøgn fra ${dayOf(p)})`;
      case 'setup_step_missing':
        return 'Et steg i oppsettet er ikke gjort';
    }
  },
  explain(p) {
    switch (p.kind) {
      case 'day_failed':
        return (
          'Bilaget for driftsdøgnet kom ikke fram til PowerOffice GO. Åpne dagen i Eksport og trykk ' +
          '«Prøv igjen» når årsaken er rettet.'
        );
      case 'day_blocked':
        return (
          'Bilaget kan ikke overføres før hver linje har konto og momskode. Rett opp det som mangler, ' +
          'så overføres dagen.'
        );
      case 'day_changed':
        return (
          'Det har kommet salg for driftsdøgnet etter at bilaget ble overført. Se dagen i Eksport ' +
          'og send en korreksjon.'
        );
      case 'auto_export_stopped':
        return (
          `${p.count ?? 'Flere'} avsluttede driftsdøgn venter fortsatt på overføring. Se hva som ` +
          `stopper dem i Eksport.`
        );
      case 'sales_order_failed':
        return (
          `Kredittordren${customer(p) ? ` til ${customer(p)}` : ''} ble ikke til en salgsordre i ` +
          `PowerOffice GO. Se ordren, rett årsaken og send den på nytt.`
        );
      case 'sales_orders_not_linked':
        return 'Koble kunden til en kunde i PowerOffice GO under Kunder, så sendes ordrene.';
      case 'auto_invoice_stopped':
        return p.reason === 'orders_overdue'
          ? `${p.count ?? 'Flere'} kredittordrer skulle vært sendt for over en halvtime siden. Se den ` +
              `eldste ordren.`
          : 'Kredittordrer sendes ikke til PowerOffice GO før tilkoblingen under Integrasjoner er i orden.';
      case 'connection_failed':
        return (
          'Ingen bilag eller salgsordrer kan sendes for avdelingen før den kobles til på nytt med ' +
          'en gyldig klientnøkkel under Integrasjoner.'
        );
      case 'privileges_missing':
        return (
          'Klienten i PowerOffice GO gir ikke integrasjonen disse rettighetene: ' +
          `${p.privileges.join(', ')}. ` +
          `Be den som administrerer PowerOffice GO om å gi dem.`
        );
      case 'clearing_not_emptied':
        return (
          `${kroner(p.amount)} står åpent på kontoen: oppgjør som mangler, er for små eller for store. ` +
          'Se dagene og posteringene i Avstemming.'
        );
      case 'setup_step_missing':
        return 'Fullfør oppsettet under Kom i gang.';
    }
  },
  said(p) {
    const detail = p.failure?.detail?.trim();
    if (!detail || p.kind === 'privileges_missing') return null;
    return p.failure?.source === 'poweroffice' ? `PowerOffice GO svarte: «${detail}»` : `Årsak: ${detail}`;
  },
  greeting: (name) => `Hei ${name},`,
  openLink: 'Åpne i Quickorder',
  solvedSubject: (title) => `Løst: ${title}`,
  solvedBody: 'Dette er i orden nå, og det er ikke noe mer å gjøre.',
  digestSubject: (date, count) => `Varsler ${date}: ${count === 1 ? 'én sak' : `${count} saker`}`,
  digestIntro: (date) => `Dette trengte oppmerksomhet siste døgn (til ${date}):`,
  open: 'Åpen',
  solved: 'Løst',
  footer: 'Du får denne e-posten fordi varsler er slått på for deg i Quickorder.',
  settingsLink: 'Endre hvilke varsler du får',
};

const en: AlertTexts = {
  title(p) {
    switch (p.kind) {
      case 'day_failed':
        return `Business day ${dayOf(p)} of ${dept(p)} was not transferred`;
      case 'day_blocked':
        return `Business day ${dayOf(p)} of ${dept(p)} cannot be transferred`;
      case 'day_changed':
        return `Business day ${dayOf(p)} of ${dept(p)} changed after its transfer`;
      case 'auto_export_stopped':
        return `Automatic export has stopped for ${dept(p)}`;
      case 'sales_order_failed':
        return `Order ${p.order?.posId ?? ''} was not sent to PowerOffice GO`;
      case 'sales_orders_not_linked':
        return p.count === 1
          ? `A credit order waits for ${customer(p)} to be linked to PowerOffice GO`
          : `${p.count ?? ''} credit orders wait for ${customer(p)} to be linked to PowerOffice GO`;
      case 'auto_invoice_stopped':
        return `Automatic invoicing has stopped for ${dept(p)}`;
      case 'connection_failed':
        return `PowerOffice GO refuses the client key of ${dept(p)}`;
      case 'privileges_missing':
        return `${dept(p)} lacks privileges in PowerOffice GO`;
      case 'clearing_not_emptied':
        return `${dept(p)}: clearing account ${p.reason ?? ''} does not empty out (${p.count ?? 1} business days from ${dayOf(p)})`;
      case 'setup_step_missing':
        return 'A setup step is not done';
    }
  },
  explain(p) {
    switch (p.kind) {
      case 'day_failed':
        return (
          "The business day's voucher did not reach PowerOffice GO. Open the day in Export and press " +
          '"Try again" once the cause is fixed.'
        );
      case 'day_blocked':
        return (
          'The voucher cannot be transferred until every line has an account and a VAT code. Fix ' +
          'what is missing and the day is transferred.'
        );
      case 'day_changed':
        return (
          'Sales for the business day arrived after its voucher was transferred. See the day in Export ' +
          'and send a correction.'
        );
      case 'auto_export_stopped':
        return (
          `${p.count ?? 'Several'} ended business days still wait to be transferred. See what stops ` +
          `them in Export.`
        );
      case 'sales_order_failed':
        return (
          `The credit order${customer(p) ? ` of ${customer(p)}` : ''} did not become a sales order ` +
          `in PowerOffice GO. See the order, fix the cause and send it again.`
        );
      case 'sales_orders_not_linked':
        return 'Link the customer to a customer in PowerOffice GO under Customers, and the orders are sent.';
      case 'auto_invoice_stopped':
        return p.reason === 'orders_overdue'
          ? `${p.count ?? 'Several'} credit orders should have been sent over half an hour ago. See the ` +
              `oldest order.`
          : 'Credit orders are not sent to PowerOffice GO until the connection under Integrations is in ' +
              'order.';
      case 'connection_failed':
        return (
          'No voucher or sales order can be sent for the department until it is connected again with ' +
          'a valid client key under Integrations.'
        );
      case 'privileges_missing':
        return (
          'The PowerOffice GO client does not grant the integration these privileges: ' +
          `${p.privileges.join(', ')}. ` +
          `Ask whoever administers PowerOffice GO to grant them.`
        );
      case 'clearing_not_emptied':
        return (
          `${kroner(p.amount)} is open on the account: settlements missing, too small or too large. ` +
          'See the days and their postings in Reconciliation.'
        );
      case 'setup_step_missing':
        return 'Finish the setup under Getting started.';
    }
  },
  said(p) {
    const detail = p.failure?.detail?.trim();
    if (!detail || p.kind === 'privileges_missing') return null;
    return p.failure?.source === 'poweroffice' ? `PowerOffice GO said: "${detail}"` : `Cause: ${detail}`;
  },
  greeting: (name) => `Hi ${name},`,
  openLink: 'Open in Quickorder',
  solvedSubject: (title) => `Solved: ${title}`,
  solvedBody: 'This is in order now; there is nothing more to do.',
  digestSubject: (date, count) => `Alerts ${date}: ${count === 1 ? 'one matter' : `${count} matters`}`,
  digestIntro: (date) => `This needed attention during the last day (up to ${date}):`,
  open: 'Open',
  solved: 'Solved',
  footer: 'You get this e-mail because alerts are switched on for you in Quickorder.',
  settingsLink: 'Change which alerts you get',
};

export const ALERT_TEXTS: Record<AlertLanguage, AlertTexts> = { nb, en };
