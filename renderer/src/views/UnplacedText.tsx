import { useCallback, useEffect, useState } from 'react';
import { useCan } from '../people/session';
import { useTranslation } from 'react-i18next';
import type { UnplacedLine } from '../../../shared/bulletin';
import type { Issue } from '../../../shared/catalog';
import { sayErrorNow } from '../i18n/messages';
import { UnplacedText } from '../review/UnplacedText';
import { call } from '../store/api';

/**
 * The issue page's "Unplaced text": lines kept with the issue that no rule placed, loaded from
 * its texts. Adding one to an article or discarding it is saved at once; the list shows what is
 * left. Shows nothing when there is none (and nothing while it loads).
 */
export function IssueUnplacedText({ issue }: { issue: Issue }) {
  const { t } = useTranslation();
  const [lines, setLines] = useState<readonly UnplacedLine[]>([]);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  // Issue 18: placing left-over text is the cataloguer's; a reader is not shown it.
  const mayPlace = useCan('issues.placeUnplaced');

  useEffect(() => {
    if (!mayPlace) return;
    let live = true;
    void call('issues.unplaced', { issueId: issue.id }).then((result) => {
      if (live && result.ok) setLines(result.data);
    });
    return () => {
      live = false;
    };
  }, [issue.id, mayPlace]);

  const run = useCallback(async (action: () => ReturnType<typeof call<'issues.discardUnplaced'>>, done: string) => {
    setBusy(true);
    const result = await action();
    setBusy(false);
    if (result.ok) {
      setLines(result.data);
      setNotice(done);
    } else {
      setNotice(t('review.doubts.unplaced.failed', { reason: sayErrorNow(result.error) }));
    }
  }, [t]);

  if (!mayPlace) return null;
  return (
    <div className="sheet-unplaced" lang="zh-CN">
      <UnplacedText
        idPrefix="issue"
        lines={lines}
        articleTitles={issue.articles.map((article) => article.title)}
        disabled={busy}
        notice={notice}
        onAssign={(line, index) => {
          const article = issue.articles[index];
          if (!article) return;
          void run(
            () => call('issues.placeUnplaced', { issueId: issue.id, line: line.line, articleId: article.id }),
            t('review.doubts.unplaced.assigned', { line: line.line + 1, title: article.title }),
          );
        }}
        onDiscard={(line) =>
          void run(() => call('issues.discardUnplaced', { issueId: issue.id, line: line.line }), t('review.doubts.unplaced.discarded', { line: line.line + 1 }))
        }
      />
    </div>
  );
}
