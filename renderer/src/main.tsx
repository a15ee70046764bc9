import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { ErrorBoundary } from './components/ErrorBoundary';
import { initI18n } from './i18n';
import { startRouter } from './routes/router';
import { followPagesForNotices } from './messages/notices';
import './styles/base.css';
import './styles/layout.css';
import './styles/library.css';
import './styles/batch.css';
import './styles/issue.css';
import './styles/article.css';
import './styles/import.css';
import './styles/review.css';
import './styles/print-view.css';
import './styles/print.css';
import './styles/annotations.css';
import './styles/search.css';
import './styles/holdings.css';

async function start(): Promise<void> {
  await initI18n();
  // Before the first render, so a reload or a deep address shows its view at once, not the library first.
  startRouter();
  followPagesForNotices();
  const container = document.getElementById('root');
  if (!container) throw new Error('The page has no #root element.');
  createRoot(container).render(
    <StrictMode>
      <ErrorBoundary>
        <App />
      </ErrorBoundary>
    </StrictMode>,
  );
}

start().catch((error: unknown) => {
  // Last resort, before React is up: plain text, never markup.
  const message = document.createElement('p');
  message.textContent = `内刊档案无法启动 / Bulletin Archive could not start: ${error instanceof Error ? error.message : String(error)}`;
  document.body.replaceChildren(message);
});
