import { useEffect, useSyncExternalStore } from 'react';
import { createStore, patchStore, useStoreValue } from '../store/create-store';

/**
 * Which of the side parts of the window show (issue 17: office screens of 1024×768, or larger
 * ones at 150 % zoom). On a wide window the sidebar and the article's side panel sit beside the
 * text and the reader may hide either; the choice is kept in localStorage. On a narrow window
 * they are folded away so the text keeps its measure, and a toggle opens them over the page for
 * a moment (that is not remembered: the next article starts with its text in full).
 */
export interface Panels {
  /** The reader's choice for wide windows, remembered. */
  sidebar: 'shown' | 'hidden';
  readerPanel: 'shown' | 'hidden';
  /** Opened over the page on a narrow window, until closed. */
  sidebarDrawer: boolean;
  readerPanelDrawer: boolean;
}

/** How a side part is laid out now: beside the content, over it, or folded to its toggle. */
export type PanelMode = 'beside' | 'over' | 'folded';

const SIDEBAR_KEY = 'bulletin-archive.sidebar';
const READER_PANEL_KEY = 'bulletin-archive.reader-panel';

/*
 * Sizes the stylesheets use too (layout.css, annotations.css), in CSS pixels, so that the rules
 * here and there agree: the sidebar's width, the window below which it folds, and what the
 * article needs beside its panel (the panel at its narrowest, the gap, the page's margins, and a reading column
 * of 32 em at the article's size: 30 characters and the narrowest sheet margins).
 */
export const SIDEBAR_WIDTH = 248;
export const SIDEBAR_FOLDS_BELOW = 900;
const PANEL_BESIDE_CHROME = 280 + 20 + 48;
const READING_COLUMN_EM = 32;
/** The article's font size at zoom 1 (1.1875rem, ArticleView). */
const ARTICLE_FONT_PX = 19;

function saved(key: string): 'shown' | 'hidden' {
  try {
    return localStorage.getItem(key) === 'hidden' ? 'hidden' : 'shown';
  } catch {
    return 'shown';
  }
}

function remember(key: string, value: 'shown' | 'hidden'): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Private windows may refuse storage; the choice then lasts for this session.
  }
}

const panels = createStore<Panels>({
  sidebar: saved(SIDEBAR_KEY),
  readerPanel: saved(READER_PANEL_KEY),
  sidebarDrawer: false,
  readerPanelDrawer: false,
});

export function panelsNow(): Panels {
  return panels.get();
}

export function usePanels<T>(select: (value: Panels) => T): T {
  return useStoreValue(panels, select);
}

/** Whether the window is at least `minWidth` CSS pixels wide, following it as it changes. */
export function useWiderThan(minWidth: number): boolean {
  const query = `(min-width: ${Math.round(minWidth)}px)`;
  return useSyncExternalStore(
    (listener) => {
      const list = window.matchMedia(query);
      list.addEventListener('change', listener);
      return () => list.removeEventListener('change', listener);
    },
    () => window.matchMedia(query).matches,
  );
}

export function sidebarMode(value: Panels, wide: boolean): PanelMode {
  if (wide) return value.sidebar === 'shown' ? 'beside' : 'folded';
  return value.sidebarDrawer ? 'over' : 'folded';
}

export function readerPanelMode(value: Panels, wide: boolean): PanelMode {
  if (wide) return value.readerPanel === 'shown' ? 'beside' : 'folded';
  return value.readerPanelDrawer ? 'over' : 'folded';
}

/** A side part's layout now, and whether the window is wide enough for it to sit beside. */
export interface PanelLayout {
  mode: PanelMode;
  wide: boolean;
}

/** The sidebar's layout now; the window's width decides wide or narrow. */
export function useSidebarLayout(): PanelLayout {
  const wide = useWiderThan(SIDEBAR_FOLDS_BELOW);
  const mode = usePanels((value) => sidebarMode(value, wide));
  return { mode, wide };
}

/**
 * The article panel's layout now: beside the text only when the window leaves the text its
 * measure at this zoom next to the panel and the sidebar.
 */
export function useReaderPanelLayout(zoom: number): PanelLayout {
  const sidebar = useSidebarLayout();
  const besideFrom = (sidebar.mode === 'beside' ? SIDEBAR_WIDTH : 0) + PANEL_BESIDE_CHROME + READING_COLUMN_EM * ARTICLE_FONT_PX * zoom;
  const wide = useWiderThan(besideFrom);
  const mode = usePanels((value) => readerPanelMode(value, wide));
  return { mode, wide };
}

/** A toggle: on a wide window it hides or shows the part for good, on a narrow one it opens or closes the drawer. */
export function toggleSidebar({ mode, wide }: PanelLayout): void {
  if (wide) {
    const next = mode === 'beside' ? 'hidden' : 'shown';
    remember(SIDEBAR_KEY, next);
    patchStore(panels, { sidebar: next, sidebarDrawer: false });
  } else {
    patchStore(panels, { sidebarDrawer: mode !== 'over' });
  }
}

export function toggleReaderPanel({ mode, wide }: PanelLayout): void {
  if (wide) {
    const next = mode === 'beside' ? 'hidden' : 'shown';
    remember(READER_PANEL_KEY, next);
    patchStore(panels, { readerPanel: next, readerPanelDrawer: false });
  } else {
    patchStore(panels, { readerPanelDrawer: mode !== 'over' });
  }
}

/** Drawers close when the reader goes elsewhere or presses Escape. */
export function closeDrawers(): void {
  const value = panels.get();
  if (value.sidebarDrawer || value.readerPanelDrawer) patchStore(panels, { sidebarDrawer: false, readerPanelDrawer: false });
}

/**
 * While a drawer is open, Escape closes it (wherever the focus is) instead of going Back, the
 * app's Escape. Heard on the document: after the page's own handlers (a note being edited
 * cancels first, and says so by preventDefault), before the app's keys on the window.
 */
export function useEscapeClosesDrawer(open: boolean): void {
  useEffect(() => {
    if (!open) return;
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      event.preventDefault();
      closeDrawers();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [open]);
}
