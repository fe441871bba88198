import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createTransport } from 'nodemailer';
import type { Config } from '../../config/config';

/*
 * E-mail out of the BFF. With SMTP_URL an SMTP server carries it; without, the embedded default
 * writes every message as a real RFC 822 file (`.eml`, CRLF line ends, the same MIME nodemailer
 * would send) into DATA_DIR/outbox, where a person can open it in any mail program.
 */

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** A stable name for the message (its outbox row), used for the file name in the file outbox. */
  id: string;
}

export interface Mailer {
  /** Where mail goes, for the start banner and logs: never the SMTP credentials. */
  readonly description: string;
  /** Sends one message; resolves with where it went (the server's answer, or the file written). */
  send(message: MailMessage): Promise<string>;
  close(): void;
}

export function createMailer(config: Config['mail']): Mailer {
  return config.smtpUrl ? smtpMailer(config.smtpUrl, config.from) : fileMailer(config.outboxDir, config.from);
}

/** The SMTP server's address without user or password, e.g. `smtp://mail.example.no:587`. */
export function describeSmtpUrl(smtpUrl: string): string {
  const url = new URL(smtpUrl);
  return `${url.protocol}//${url.host}`;
}

function smtpMailer(smtpUrl: string, from: string): Mailer {
  // Patience with a slow server is bounded: the outbox tries again later.
  const timeouts = { connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 30_000 };
  const transport = createTransport({ url: smtpUrl, ...timeouts }, { from });
  return {
    description: `SMTP ${describeSmtpUrl(smtpUrl)}`,
    async send(message) {
      const info = await transport.sendMail({
        to: message.to,
        subject: message.subject,
        text: message.text,
        html: message.html,
      });
      return info.response;
    },
    close: () => transport.close(),
  };
}

function fileMailer(dir: string, from: string): Mailer {
  const transport = createTransport({ streamTransport: true, buffer: true, newline: 'windows' }, { from });
  return {
    description: `files in ${dir}`,
    async send(message) {
      const info = await transport.sendMail({
        to: message.to,
        subject: message.subject,
        text: message.text,
        html: message.html,
      });
      await mkdir(dir, { recursive: true });
      const stamp = new Date().toISOString().replace(/[:.]/g, '-');
      const file = join(dir, `${stamp}-${message.id.replace(/[^A-Za-z0-9-]/g, '_')}.eml`);
      await writeFile(file, info.message as Buffer, { mode: 0o600 });
      return file;
    },
    close: () => transport.close(),
  };
}
