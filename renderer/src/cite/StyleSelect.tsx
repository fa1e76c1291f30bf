import { useRef, useState } from 'react';
import { useStyles } from './StylesContext';

const ADD = '__add__';

/**
 * The style in use, chosen among the built-in ones and those added from .csl files, and the
 * language the library cites in.
 */
export function StyleSelect() {
  const { styles, style, setStyle, addFromFile, locales, locale, setLocale } = useStyles();
  const file = useRef<HTMLInputElement>(null);
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <>
      <label>
        Style{' '}
        <select
          aria-label="Style"
          value={style.id}
          onChange={(e) => {
            if (e.target.value === ADD) file.current?.click();
            else setStyle(e.target.value);
          }}
        >
          {styles.map((s) => (
            <option key={s.id} value={s.id}>
              {s.label}
            </option>
          ))}
          <option value={ADD}>Add a style from a .csl file…</option>
        </select>
      </label>
      <label>
        Language{' '}
        <select
          aria-label="Citation language"
          value={locale ?? ''}
          onChange={(e) => void setLocale(e.target.value || null).then(setProblem)}
        >
          <option value="">The style’s own</option>
          {locales.map((l) => (
            <option key={l.tag} value={l.tag}>
              {l.label}
            </option>
          ))}
        </select>
      </label>
      <input
        ref={file}
        type="file"
        accept=".csl,application/vnd.citationstyles.style+xml,text/xml"
        hidden
        aria-label="Choose a CSL style file"
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
