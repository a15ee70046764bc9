import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { zhCN } from './zh-CN';

export type Language = 'zh-CN' | 'en';
export const LANGUAGES: readonly Language[] = ['zh-CN', 'en'];
const STORAGE_KEY = 'bulletin-archive.language';

export function savedLanguage(): Language {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    return saved === 'en' ? 'en' : 'zh-CN';
  } catch {
    return 'zh-CN';
  }
}

export async function initI18n(language: Language = savedLanguage()): Promise<void> {
  await i18next.use(initReactI18next).init({
    resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
    lng: language,
    fallbackLng: 'zh-CN',
    // React escapes text itself; markup in a bulletin stays text.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = language;
}

export async function changeLanguage(language: Language): Promise<void> {
  await i18next.changeLanguage(language);
  document.documentElement.lang = language;
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Private windows may refuse storage; the choice then lasts for this session.
  }
}

export function currentLanguage(): Language {
  return i18next.language === 'en' ? 'en' : 'zh-CN';
}
