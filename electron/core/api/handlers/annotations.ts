import type { annotationMethods } from '../../../../shared/contract/annotations';
import { exportAnnotations, importAnnotations, taggedArticles, viewerOf } from '../../annotations';
import type { ApiContext } from '../context';

const ANNOTATION_EXPORT_MIME = { md: 'text/markdown;charset=utf-8', jsonld: 'application/ld+json;charset=utf-8' } as const;
import type { AreaHandlers } from './types';

/** Every call sees and changes the caller's annotations only (issue 18: viewerOf says whose). */
export function annotationHandlers({ library, annotations, spool }: ApiContext): AreaHandlers<keyof typeof annotationMethods> {
  return {
    'annotations.forArticle': async ({ articleId }, caller) => annotations.forArticle(articleId, viewerOf(caller)),
    'annotations.highlight': async ({ articleId, start, end, color, note, shared }, caller) =>
      annotations.highlight({ articleId, start, end, color, note: note ?? null, shared: shared === true }, viewerOf(caller)),
    'annotations.addNote': async ({ articleId, note, shared }, caller) =>
      annotations.addArticleNote(articleId, note, viewerOf(caller), shared === true),
    'annotations.update': async ({ id, color, note, shared }, caller) =>
      annotations.update(
        id,
        { ...(color !== undefined && { color }), ...(note !== undefined && { note }), ...(shared !== undefined && { shared }) },
        viewerOf(caller),
      ),
    'annotations.delete': async ({ id }, caller) => annotations.remove(id, viewerOf(caller)),
    'annotations.restore': async ({ annotation }, caller) => annotations.restore(annotation, viewerOf(caller)),
    'annotations.list': async ({ filters }, caller) => {
      const viewer = viewerOf(caller);
      const { rows, total } = await annotations.list(filters, viewer);
      const series = [...new Set(library.issues().map((i) => i.series))].sort((a, b) => a.localeCompare(b, 'zh-Hans-CN'));
      const tagged = filters.tag ? taggedArticles(annotations.visible(viewer), annotations.catalogue(), filters.tag) : [];
      return { rows, total, tags: annotations.tags(viewer), series, taggedArticles: tagged };
    },
    // Spooled like every other export, so each transport delivers it the same way (Electron's
    // save dialog, a browser's download): a page-made blob link is cancelled by Electron.
    'annotations.export': async ({ scope, format, locale }, caller) => {
      const { fileName, content, count } = await exportAnnotations(annotations, scope, format, locale, new Date(), viewerOf(caller));
      const mime = ANNOTATION_EXPORT_MIME[format];
      const bytes = new TextEncoder().encode(content);
      const { token } = await spool.put(fileName, mime, bytes);
      return { token, fileName, mime, bytes: bytes.byteLength, count };
    },
    'annotations.import': async ({ fileName, content }, caller) =>
      importAnnotations(library, annotations, content, fileName, viewerOf(caller)),
    'tags.list': async (_input, caller) => annotations.tags(viewerOf(caller)),
    'tags.add': async ({ articleId, tag }, caller) => annotations.addTag(articleId, tag, viewerOf(caller)),
    'tags.remove': async ({ articleId, tag }, caller) => annotations.removeTag(articleId, tag, viewerOf(caller)),
    'tags.rename': async ({ from, to }, caller) => ({ changed: await annotations.renameTag(from, to, viewerOf(caller)) }),
    'bookmarks.set': async ({ target, on }, caller) => ({ bookmarked: await annotations.setBookmark(target, on, viewerOf(caller)) }),
    'bookmarks.status': async ({ target }, caller) => ({ bookmarked: annotations.isBookmarked(target, viewerOf(caller)) }),
    'bookmarks.list': async (_input, caller) => annotations.bookmarks(viewerOf(caller)),
  };
}
