import type { TFunction } from 'i18next';
import type { Locale } from '../../../shared/format';
import { sayError, sayMessage } from '../../../shared/message-text';
import type { Phrase } from './notices';

/** A phrase in the language of `t` and `locale`, at the moment it is shown. */
export function sayPhrase(phrase: Phrase, t: TFunction, locale: Locale): string {
  if ('said' in phrase) return sayMessage(locale, phrase.said);
  if ('error' in phrase) return sayError(locale, phrase.error);
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(phrase.values ?? {})) values[name] = typeof value === 'object' ? sayPhrase(value, t, locale) : value;
  return t(phrase.key, values);
}

/** A quoted excerpt of a note or passage for an undo's name: short enough for one line. */
export function excerpt(text: string, length = 20): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  const chars = [...flat];
  return chars.length <= length ? flat : `${chars.slice(0, length).join('')}…`;
}
