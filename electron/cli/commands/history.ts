import { promises as fs } from 'node:fs';
import type { Locale } from '../../../shared/format';
import type { HistoryRow } from '../../../shared/history';
import { ArchiveError } from '../../core/errors';
import { catalogueSettings, historyRows, listRecycled, readHistory, restoreRecycled, setCatalogueSettings, undoChange } from '../../core/library';
import { historyToCsv, historyToJson } from '../../core/library/history-export';
import { openLibraryFor } from '../library-option';
import type { LibraryOption } from '../library-option';
import { cliIo } from '../io';

/**
 * The catalogue's history on the command line: `history [ISSUE]` lists changes (newest first),
 * `--format csv|json` exports them, `undo [ENTRY]` takes back the last change (or the one
 * named), `recycle` lists deleted issues and `recycle --restore ID` brings one back.
 */
const WORDS = {
  zh: { none: '还没有修改记录。', undone: '（已撤销）', undid: '已撤销：', restored: '已恢复：', emptyBin: '回收区是空的。', settings: '档号设置' },
  en: { none: 'No changes recorded yet.', undone: '(undone)', undid: 'Undone:', restored: 'Restored:', emptyBin: 'The recycle area is empty.', settings: 'Reference code settings' },
} as const;

export async function historyCommand(
  ref: string | undefined,
  options: LibraryOption & { json?: boolean; series?: string; format?: string; out?: string; force?: boolean },
  locale: Locale,
): Promise<number> {
  const library = await openLibraryFor(options, 'read');
  const issueId = ref === undefined ? undefined : library.findIssue(ref).id;
  const rows = historyRows((await readHistory(library.dir)).entries, { ...(issueId && { issueId }), ...(options.series && { series: options.series }) });
  if (options.format !== undefined) {
    if (options.format !== 'csv' && options.format !== 'json') throw new ArchiveError('bad-input', `--format ${options.format}: choose csv or json.`);
    const text = options.format === 'csv' ? historyToCsv(rows) : historyToJson(rows);
    if (options.out === undefined) cliIo().stdout.write(text);
    else await fs.writeFile(options.out, text, { flag: options.force ? 'w' : 'wx' });
    return 0;
  }
  if (options.json) {
    cliIo().stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
    return 0;
  }
  cliIo().stdout.write(`${rows.length === 0 ? WORDS[locale].none : rows.map((r) => rowLine(r, locale)).join('\n')}\n`);
  return 0;
}

function rowLine(r: HistoryRow, locale: Locale): string {
  const changes = r.changes.map((c) => `${c.field}: ${c.before || '∅'} → ${c.after || '∅'}`).join('; ');
  const done = r.undone ? ` ${WORDS[locale].undone}` : '';
  return `${r.at}  ${r.action}${done}  ${r.ref ?? r.series ?? ''}  [${r.program}, ${r.user}]  ${r.id}${changes ? `\n    ${changes}` : ''}`;
}

export async function undoCommand(entryId: string | undefined, options: LibraryOption & { json?: boolean }, locale: Locale): Promise<number> {
  const library = await openLibraryFor(options, 'write');
  const undone = await undoChange(library, entryId);
  if (options.json) cliIo().stdout.write(`${JSON.stringify({ undone: undone.entry.id, issueId: undone.issue?.id ?? null })}\n`);
  else cliIo().stdout.write(`${WORDS[locale].undid} ${undone.entry.action} ${undone.entry.ref ?? ''} (${undone.entry.at})\n`);
  return 0;
}

export async function recycleCommand(options: LibraryOption & { json?: boolean; restore?: string }, locale: Locale): Promise<number> {
  const library = await openLibraryFor(options, options.restore ? 'write' : 'read');
  if (options.restore !== undefined) {
    const issue = await restoreRecycled(library, options.restore);
    cliIo().stdout.write(`${WORDS[locale].restored} ${issue.series}:${issue.year ?? '?'}:${issue.number ?? '?'} [${issue.id}]\n`);
    return 0;
  }
  const recycled = await listRecycled(library);
  if (options.json) cliIo().stdout.write(`${JSON.stringify(recycled.map((r) => ({ issueId: r.issue.id, deletedAt: r.deletedAt, series: r.issue.series, year: r.issue.year, number: r.issue.number })), null, 2)}\n`);
  else if (recycled.length === 0) cliIo().stdout.write(`${WORDS[locale].emptyBin}\n`);
  else for (const r of recycled) cliIo().stdout.write(`${r.deletedAt}  ${r.issue.series}:${r.issue.year ?? '?'}:${r.issue.number ?? '?'}  [${r.issue.id}]\n`);
  return 0;
}

export async function settingsCommand(
  options: LibraryOption & { json?: boolean; fonds?: string; category?: string; referencePattern?: string },
  locale: Locale,
): Promise<number> {
  const changing = options.fonds !== undefined || options.category !== undefined || options.referencePattern !== undefined;
  const library = await openLibraryFor(options, changing ? 'write' : 'read');
  const settings = changing
    ? await setCatalogueSettings(library, {
        ...(options.fonds !== undefined && { fonds: options.fonds.trim() === '' ? null : options.fonds }),
        ...(options.category !== undefined && { category: options.category }),
        ...(options.referencePattern !== undefined && { referencePattern: options.referencePattern }),
      })
    : catalogueSettings(library);
  if (options.json) cliIo().stdout.write(`${JSON.stringify(settings, null, 2)}\n`);
  else cliIo().stdout.write(`${WORDS[locale].settings}: ${settings.referencePattern}  fonds=${settings.fonds ?? '∅'}  category=${settings.category}\n`);
  return 0;
}
