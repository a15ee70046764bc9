import { useEffect, useState } from 'react';
import type { Article } from '../../../shared/catalog';
import { call } from '../store/api';
import type { Load } from '../store/state';

// Article bodies are immutable once imported; keep the last few for quick back-and-forth.
const recent = new Map<string, Article>();
const RECENT_LIMIT = 24;

function remember(article: Article): void {
  recent.delete(article.id);
  recent.set(article.id, article);
  if (recent.size > RECENT_LIMIT) recent.delete(recent.keys().next().value ?? '');
}

export function useArticle(articleId: string): { load: Load<Article>; retry: () => void } {
  const [load, setLoad] = useState<Load<Article>>(() => readRecent(articleId));
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const known = recent.get(articleId);
    if (known) {
      setLoad({ status: 'ready', data: known });
      return;
    }
    let current = true;
    setLoad({ status: 'loading' });
    void call('articles.get', { articleId }).then((result) => {
      if (!current) return;
      if (result.ok) remember(result.data);
      setLoad(result.ok ? { status: 'ready', data: result.data } : { status: 'error', error: result.error });
    });
    return () => {
      current = false;
    };
  }, [articleId, attempt]);

  const shown = load.status === 'ready' && load.data.id !== articleId ? readRecent(articleId) : load;
  return { load: shown, retry: () => setAttempt((n) => n + 1) };
}

function readRecent(articleId: string): Load<Article> {
  const known = recent.get(articleId);
  return known ? { status: 'ready', data: known } : { status: 'loading' };
}
