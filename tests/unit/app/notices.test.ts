import { beforeAll, describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { allNotices, followPagesForNotices, forget, tell, noticeOf } from '../../../renderer/src/messages/notices';
import { sayPhrase } from '../../../renderer/src/messages/say-phrase';
import { zhCN } from '../../../renderer/src/i18n/zh-CN';
import { en } from '../../../renderer/src/i18n/en';
import { setState } from '../../../renderer/src/store/store';

const ISSUE = 'kjqbck-2024-03';

describe('notices: messages belong to their action and page', () => {
  beforeAll(async () => {
    // The app's own tables (initI18n also sets the page's lang, which needs a DOM).
    await i18next.init({ resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } }, lng: 'zh-CN', interpolation: { escapeValue: false } });
    setState({ view: { kind: 'issue', issueId: ISSUE } });
    followPagesForNotices();
  });

  it('replaces an action’s earlier outcome, so “saved” never stays beside “not saved”', () => {
    tell('issue.masthead', 'done', { key: 'review.issue.mastheadSaved' });
    tell('issue.masthead', 'failed', { key: 'review.issue.saveFailed', values: { reason: 'disk full' } });
    const left = allNotices().filter((notice) => notice.action === 'issue.masthead');
    expect(left).toHaveLength(1);
    expect(left[0]?.tone).toBe('failed');
    forget('issue.masthead');
  });

  it('leaves with the page it was said on: an undo for article 1 is gone on article 3', () => {
    setState({ view: { kind: 'article', issueId: ISSUE, articleId: `${ISSUE}-1` } });
    tell('annotations', 'done', { key: 'annotations.did.deleteNote' }, { undo: { what: { key: 'annotations.undoWhat.deleteNote', values: { text: '稀土' } }, run: () => undefined } });
    expect(noticeOf('annotations')).not.toBeNull();
    setState({ view: { kind: 'article', issueId: ISSUE, articleId: `${ISSUE}-3` } });
    expect(noticeOf('annotations')).toBeNull();
    expect(allNotices()).toHaveLength(0);
  });

  it('drops an outcome that arrives after its page was left', () => {
    setState({ view: { kind: 'print', target: { kind: 'issue', issueId: ISSUE } } });
    const page = 'print/issue/' + ISSUE;
    setState({ view: { kind: 'library' } });
    tell('print.export', 'done', { key: 'print.exported', values: { name: 'a.pdf' } }, { page });
    expect(allNotices()).toHaveLength(0);
  });

  it('is said in the language chosen when it is shown, not when it was made', async () => {
    const phrase = { key: 'annotations.undoneWhat', values: { what: { key: 'annotations.undoWhat.deleteNote', values: { text: '科技特派员' } } } };
    expect(sayPhrase(phrase, i18next.t, 'zh')).toBe('已撤销：删除批注「科技特派员」');
    await i18next.changeLanguage('en');
    expect(sayPhrase(phrase, i18next.t, 'en')).toBe('Undone: delete note “科技特派员”');
    await i18next.changeLanguage('zh-CN');
  });
});
