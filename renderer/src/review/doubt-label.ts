import type { TFunction } from 'i18next';
import type { ParsedArticle } from '../../../shared/bulletin';
import type { Doubt } from './doubts';

/** What a doubt is about, in the reader's words: a field's name, or which article and its title. */
export function doubtLabel(t: TFunction, doubt: Doubt, articles: readonly ParsedArticle[]): string {
  const field = doubt.masthead !== null ? t(`review.fields.${doubt.masthead}`) : t(`review.doubts.field.${doubt.field.replace('.', '-')}`, { defaultValue: doubt.field });
  const n = (doubt.article ?? 0) + 1;
  const title = doubt.article === null ? '' : (articles[doubt.article]?.title ?? '');
  return t(`review.doubts.kind.${doubt.kind}`, { field, n, title });
}

/** The rule's name translated; a rule this screen does not know is shown by its own name. */
export function ruleLabel(t: TFunction, rule: string): string {
  return t(`review.doubts.rules.${rule}`, { defaultValue: rule });
}

/** `source line 12` or `source lines 12–14`, counted from 1 as a person counts. */
export function linesLabel(t: TFunction, lines: readonly number[]): string {
  if (lines.length === 0) return t('review.doubts.noLines');
  const from = Math.min(...lines) + 1;
  const to = Math.max(...lines) + 1;
  return from === to ? t('review.doubts.lines', { from }) : t('review.doubts.linesRange', { from, to });
}
