import i18next from 'i18next';
import type { Issue } from '../../../shared/catalog';
import type { ApiResult, MastheadPatch, OpenedOriginal } from '../../../shared/contract';
import { sayErrorNow } from '../i18n/messages';
import { call, openOriginal as openIssueOriginal } from '../store/api';
import { refreshIssues, rememberIssue } from '../store/library';

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

export type OriginalOpened = { ok: true; how: OpenedOriginal['kind']; name: string } | { ok: false; message: string };

/** Opened with the system's viewer in Electron, shown in a new tab or downloaded in a browser: the transport decides. */
export async function openOriginal(issue: Issue): Promise<OriginalOpened> {
  const result = await openIssueOriginal(issue.id);
  if (!result.ok) return { ok: false, message: sayErrorNow(result.error) };
  return { ok: true, how: result.data.kind, name: result.data.fileName };
}

export function originalMessage(result: OriginalOpened): string {
  if (!result.ok) return i18next.t('review.issue.openFailed', { reason: result.message });
  return i18next.t(`review.issue.${result.how}`, { name: result.name });
}
