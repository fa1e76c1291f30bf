import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { tidyPhrase } from '../../../shared/rules/writerRules';
import { RuleListActions } from './RuleListActions';

const phrasesOf = (text: string) =>
  text
    .split(/[,;\n]+/)
    .map(tidyPhrase)
    .filter(Boolean);

/**
 * One list of figure phrases the writer edits as text, comma between phrases ("about, more
 * than, upwards of"). Saved as the library's own; Dossier's own come back at will. The parent
 * keys it by the list it shows, so a saved or reset list starts the text afresh.
 */
export function PhraseListEditor({
  label,
  saveLabel,
  phrases,
  own,
  onSave,
}: {
  label: string;
  /** The save button's words ("Save words kept with a number"). */
  saveLabel: string;
  phrases: string[];
  own: boolean;
  onSave: (phrases: string[] | null) => Promise<boolean>;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState(() => phrases.join(', '));
  const changed = phrasesOf(text).join('\n') !== phrases.join('\n');
  return (
    <div className="phrase-editor">
      <label>
        {label} {own ? t('(yours)') : t('(Dossier’s own)')}
        <textarea value={text} rows={2} onChange={(e) => setText(e.target.value)} />
      </label>
      <RuleListActions own={own} onReset={() => void onSave(null)}>
        <button type="button" disabled={!changed} onClick={() => void onSave(phrasesOf(text))}>
          {saveLabel}
        </button>
      </RuleListActions>
    </div>
  );
}
