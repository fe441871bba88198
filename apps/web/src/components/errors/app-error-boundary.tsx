import { Component, type ErrorInfo, type ReactNode } from 'react';
import { i18n } from '@/lib/i18n';

type State = { error: Error | null };

/**
 * Last line of defence around the whole app (providers included), where the router's own
 * errorElement cannot reach. Uses i18n directly because the providers may be what failed.
 */
export class AppErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error('Unhandled error in the app', error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <section className="message-page" role="alert">
        <h1>{i18n.t('errorBoundary.title')}</h1>
        <p>{i18n.t('errorBoundary.body')}</p>
        <div className="message-page__actions">
          <button type="button" className="button" onClick={() => window.location.assign('/')}>
            {i18n.t('errorBoundary.home')}
          </button>
        </div>
      </section>
    );
  }
}
