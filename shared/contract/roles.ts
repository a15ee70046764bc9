import { roleAllows } from '../people';
import type { Role } from '../people';
import type { ApiMethod } from './index';

/**
 * The role each API method needs (issue 18). The dispatcher checks it before the handler runs;
 * the type makes every method of the contract declare one, so a new method cannot be forgotten.
 * reader: browse, search, print, export what they can see, their own annotations.
 * cataloguer: import, edit the catalogue, review. admin: accounts, settings, packages, backups.
 */
export const METHOD_ROLES: Record<ApiMethod, Role> = {
  'library.info': 'reader',
  'issues.list': 'reader',
  'issues.get': 'reader',
  'issues.update': 'cataloguer',
  'issues.delete': 'cataloguer',
  'articles.get': 'reader',
  'issues.original': 'reader',

  'search.query': 'reader',
  'search.inArticle': 'reader',
  'search.status': 'reader',

  'import.bulletins': 'cataloguer',
  'import.sample': 'cataloguer',
  'import.preview': 'cataloguer',
  'import.commit': 'cataloguer',
  'import.discard': 'cataloguer',

  'print.document': 'reader',
  'export.prepare': 'reader',
  'export.take': 'reader',

  // A reader's annotations are their own (the handlers keep them apart by caller).
  'annotations.forArticle': 'reader',
  'annotations.highlight': 'reader',
  'annotations.addNote': 'reader',
  'annotations.update': 'reader',
  'annotations.delete': 'reader',
  'annotations.restore': 'reader',
  'annotations.list': 'reader',
  'annotations.export': 'reader',
  'annotations.import': 'reader',
  'tags.list': 'reader',
  'tags.add': 'reader',
  'tags.remove': 'reader',
  'tags.rename': 'reader',
  'bookmarks.set': 'reader',
  'bookmarks.status': 'reader',
  'bookmarks.list': 'reader',

  'issues.editArticles': 'cataloguer',
  'issues.updateMany': 'cataloguer',
  'history.list': 'cataloguer',
  'history.undo': 'cataloguer',
  'history.export': 'cataloguer',
  'recycle.list': 'cataloguer',
  'recycle.restore': 'cataloguer',
  'catalogue.settings': 'reader',
  'catalogue.setSettings': 'admin',

  'series.list': 'reader',
  'series.get': 'reader',
  'series.update': 'cataloguer',
  'series.rename': 'cataloguer',
  'series.merge': 'cataloguer',
  'holdings.get': 'reader',
  'holdings.note': 'cataloguer',
  'holdings.export': 'reader',
  'stats.get': 'reader',

  'issues.unplaced': 'cataloguer',
  'issues.placeUnplaced': 'cataloguer',
  'issues.discardUnplaced': 'cataloguer',

  'package.export': 'admin',
  'package.verify': 'admin',
  'package.import': 'admin',
  'package.report': 'admin',
  'backup.status': 'admin',
  'backup.create': 'admin',
  'jobs.status': 'admin',
  'jobs.cancel': 'admin',

  'scan.get': 'reader',
  'scan.pageImage': 'reader',

  'session.whoami': 'reader',
  'session.logout': 'reader',
  'accounts.list': 'admin',
  'accounts.add': 'admin',
  'accounts.update': 'admin',
  'accounts.remove': 'admin',
  'audit.list': 'admin',
  'audit.export': 'admin',
};

/**
 * Whether a role may call a method: the one answer the dispatcher enforces and the interface
 * uses to leave out what a person cannot do (no second list to keep in step).
 */
export function can(role: Role, method: ApiMethod): boolean {
  return roleAllows(role, METHOD_ROLES[method]);
}
