import { useTranslation } from 'react-i18next';

export type BriefFormat = 'md' | 'html' | 'docx';

interface Props {
  /** Nothing to save or export until a brief is shown. */
  ready: boolean;
  /** The brief shown is a saved one: saving changes it rather than making another. */
  saved: boolean;
  onSave: () => void;
  onExport: (format: BriefFormat) => void;
}

/** Save the brief in the library, export it, or print it. */
export function BriefActions({ ready, saved, onSave, onExport }: Props) {
  const { t } = useTranslation();
  return (
    <div className="brief-actions">
      <button type="button" onClick={onSave} disabled={!ready}>
        {saved ? t('Save changes') : t('Save brief')}
      </button>
      <button type="button" onClick={() => onExport('md')} disabled={!ready}>
        Markdown
      </button>
      <button type="button" onClick={() => onExport('html')} disabled={!ready}>
        HTML
      </button>
      <button type="button" onClick={() => onExport('docx')} disabled={!ready}>
        Word
      </button>
      <button type="button" onClick={() => window.print()} disabled={!ready}>
        {t('Print or PDF…')}
      </button>
    </div>
  );
}
