import i18next from 'i18next';
import type { Issue } from '../../../shared/catalog';
import type { ApiResult, MastheadPatch } from '../../../shared/contract';
import { sayErrorNow } from '../i18n/messages';
import { call, getArchive } from '../store/api';
import { refreshIssues, rememberIssue } from '../store/library';
import { downloadBase64 } from '../files/download';

/** Corrections to an issue already in the library, and its original file. */
export async function updateMasthead(issueId: string, patch: MastheadPatch): Promise<ApiResult<Issue>> {
  const result = await call('issues.update', { issueId, patch });
  if (result.ok) {
    rememberIssue(result.data);
    await refreshIssues();
  }
  return result;
}

export function markChecked(issueId: string): Promise<ApiResult<Issue>> {
  return updateMasthead(issueId, { needsReview: false });
}

export type OriginalOpened = { ok: true; how: 'opened' | 'downloaded'; name: string } | { ok: false; message: string };

/**
 * In Electron the main process opens the original with the system's viewer; in browser mode
 * its bytes come over the API and are offered as a download.
 */
export async function openOriginal(issue: Issue): Promise<OriginalOpened> {
  const archive = getArchive();
  if (archive?.openOriginal) {
    try {
      const opened = await archive.openOriginal(issue.id);
      return opened.ok ? { ok: true, how: 'opened', name: opened.data.opened } : { ok: false, message: sayErrorNow(opened.error) };
    } catch (error) {
      return { ok: false, message: error instanceof Error ? error.message : String(error) };
    }
  }
  const result = await call('issues.original', { issueId: issue.id });
  if (!result.ok) return { ok: false, message: sayErrorNow(result.error) };
  const { name, mime, dataBase64 } = result.data;
  downloadBase64(name, mime, dataBase64);
  return { ok: true, how: 'downloaded', name };
}

export function originalMessage(result: OriginalOpened): string {
  if (!result.ok) return i18next.t('review.issue.openFailed', { reason: result.message });
  return i18next.t(result.how === 'opened' ? 'review.issue.opened' : 'review.issue.downloaded', { name: result.name });
}
