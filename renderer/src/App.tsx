import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { AboutDialog } from './components/AboutDialog';
import { ErrorBoundary } from './components/ErrorBoundary';
import { Sidebar } from './components/Sidebar';
import { Toolbar } from './components/Toolbar';
import { useFileDrop } from './hooks/useFileDrop';
import { useGlobalCommands } from './hooks/useGlobalCommands';
import { refreshIssues } from './store/library';
import type { View } from './store/state';
import { useStore } from './store/store';
import { AnnotationsView } from './annotations/AnnotationsView';
import { ArticleView } from './views/ArticleView';
import { ImportView } from './views/ImportView';
import { IssueView } from './views/IssueView';
import { LibraryView } from './views/LibraryView';
import { NeedsReviewView } from './review/NeedsReviewView';
import { ReviewView } from './review/ReviewView';
import { PrintView } from './print/PrintView';
import { SearchView } from './search/SearchView';
import { SeriesView } from './series/SeriesView';
import { GapReportView } from './series/GapReportView';
import { StatsView } from './stats/StatsView';
import { RecycleView } from './recycle/RecycleView';
import { PackagesView } from './package/PackagesView';
import { PeopleView } from './people/PeopleView';
import { loadSession } from './people/session';
import { NotFoundView } from './routes/NotFoundView';
import { useSideButtons } from './routes/useSideButtons';

export function App() {
  const { t } = useTranslation();
  const view = useStore((state) => state.view);
  const dragging = useFileDrop();
  useGlobalCommands();
  useSideButtons();
  useEffect(() => {
    void refreshIssues();
    void loadSession();
  }, []);

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('app.skip')}
      </a>
      <Sidebar />
      <div className="workspace">
        <Toolbar />
        <main id="main" className="content" tabIndex={-1}>
          <ErrorBoundary key={viewKey(view)}>
            <CurrentView view={view} />
          </ErrorBoundary>
        </main>
      </div>
      <AboutDialog />
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          <p>{t('import.drop')}</p>
        </div>
      )}
    </div>
  );
}

function CurrentView({ view }: { view: View }) {
  switch (view.kind) {
    case 'library':
      return <LibraryView />;
    case 'issue':
      return <IssueView issueId={view.issueId} />;
    case 'article':
      return <ArticleView issueId={view.issueId} articleId={view.articleId} />;
    case 'import':
      return <ImportView />;
    case 'review':
      return <ReviewView />;
    case 'needs-review':
      return <NeedsReviewView />;
    case 'annotations':
      return <AnnotationsView {...(view.filters && { filters: view.filters })} />;
    case 'search':
      return <SearchView />;
    case 'print':
      return <PrintView target={view.target} />;
    case 'series':
      return <SeriesView series={view.series} />;
    case 'gaps':
      return <GapReportView />;
    case 'stats':
      return <StatsView series={view.series} />;
    case 'recycle':
      return <RecycleView />;
    case 'not-found':
      return <NotFoundView address={view.address} />;
    case 'packages':
      return <PackagesView tab={view.tab} {...(view.issueIds && { issueIds: view.issueIds })} {...(view.startBackup && { startBackup: true })} />;
    case 'people':
      return <PeopleView tab={view.tab} />;
    default: {
      const unreachable: never = view;
      return unreachable;
    }
  }
}

function viewKey(view: View): string {
  switch (view.kind) {
    case 'library':
    case 'import':
    case 'review':
    case 'needs-review':
    case 'annotations':
    case 'search':
    case 'gaps':
    case 'recycle':
      return view.kind;
    case 'packages':
      return `packages:${view.tab}`;
    case 'people':
      return `people:${view.tab}`;
    case 'not-found':
      return `not-found:${view.address}`;
    case 'series':
      return `series:${view.series}`;
    case 'stats':
      return `stats:${view.series ?? ''}`;
    case 'issue':
      return `issue:${view.issueId}`;
    case 'article':
      return `article:${view.articleId}`;
    case 'print':
      return `print:${view.target.kind}:${view.target.kind === 'article' ? view.target.articleId : view.target.kind === 'issue' ? view.target.issueId : ''}`;
    default: {
      const unreachable: never = view;
      return unreachable;
    }
  }
}
