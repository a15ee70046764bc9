import type { Locale } from './format';
import type { ArchiveErrorCode, ArchiveMessage, MessageLanguage, MessageOf } from './messages';
import { english } from './messages-en';
import { chinese } from './messages-zh';

/** The one renderer per language; the interface and the command line both say messages through it. */
export const LANGUAGES: Readonly<Record<Locale, MessageLanguage>> = { zh: chinese, en: english };

export function sayMessage(locale: Locale, message: ArchiveMessage): string {
  // The table is indexed by the message's own code, so the cast only narrows what the mapped type already guarantees.
  const render = LANGUAGES[locale].messages[message.code] as (m: MessageOf<typeof message.code>) => string;
  return render(message);
}

/** A failure as it reaches a person: its own message when it has one, else what its class means. */
export interface SayableError {
  code: string;
  message: string;
  said?: ArchiveMessage | undefined;
}

export function sayError(locale: Locale, error: SayableError): string {
  if (error.said) return sayMessage(locale, error.said);
  // English keeps the core's full sentence; another language says the class of failure it knows.
  if (locale === 'en') return error.message;
  return isErrorCode(error.code) ? LANGUAGES[locale].errors[error.code] : error.message;
}

/** A failure's detail in full: its own message when it has one, else the core's English text. */
export function sayDetail(locale: Locale, failure: { message: string; said?: ArchiveMessage | undefined }): string {
  return failure.said ? sayMessage(locale, failure.said) : failure.message;
}

function isErrorCode(code: string): code is ArchiveErrorCode {
  return Object.hasOwn(english.errors, code);
}
