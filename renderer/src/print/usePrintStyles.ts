import { useEffect } from 'react';

/**
 * Applies the print document's own stylesheet (pages, margins, running headers) while the
 * print view is shown. A constructed stylesheet: the page's policy allows no inline <style>,
 * and the stylesheet is made per document (paper, body size, the issues' names).
 */
export function usePrintStyles(css: string | null): void {
  useEffect(() => {
    if (css === null) return;
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  }, [css]);
}
