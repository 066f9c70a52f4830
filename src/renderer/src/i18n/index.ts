import i18n from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import type { Locale } from 'date-fns';
import { dateLocaleFor } from '@renderer/lib/dates';
import { readStored, writeStored } from '@renderer/lib/storage';
import { en } from './en';
import { zhCN } from './zhCN';

export const LANGUAGES = ['en', 'zh-CN'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Each language named in itself, so anyone can find theirs. */
export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', 'zh-CN': '简体中文' };

const STORAGE_KEY = 'casefile.language';

function isLanguage(value: unknown): value is Language {
  return LANGUAGES.some((l) => l === value);
}

/** A choice made in the app wins; otherwise follow the system: any Chinese → zh-CN, anything else → en. */
export function detectLanguage(): Language {
  const stored = readStored(STORAGE_KEY, (raw) => (isLanguage(raw) ? raw : null));
  if (stored) return stored;
  const system = navigator.languages?.[0] ?? navigator.language ?? 'en';
  return system.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

function applyToDocument(language: string): void {
  document.documentElement.lang = language;
  document.title = i18n.t('app.name') === 'Casefile' ? 'Casefile' : `${i18n.t('app.name')} · Casefile`;
}

export function setupI18n(): typeof i18n {
  i18n.on('languageChanged', applyToDocument);
  void i18n.use(initReactI18next).init({
    resources: { en: { translation: en }, 'zh-CN': { translation: zhCN } },
    lng: detectLanguage(),
    fallbackLng: 'en',
    supportedLngs: [...LANGUAGES],
    // React escapes output itself.
    interpolation: { escapeValue: false },
    // Resources are bundled: initialise synchronously so the first paint is already translated.
    initAsync: false,
  });
  applyToDocument(i18n.language);
  return i18n;
}

export function changeLanguage(language: Language): void {
  writeStored(STORAGE_KEY, language);
  void i18n.changeLanguage(language);
}

/** The current language and its date-fns locale, re-rendering on change. */
export function useLanguage(): { language: Language; dateLocale: Locale } {
  const { i18n: instance } = useTranslation();
  const language = isLanguage(instance.language) ? instance.language : 'en';
  return { language, dateLocale: dateLocaleFor(language) };
}
