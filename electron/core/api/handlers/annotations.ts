import type { annotationMethods } from '../../../../shared/contract/annotations';
import { exportAnnotations, importAnnotations, taggedArticles } from '../../annotations';
import type { ApiContext } from '../context';

const ANNOTATION_EXPORT_MIME = { md: 'text/markdown;charset=utf-8', jsonld: 'application/ld+json;charset=utf-8' } as const;
import type { AreaHandlers } from './types';

export function annotationHandlers({ library, annotations, spool }: ApiContext): AreaHandlers<keyof typeof annotationMethods> {
  return {
    'annotations.forArticle': async ({ articleId }) => annotations.forArticle(articleId),
    'annotations.highlight': async ({ articleId, start, end, color, note }) =>
      annotations.highlight({ articleId, start, end, color, note: note ?? null }),
    'annotations.addNote': async ({ articleId, note }) => annotations.addArticleNote(articleId, note),
    'annotations.update': async ({ id, color, note }) =>
      annotations.update(id, { ...(color !== undefined && { color }), ...(note !== undefined && { note }) }),
    'annotations.delete': async ({ id }) => annotations.remove(id),
    'annotations.restore': async ({ annotation }) => annotations.restore(annotation),
    'annotations.list': async ({ filters }) => {
      const { rows, total } = await annotations.list(filters);
      const series = [...new Set(library.issues().map((i) => i.series))].sort((a, b) => a.localeCompare(b, 'zh-Hans-CN'));
      const tagged = filters.tag ? taggedArticles(annotations.all(), annotations.catalogue(), filters.tag) : [];
      return { rows, total, tags: annotations.tags(), series, taggedArticles: tagged };
    },
    // Spooled like every other export, so each transport delivers it the same way (Electron's
    // save dialog, a browser's download): a page-made blob link is cancelled by Electron.
    'annotations.export': async ({ scope, format, locale }) => {
      const { fileName, content, count } = await exportAnnotations(annotations, scope, format, locale);
      const mime = ANNOTATION_EXPORT_MIME[format];
      const bytes = new TextEncoder().encode(content);
      const { token } = await spool.put(fileName, mime, bytes);
      return { token, fileName, mime, bytes: bytes.byteLength, count };
    },
    'annotations.import': async ({ fileName, content }) => importAnnotations(library, annotations, content, fileName),
    'tags.list': async () => annotations.tags(),
    'tags.add': async ({ articleId, tag }) => annotations.addTag(articleId, tag),
    'tags.remove': async ({ articleId, tag }) => annotations.removeTag(articleId, tag),
    'tags.rename': async ({ from, to }) => ({ changed: await annotations.renameTag(from, to) }),
    'bookmarks.set': async ({ target, on }) => ({ bookmarked: await annotations.setBookmark(target, on) }),
    'bookmarks.status': async ({ target }) => ({ bookmarked: annotations.isBookmarked(target) }),
    'bookmarks.list': async () => annotations.bookmarks(),
  };
}
