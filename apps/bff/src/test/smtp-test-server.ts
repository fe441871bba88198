import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/*
 * A real SMTP server for tests (smtp-server, the server side of nodemailer's authors): it takes
 * every message on a free loopback port and keeps it parsed (mailparser), so a test reads what a
 * mail program would show: sender, recipient, subject, the text and the HTML part.
 */

export interface ReceivedMail {
  to: string;
  from: string;
  subject: string;
  text: string;
  html: string;
  parsed: ParsedMail;
}

export interface SmtpTestServer {
  /** `smtp://127.0.0.1:<port>` for SMTP_URL. */
  url: string;
  received: ReceivedMail[];
  /** Messages to one address, in the order they arrived. */
  to(address: string): ReceivedMail[];
  close(): Promise<void>;
}

export async function startSmtpTestServer(): Promise<SmtpTestServer> {
  const received: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    // Plain SMTP on loopback: the test has no certificate to offer.
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream).then(
        (parsed) => {
          const address = (value: ParsedMail['to'] | ParsedMail['from']) =>
            (Array.isArray(value) ? value : value ? [value] : [])
              .flatMap((a) => a.value.map((v) => v.address ?? ''))
              .join(', ');
          received.push({
            to: address(parsed.to),
            from: address(parsed.from),
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
            html: typeof parsed.html === 'string' ? parsed.html : '',
            parsed,
          });
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const address = server.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    to: (email) => received.filter((m) => m.to === email),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
