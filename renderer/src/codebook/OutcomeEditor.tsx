import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import { RuleListActions } from './RuleListActions';

interface Outcome {
  outcome: string;
  words: string[];
}

const wordsOf = (text: string) =>
  text
    .split(/[,\s]+/)
    .map((w) => w.trim().toLowerCase())
    .filter(Boolean);

/**
 * The outcome groups of a brief's figures as a table the writer edits: each group's name and
 * the words that put a figure in it. Saved as the library's own; Dossier's own come back at will.
 * The parent keys it by the outcomes it shows, so a saved or reset list starts the rows afresh.
 */
export function OutcomeEditor({
  outcomes,
  own,
  onSave,
}: {
  outcomes: Outcome[];
  own: boolean;
  onSave: (outcomes: Outcome[] | null) => Promise<boolean>;
}) {
  const { t } = useTranslation();
  const [rows, setRows] = useState(() => outcomes.map((o) => ({ ...o, text: o.words.join(', ') })));
  const edit = (i: number, change: Partial<{ outcome: string; text: string }>) =>
    setRows((list) => list.map((row, j) => (j === i ? { ...row, ...change } : row)));
  const save = () =>
    onSave(
      rows
        .map((row) => ({ outcome: row.outcome.trim(), words: wordsOf(row.text) }))
        .filter((row) => row.outcome && row.words.length),
    );
  return (
    <div className="outcome-editor">
      <table className="rules-table">
        <thead>
          <tr>
            <th scope="col">{t('Grouped as')}</th>
            <th scope="col">{t('When the sentence says')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={i}>
              <td>
                <input
                  aria-label={t('Name of outcome {{n}}', { n: i + 1 })}
                  value={row.outcome}
                  onChange={(e) => edit(i, { outcome: e.target.value })}
                />
              </td>
              <td>
                <input
                  className="outcome-words"
                  aria-label={t('Words for {{outcome}}', {
                    outcome: row.outcome || t('outcome {{n}}', { n: i + 1 }),
                  })}
                  value={row.text}
                  onChange={(e) => edit(i, { text: e.target.value })}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <RuleListActions own={own} onReset={() => void onSave(null)}>
        <button
          type="button"
          onClick={() => setRows((list) => [...list, { outcome: '', words: [], text: '' }])}
        >
          {t('Add outcome')}
        </button>
        <button type="button" onClick={() => void save()}>
          {t('Save outcomes')}
        </button>
      </RuleListActions>
    </div>
  );
}
