import { useRef, useState } from 'react';
import { useStyles } from './StylesContext';

const ADD = '__add__';

/** The style in use, chosen among the built-in ones and those added from .csl files. */
export function StyleSelect() {
  const { styles, style, setStyle, addFromFile } = useStyles();
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
