import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { runCommand } from '../commands/registry';
import { numberLabel } from '../format';
import { openIssue, openLibrary } from '../store/navigation';
import { setState, useStore } from '../store/store';
import { toggleReaderPanel, toggleSidebar, useReaderPanelLayout, useSidebarLayout } from '../layout/panels';

export function Toolbar() {
  const { t } = useTranslation();
  const view = useStore((state) => state.view);
  const zoom = useStore((state) => state.zoom);
  const language = useStore((state) => state.language);
  const issue = useStore((state) => ('issueId' in state.view ? state.issueCache[state.view.issueId] : undefined));
  const selectedSeries = useStore((state) => state.selectedSeries);

  return (
    <header className="toolbar">
      <SidebarToggle />
      {view.kind !== 'library' && (
        <button type="button" className="icon-button" onClick={() => runCommand('back')} title={t('toolbar.back')}>
          <span aria-hidden="true">←</span>
          <span className="visually-hidden">{t('toolbar.back')}</span>
        </button>
      )}
      <nav className="crumbs" aria-label={t('nav.breadcrumb')}>
        <button type="button" className="crumb" onClick={() => openLibrary()}>
          {view.kind === 'library' && selectedSeries ? selectedSeries : t('nav.library')}
        </button>
        {view.kind === 'import' && <span className="crumb crumb-current">{t('nav.import')}</span>}
        {view.kind === 'review' && <span className="crumb crumb-current">{t('review.heading')}</span>}
        {view.kind === 'needs-review' && <span className="crumb crumb-current">{t('review.needs.heading')}</span>}
        {view.kind === 'search' && <span className="crumb crumb-current">{t('search.heading')}</span>}
        {view.kind === 'recycle' && <span className="crumb crumb-current">{t('recycle.heading')}</span>}
        {view.kind === 'packages' && <span className="crumb crumb-current">{t('package.heading')}</span>}
        {view.kind === 'people' && <span className="crumb crumb-current">{t(`people.nav.${view.tab}`)}</span>}
        {issue && (view.kind === 'issue' || view.kind === 'article') && (
          <>
            <span className="crumb-separator" aria-hidden="true">
              /
            </span>
            <button type="button" className="crumb" onClick={() => openIssue(issue.id)}>
              {issue.series} {numberLabel(issue, language)}
            </button>
          </>
        )}
      </nav>
      <div className="toolbar-spacer" />
      {view.kind === 'library' && <FilterBox />}
      {view.kind === 'article' && (
        <div className="button-group" role="group" aria-label={t('toolbar.zoomReset', { percent: Math.round(zoom * 100) })}>
          <button type="button" className="icon-button" onClick={() => runCommand('zoom-out')} title={t('toolbar.zoomOut')}>
            <span aria-hidden="true">A−</span>
            <span className="visually-hidden">{t('toolbar.zoomOut')}</span>
          </button>
          <button
            type="button"
            className="icon-button zoom-level"
            onClick={() => runCommand('zoom-reset')}
            title={t('toolbar.zoomReset', { percent: Math.round(zoom * 100) })}
          >
            {Math.round(zoom * 100)}%
          </button>
          <button type="button" className="icon-button" onClick={() => runCommand('zoom-in')} title={t('toolbar.zoomIn')}>
            <span aria-hidden="true">A+</span>
            <span className="visually-hidden">{t('toolbar.zoomIn')}</span>
          </button>
        </div>
      )}
      {view.kind === 'article' && <ReaderPanelToggle zoom={zoom} />}
      {(view.kind === 'issue' || view.kind === 'article') && (
        <button type="button" className="button" onClick={() => runCommand('print')}>
          {t('toolbar.print')}
        </button>
      )}
      <button
        type="button"
        className="button"
        onClick={() => runCommand('toggle-language')}
        title={t('toolbar.switchLanguage')}
        lang={language === 'en' ? 'zh-CN' : 'en'}
      >
        {t('toolbar.languageButton')}
      </button>
    </header>
  );
}

/** Hides or shows the sidebar (remembered), or on a narrow window opens it over the page. */
function SidebarToggle() {
  const { t } = useTranslation();
  const layout = useSidebarLayout();
  const label = layout.mode === 'folded' ? t('layout.sidebarShow') : t('layout.sidebarHide');
  return (
    <button
      type="button"
      className="icon-button sidebar-toggle"
      aria-controls="app-sidebar"
      aria-expanded={layout.mode !== 'folded'}
      title={label}
      onClick={() => toggleSidebar(layout)}
    >
      <span aria-hidden="true">☰</span>
      <span className="visually-hidden">{label}</span>
    </button>
  );
}

/** The article's notes panel: beside the text on a wide window, folded to this toggle on a narrow one. */
function ReaderPanelToggle({ zoom }: { zoom: number }) {
  const { t } = useTranslation();
  const layout = useReaderPanelLayout(zoom);
  const open = layout.mode !== 'folded';
  return (
    <button
      type="button"
      className="button panel-toggle"
      aria-controls="annotation-panel"
      aria-expanded={open}
      title={open ? t('layout.panelHide') : t('layout.panelShow')}
      onClick={() => toggleReaderPanel(layout)}
    >
      {t('layout.panel')}
    </button>
  );
}

function FilterBox() {
  const { t } = useTranslation();
  const filter = useStore((state) => state.filter);
  const findRequests = useStore((state) => state.findRequests);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (findRequests > 0) input.current?.focus();
  }, [findRequests]);
  return (
    <input
      ref={input}
      type="search"
      className="filter"
      value={filter}
      placeholder={t('toolbar.filterPlaceholder')}
      aria-label={t('toolbar.filter')}
      onChange={(event) => setState({ filter: event.target.value })}
      onKeyDown={(event) => {
        if (event.key === 'Escape') setState({ filter: '' });
      }}
    />
  );
}
