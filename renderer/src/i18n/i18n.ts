import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import ru from './ru.json';

/** The languages the window is written in, by their own names. */
export const WINDOW_LANGUAGES = [
  { code: 'en', name: 'English' },
  { code: 'ru', name: 'Русский' },
] as const;

export type WindowLanguage = (typeof WINDOW_LANGUAGES)[number]['code'];

const STORAGE_KEY = 'dossier.windowLanguage';

const isWindowLanguage = (code: string | null | undefined): code is WindowLanguage =>
  WINDOW_LANGUAGES.some((l) => l.code === code);

/** The writer's choice if they made one, else the first of the system's languages the window has. */
export function startingLanguage(stored: string | null, system: readonly string[]): WindowLanguage {
  if (isWindowLanguage(stored)) return stored;
  for (const tag of system) {
    const base = tag.toLowerCase().split('-')[0];
    if (isWindowLanguage(base)) return base;
  }
  return 'en';
}

function storedLanguage(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

// The English text is the key: a string reads as itself in the code, and a key missing from a
// catalogue shows in English rather than as a bare key.
void i18next.use(initReactI18next).init({
  resources: { en: { translation: en }, ru: { translation: ru } },
  lng: startingLanguage(
    storedLanguage(),
    typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]),
  ),
  fallbackLng: 'en',
  keySeparator: false,
  nsSeparator: false,
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
});

/** Switches the window's language, and keeps the choice for the next start. */
export function chooseWindowLanguage(code: WindowLanguage): void {
  try {
    localStorage.setItem(STORAGE_KEY, code);
  } catch {
    // A window without storage still switches; it only forgets at the next start.
  }
  void i18next.changeLanguage(code);
  document.documentElement.lang = code;
}

// Screen readers and hyphenation follow the page's language. (Unit tests run without a page.)
if (typeof document !== 'undefined') document.documentElement.lang = i18next.language;

/** The window's language as a BCP 47 tag for Intl's formats. */
export const windowLocale = () => i18next.language || 'en';

export const i18n = i18next;

/** t() for code outside a component (a component takes it from useTranslation). */
export const t = i18next.t.bind(i18next);
