import { describe, expect, it } from 'vitest';
import { closeDrawers, panelsNow, readerPanelMode, sidebarMode, toggleReaderPanel, toggleSidebar } from '../../../renderer/src/layout/panels';
import type { Panels } from '../../../renderer/src/layout/panels';

const shown: Panels = { sidebar: 'shown', readerPanel: 'shown', sidebarDrawer: false, readerPanelDrawer: false };

describe('where the sidebar and the notes panel go (issue 17)', () => {
  it('sit beside the page on a wide window unless the reader hid them', () => {
    expect(sidebarMode(shown, true)).toBe('beside');
    expect(readerPanelMode(shown, true)).toBe('beside');
    expect(sidebarMode({ ...shown, sidebar: 'hidden' }, true)).toBe('folded');
    expect(readerPanelMode({ ...shown, readerPanel: 'hidden' }, true)).toBe('folded');
  });

  it('fold away on a narrow window, whatever was chosen for wide ones, until a toggle opens them over the page', () => {
    expect(sidebarMode(shown, false)).toBe('folded');
    expect(readerPanelMode(shown, false)).toBe('folded');
    expect(sidebarMode({ ...shown, sidebarDrawer: true }, false)).toBe('over');
    expect(readerPanelMode({ ...shown, readerPanel: 'hidden', readerPanelDrawer: true }, false)).toBe('over');
    // A drawer left open does not put the panel over the text once the window is wide again.
    expect(readerPanelMode({ ...shown, readerPanelDrawer: true }, true)).toBe('beside');
  });

  it('a toggle hides or shows for good on a wide window, and opens or closes the drawer on a narrow one', () => {
    toggleSidebar({ mode: 'beside', wide: true });
    expect(panelsNow().sidebar).toBe('hidden');
    toggleSidebar({ mode: 'folded', wide: true });
    expect(panelsNow().sidebar).toBe('shown');

    toggleReaderPanel({ mode: 'folded', wide: false });
    expect(panelsNow()).toMatchObject({ readerPanel: 'shown', readerPanelDrawer: true });
    toggleReaderPanel({ mode: 'over', wide: false });
    expect(panelsNow().readerPanelDrawer).toBe(false);

    toggleSidebar({ mode: 'folded', wide: false });
    toggleReaderPanel({ mode: 'folded', wide: false });
    expect(panelsNow()).toMatchObject({ sidebar: 'shown', sidebarDrawer: true, readerPanelDrawer: true });
    closeDrawers();
    expect(panelsNow()).toMatchObject({ sidebarDrawer: false, readerPanelDrawer: false });
  });
});
