import { k } from '../i18n/catalogueKey';
import { useTranslation } from 'react-i18next';
import { useRef, useState, type DragEvent } from 'react';
import { useApi } from '../api/ApiContext';
import { fileToBase64 } from '../import/toBase64';
import { saveFile } from './saveFile';
import { StatusLine } from '../common/StatusLine';

// Labels are catalogue keys, shown through t().
export const OUTPUTS = {
  docx: {
    label: k('Word (.docx)'),
    mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  },
  md: { label: k('Markdown (.md)'), mime: 'text/markdown' },
  html: { label: k('Web page (.html)'), mime: 'text/html' },
} as const;
type Output = keyof typeof OUTPUTS;

const stem = (name: string) => name.replace(/\.[^.]+$/, '');

/**
 * Citing inside a draft from the window: a Markdown or Word draft with Pandoc markers typed in
 * it, dropped here or chosen, comes back as a copy with its citations and bibliography made in
 * the chosen style. Keys the library lacks are named, never dropped.
 */
export function DraftRender({ style }: { style: string }) {
  const { t } = useTranslation();
  const api = useApi();
  const [output, setOutput] = useState<Output>('docx');
  const [status, setStatus] = useState<string | null>(null);
  const [over, setOver] = useState(false);
  const chooser = useRef<HTMLInputElement>(null);

  const render = async (file: File) => {
    setStatus(t('Citing {{file}}…', { file: file.name }));
    const word = /\.docx$/i.test(file.name);
    const result = word
      ? await api.renderWordDraft({
          dataBase64: await fileToBase64(file),
          style,
        })
      : await api.renderDraft({
          markdown: await file.text(),
          style,
          format: output,
          title: stem(file.name),
        });
    if (!result.ok) return setStatus(result.error.message);
    const value = result.value;
    const format: Output = word ? 'docx' : output;
    const data =
      'dataBase64' in value && value.dataBase64
        ? value.dataBase64
        : await fileToBase64(new Blob(['text' in value ? value.text : '']));
    const name = `${stem(file.name)} (cited).${format}`;
    saveFile(name, OUTPUTS[format].mime, data);
    const unknown = value.unknownKeys.length
      ? ` ${t('Not in the library, left as typed: {{keys}}.', { keys: value.unknownKeys.map((k) => `@${k}`).join(', ') })}`
      : '';
    setStatus(
      `${t('Saved {{file}} with {{count}} citations.', { file: name, count: value.citations })}${unknown}`,
    );
  };

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    e.stopPropagation();
    setOver(false);
    const file = e.dataTransfer.files[0];
    if (file) void render(file);
  };

  return (
    <section
      className={over ? 'draft-render is-over' : 'draft-render'}
      aria-labelledby="draft-render-title"
      data-own-drop
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <h2 id="draft-render-title">{t('Cite in a draft')}</h2>
      <p className="muted">
        {t(
          'Type Pandoc markers in a Markdown or Word draft — [@key, para. 3], [@a; @b], @key [p. 4] — and drop it here. Dossier saves a copy with the citations made in this style and the bibliography of what it cites.',
        )}
      </p>
      <div className="bibliography-controls">
        <label>
          {t('Markdown drafts become')}{' '}
          <select value={output} onChange={(e) => setOutput(e.target.value as Output)}>
            {Object.entries(OUTPUTS).map(([value, { label }]) => (
              <option key={value} value={value}>
                {t(label)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => chooser.current?.click()}>
          {t('Choose a draft…')}
        </button>
        <input
          ref={chooser}
          type="file"
          hidden
          accept=".md,.markdown,.txt,.docx"
          aria-label={t('Choose a draft to cite')}
          onChange={(e) => {
            const file = e.target.files?.[0];
            // The same draft may be chosen again after an edit.
            e.target.value = '';
            if (file) void render(file);
          }}
        />
      </div>
      <StatusLine text={status} />
    </section>
  );
}
