import { k } from '../i18n/catalogueKey';
import { useTranslation } from 'react-i18next';
import { fieldList } from '../i18n/fieldNames';
import { useState } from 'react';
import type { CitationForm } from '../../../shared/cite/citationStyles';
import { useQuery } from '../api/useQuery';
import { quotedCitation } from '../../../shared/cite/quotedCitation';
import { copyAndSay, copyRich } from './copyRich';
import { StyleSelect } from './StyleSelect';
import { formsOf, useStyles } from './StylesContext';
import { SafeHtml } from './SafeHtml';

// Catalogue keys, shown through t().
export const FORM_LABELS: Record<CitationForm, string> = {
  bibliography: k('Bibliography entry'),
  note: k('Full note'),
  'short-note': k('Short note'),
  'in-text': k('In-text citation'),
};

interface Props {
  sourceId: string;
  /** The passage being read, cited with its paragraph number when chosen. */
  passageId: string | null;
  version: number;
}

/** A source's citation in the chosen style and form: preview, then copy as rich or plain text. */
export function CitePanel({ sourceId, passageId, version }: Props) {
  const { t } = useTranslation();
  const { style: entry, locale } = useStyles();
  const style = entry.id;
  const forms = formsOf(entry);
  const [form, setForm] = useState<CitationForm>('bibliography');
  const [withPassage, setWithPassage] = useState(false);
  const [copied, setCopied] = useState<string | null>(null);
  const shownForm = forms.includes(form) ? form : forms[0]!;
  const cited = withPassage && passageId && shownForm !== 'bibliography' ? passageId : null;

  const citation = useQuery(
    'cite',
    {
      sourceId,
      style,
      form: shownForm,
      ...(cited ? { passageId: cited } : {}),
      ...(locale ? { locale } : {}),
    },
    version,
  ).value;

  // The quote, when there is one, set with its citation as it will be pasted.
  const shown = citation?.quote
    ? quotedCitation(citation.quote, citation, shownForm !== 'in-text')
    : citation;
  const copy = async (kind: 'rich' | 'text') => {
    if (!shown) return;
    setCopied(
      kind === 'rich'
        ? await copyAndSay(() => copyRich(shown.html, shown.text), t('Copied with formatting'))
        : await copyAndSay(
            () => navigator.clipboard.writeText(shown.text),
            t('Copied as plain text'),
          ),
    );
  };

  return (
    <section className="cite-panel" aria-label={t('Cite')}>
      <h2>{t('Cite')}</h2>
      <StyleSelect />
      <label>
        {t('Form')}{' '}
        <select value={shownForm} onChange={(e) => setForm(e.target.value as CitationForm)}>
          {forms.map((f) => (
            <option key={f} value={f}>
              {t(FORM_LABELS[f])}
            </option>
          ))}
        </select>
      </label>
      {passageId && shownForm !== 'bibliography' && (
        <label className="check">
          <input
            type="checkbox"
            checked={withPassage}
            onChange={(e) => setWithPassage(e.target.checked)}
          />{' '}
          {t('Quote the marked passage')}
        </label>
      )}
      {citation && shown && (
        <>
          <div className="citation-preview" aria-label={t('Citation preview')}>
            <SafeHtml html={shown.html} />
          </div>
          {citation.missing.length > 0 && (
            <p className="muted">
              {t('Missing for a full citation: {{fields}}', {
                fields: fieldList(t, citation.missing),
              })}
              .
            </p>
          )}
          <div className="cite-actions">
            <button type="button" onClick={() => void copy('rich')}>
              {t('Copy')}
            </button>
            <button type="button" onClick={() => void copy('text')}>
              {t('Copy as plain text')}
            </button>
          </div>
          {copied && (
            <p className="muted" role="status">
              {copied}
            </p>
          )}
        </>
      )}
    </section>
  );
}
