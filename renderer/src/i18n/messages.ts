import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../shared/format';
import { sayError, sayMessage } from '../../../shared/message-text';
import type { SayableError } from '../../../shared/message-text';
import type { ArchiveMessage } from '../../../shared/messages';
import { currentLanguage } from './index';
import type { Language } from './index';

/**
 * The core's messages (parser warnings, importer failures, library errors) arrive as codes; they
 * are said here in the interface's language by the same tables the command line uses.
 */
export function localeOf(language: Language): Locale {
  return language === 'en' ? 'en' : 'zh';
}

/** Outside React (stores, actions): the language chosen now. */
export function sayNow(message: ArchiveMessage): string {
  return sayMessage(localeOf(currentLanguage()), message);
}

export function sayErrorNow(error: SayableError): string {
  return sayError(localeOf(currentLanguage()), error);
}

/** A failure's detail: said in the reader's language when the core gave a code, else as it came. */
export function detailOf(failure: { message: string; said?: ArchiveMessage | undefined }): string {
  return failure.said ? sayNow(failure.said) : failure.message;
}

/** Inside components: re-renders when the language changes. */
export function useSay(): { say: (message: ArchiveMessage) => string; sayError: (error: SayableError) => string } {
  const { i18n } = useTranslation();
  const locale: Locale = i18n.language === 'en' ? 'en' : 'zh';
  return { say: (message) => sayMessage(locale, message), sayError: (error) => sayError(locale, error) };
}
