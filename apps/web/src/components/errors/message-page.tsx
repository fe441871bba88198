import type { ReactNode } from 'react';

/** The calm full-width message used for 404, no access and errors. */
export function MessagePage({
  title,
  body,
  actions,
}: {
  title: string;
  body: ReactNode;
  actions?: ReactNode;
}) {
  return (
    <section className="message-page">
      <h1>{title}</h1>
      <div className="message-page__body">{body}</div>
      {actions && <div className="message-page__actions">{actions}</div>}
    </section>
  );
}
