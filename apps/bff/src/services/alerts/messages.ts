import type { AlertLanguage, AttentionProblem } from '@qo/contracts';
import { ALERT_SETTINGS_PATH, problemLink } from './links';
import { ALERT_TEXTS } from './message-texts';

/*
 * The alert e-mails: plain text and simple HTML with the same content, in the user's language,
 * each with a link to the page that fixes the problem and one to the Varsler page.
 */

export interface ComposedMail {
  subject: string;
  text: string;
  html: string;
}

interface Recipient {
  name: string;
  language: AlertLanguage;
}

const escape = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function layout(
  publicUrl: string,
  language: AlertLanguage,
  blocks: { text: string; html: string }[],
): { text: string; html: string } {
  const t = ALERT_TEXTS[language];
  const settings = `${publicUrl}${ALERT_SETTINGS_PATH}`;
  const footer = {
    text: `--\n${t.footer}\n${t.settingsLink}: ${settings}`,
    html:
      `<p style="color:#555;font-size:13px;border-top:1px solid #ddd;padding-top:8px">${escape(t.footer)} ` +
      `<a href="${escape(settings)}">${escape(t.settingsLink)}</a></p>`,
  };
  const all = [...blocks, footer];
  return {
    text: `${all.map((b) => b.text).join('\n\n')}\n`,
    html:
      `<!doctype html><html lang="${language}">` +
      '<body style="font-family:sans-serif;line-height:1.5;color:#1a1a1a">' +
      `${all.map((b) => b.html).join('\n')}</body></html>`,
  };
}

const paragraph = (s: string) => ({ text: s, html: `<p>${escape(s)}</p>` });
const link = (label: string, href: string) => ({
  text: `${label}: ${href}`,
  html: `<p><a href="${escape(href)}">${escape(label)}</a></p>`,
});

/** A new problem, one e-mail to one user. */
export function composeOpened(publicUrl: string, to: Recipient, p: AttentionProblem): ComposedMail {
  const t = ALERT_TEXTS[to.language];
  const title = t.title(p);
  const said = t.said(p);
  const body = [
    paragraph(t.greeting(to.name)),
    { text: title, html: `<p><strong>${escape(title)}</strong></p>` },
    paragraph(t.explain(p)),
    ...(said ? [paragraph(said)] : []),
    link(t.openLink, problemLink(publicUrl, p.actions)),
  ];
  return { subject: title, ...layout(publicUrl, to.language, body) };
}

/** The problem is gone: one e-mail to each user told of it. */
export function composeSolved(publicUrl: string, to: Recipient, p: AttentionProblem): ComposedMail {
  const t = ALERT_TEXTS[to.language];
  const title = t.title(p);
  const body = [
    paragraph(t.greeting(to.name)),
    { text: t.solvedSubject(title), html: `<p><strong>${escape(t.solvedSubject(title))}</strong></p>` },
    paragraph(t.solvedBody),
    link(t.openLink, problemLink(publicUrl, p.actions)),
  ];
  return { subject: t.solvedSubject(title), ...layout(publicUrl, to.language, body) };
}

export interface DigestItem {
  problem: AttentionProblem;
  solved: boolean;
}

/** The day's problems in one e-mail: each with whether it is still open, and its link. */
export function composeDigest(
  publicUrl: string,
  to: Recipient,
  date: string,
  items: readonly DigestItem[],
): ComposedMail {
  const t = ALERT_TEXTS[to.language];
  const lines = items.map(({ problem, solved }) => {
    const state = solved ? t.solved : t.open;
    const href = problemLink(publicUrl, problem.actions);
    const title = t.title(problem);
    return {
      text: `- [${state}] ${title}\n  ${href}`,
      html: `<li><strong>${escape(state)}:</strong> <a href="${escape(href)}">${escape(title)}</a></li>`,
    };
  });
  const list = {
    text: lines.map((l) => l.text).join('\n'),
    html: `<ul>${lines.map((l) => l.html).join('')}</ul>`,
  };
  const body = [paragraph(t.greeting(to.name)), paragraph(t.digestIntro(date)), list];
  return { subject: t.digestSubject(date, items.length), ...layout(publicUrl, to.language, body) };
}
