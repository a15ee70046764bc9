import { Component } from 'react';
import type { ErrorInfo, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  children: ReactNode;
}
interface State {
  error: Error | null;
}

/** Whatever breaks in a view, the window shows what happened and how to go on. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('View crashed', error, info.componentStack);
  }

  override render(): ReactNode {
    return this.state.error ? <CrashNotice error={this.state.error} /> : this.props.children;
  }
}

function CrashNotice({ error }: { error: Error }) {
  const { t } = useTranslation();
  return (
    <div className="notice notice-error" role="alert">
      <h2 className="notice-title">{t('errors.title')}</h2>
      <p>{t('errors.crash')}</p>
      <details>
        <summary>{t('errors.details')}</summary>
        <pre className="notice-details">{error.message}</pre>
      </details>
      <div className="notice-actions">
        <button type="button" className="button button-primary" onClick={() => window.location.reload()}>
          {t('errors.reload')}
        </button>
      </div>
    </div>
  );
}
