import { parseSource, tagsOf } from '../../../shared/annotations';
import type { AnnotationStore } from '../annotations';
import type { ExportServices } from './export-files';
import { ChromiumPdfEngine } from './pdf/pdf-engine';
import type { PdfEngine } from './pdf/pdf-engine';
import { annotationsFromStore } from './print/annotations-adapter';
import { MeasuredPages } from './print/measured-pages';

/**
 * What exports need besides the library: a PDF engine (a local Chromium through playwright-core
 * unless the host brings its own, as Electron does with printToPDF), annotations, tags.
 * The engine is made once and kept: call close() when done.
 */
export function createExportServices(
  store: AnnotationStore,
  makeEngine: () => PdfEngine = () => new ChromiumPdfEngine(),
): ExportServices & { close(): Promise<void> } {
  let engine: PdfEngine | null = null;
  return {
    pdf: () => (engine ??= makeEngine()),
    measured: new MeasuredPages(),
    annotations: annotationsFromStore(store),
    tagsOf: (articleId) => {
      const tags = new Set<string>();
      for (const annotation of store.all()) {
        if (annotation.motivation !== 'tagging') continue;
        const ref = parseSource(annotation.target.source);
        if (ref?.kind === 'article' && ref.articleId === articleId) for (const tag of tagsOf(annotation)) tags.add(tag);
      }
      return [...tags].sort((a, b) => a.localeCompare(b, 'zh-Hans-CN'));
    },
    close: async () => {
      const current = engine;
      engine = null;
      await current?.close();
    },
  };
}
