import { useRef, useState } from 'react';
import { citationLanguageName } from '../i18n/languageNames';
import { useTranslation } from 'react-i18next';
import { useStyles } from './StylesContext';

const ADD = '__add__';

/**
 * The style in use, chosen among the built-in ones and those added from .csl files, and the
 * language the library cites in.
 */
export function StyleSelect() {
  const { styles, style, setStyle, addFromFile, locales, locale, setLocale } = useStyles();
  const { t } = useTranslation();
  const file = useRef<HTMLInputElement>(null);
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <>
      <label>
        {t('Style')}{' '}
        <select
          aria-label={t('Style')}
          value={style.id}
          onChange={(e) => {
            if (e.target.value === ADD) file.current?.click();
            else setStyle(e.target.value);
          }}
        >
          {styles.map((s) => (
            <option key={s.id} value={s.id}>
              {t(s.label)}
            </option>
          ))}
          <option value={ADD}>{t('Add a style from a .csl file…')}</option>
        </select>
      </label>
      <label>
        {t('Language')}{' '}
        <select
          aria-label={t('Citation language')}
          value={locale ?? ''}
          onChange={(e) => void setLocale(e.target.value || null).then(setProblem)}
        >
          <option value="">{t('The style’s own')}</option>
          {locales.map((l) => (
            <option key={l.tag} value={l.tag}>
              {citationLanguageName(l.tag, l.label)}
            </option>
          ))}
        </select>
      </label>
      <input
        ref={file}
        type="file"
        accept=".csl,application/vnd.citationstyles.style+xml,text/xml"
        hidden
        aria-label={t('Choose a CSL style file')}
        onChange={(e) => {
          const chosen = e.target.files?.[0];
          e.target.value = '';
          if (chosen) void addFromFile(chosen).then(setProblem);
        }}
      />
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
    </>
  );
}
