import type { ApiMethod } from '../../../shared/contract';
import type { AuditAction } from '../../../shared/people';

/**
 * Which API calls the audit trail records, and as what (issue 18). Reading (browse, search,
 * open an article) is not recorded: the trail is of what changed the archive or left it.
 * Only calls that succeeded are recorded (a refused call changed nothing).
 */
export const AUDITED_METHODS: Partial<Record<ApiMethod, AuditAction>> = {
  'import.bulletins': 'import',
  'import.sample': 'import',
  'import.commit': 'import',
  'issues.update': 'catalogue-change',
  'issues.updateMany': 'catalogue-change',
  'issues.editArticles': 'catalogue-change',
  'issues.placeUnplaced': 'catalogue-change',
  'issues.discardUnplaced': 'catalogue-change',
  'series.update': 'catalogue-change',
  'series.rename': 'catalogue-change',
  'series.merge': 'catalogue-change',
  'holdings.note': 'catalogue-change',
  'history.undo': 'catalogue-change',
  'recycle.restore': 'catalogue-change',
  'issues.delete': 'delete',
  'export.prepare': 'export',
  'print.document': 'export',
  'annotations.export': 'export',
  'holdings.export': 'export',
  'history.export': 'export',
  'issues.original': 'original-download',
  'accounts.add': 'account-change',
  'accounts.update': 'account-change',
  'accounts.remove': 'account-change',
  'session.logout': 'logout',
  'package.export': 'package',
  'package.import': 'package',
  'backup.create': 'backup',
  'catalogue.setSettings': 'settings',
};

/** What a call was about, in a few words: the issue, the series, the account, the file… */
export function describeCall(method: ApiMethod, input: unknown, output: unknown): string {
  const parts: string[] = [];
  const given = record(input);
  const got = record(output);
  const add = (label: string, value: unknown): void => {
    if (typeof value === 'string' && value !== '') parts.push(`${label}${value}`);
    else if (typeof value === 'number' || typeof value === 'boolean') parts.push(`${label}${String(value)}`);
  };
  add('', given['issueId']);
  if (Array.isArray(given['issueIds'])) parts.push(`${given['issueIds'].length} issues`);
  add('', given['series']);
  if (typeof given['from'] === 'string') parts.push(`${given['from']} → ${String(given['to'] ?? given['into'] ?? '')}`);
  add('', given['name']);
  add('entry ', given['entryId']);
  add('format ', given['format']);
  const target = record(given['target']);
  if (typeof target['kind'] === 'string') {
    const ids = ['issueId', 'articleId'].map((k) => target[k]).filter((v): v is string => typeof v === 'string');
    const basket = Array.isArray(target['articleIds']) ? [`${target['articleIds'].length} articles`] : [];
    parts.push([target['kind'], ...ids, ...basket].join(' '));
  }
  if (given['disabled'] === true) parts.push('disabled');
  if (typeof given['role'] === 'string') parts.push(`role ${given['role']}`);
  if (typeof given['password'] === 'string' && method === 'accounts.update') parts.push('password changed');
  // Imports: which issues came in (and from which files), from the outcome.
  const outcomes = Array.isArray(output) ? output : method.startsWith('import.') ? [output] : [];
  for (const outcome of outcomes.map(record)) {
    if (typeof outcome['issueId'] === 'string') parts.push(`${String(outcome['status'] ?? '')} ${outcome['issueId']} (${String(outcome['file'] ?? '')})`.trim());
  }
  add('', got['undone'] === undefined ? undefined : `undone ${String(got['undone'])}`);
  add('', typeof got['fileName'] === 'string' && parts.length === 0 ? got['fileName'] : undefined);
  return parts.join('; ').slice(0, 500) || method;
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}
