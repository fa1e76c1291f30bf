import { useTranslation } from 'react-i18next';
import { chooseWindowLanguage, WINDOW_LANGUAGES, type WindowLanguage } from './i18n';

/** The language the window is written in (not the one citations are in: that is the style's). */
export function WindowLanguageSelect() {
  const { t, i18n } = useTranslation();
  return (
    <label className="window-language">
      {t('Window language')}{' '}
      <select
        value={i18n.language}
        onChange={(e) => chooseWindowLanguage(e.target.value as WindowLanguage)}
      >
        {WINDOW_LANGUAGES.map((l) => (
          <option key={l.code} value={l.code} lang={l.code}>
            {l.name}
          </option>
        ))}
      </select>
    </label>
  );
}
