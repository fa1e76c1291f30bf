import { useEffect, useState } from 'react';
import type { Citation } from '../../../shared/api/types';
import type { CitationForm } from '../../../shared/cite/citationStyles';
import { useApi } from '../api/ApiContext';
import { quotedCitation } from '../../../shared/cite/quotedCitation';
import { copyAndSay, copyRich } from './copyRich';
import { StyleSelect } from './StyleSelect';
import { formsOf, useStyles } from './StylesContext';
import { SafeHtml } from './SafeHtml';

const FORM_LABELS: Record<CitationForm, string> = {
  bibliography: 'Bibliography entry',
  note: 'Full note',
  'short-note': 'Short note',
  'in-text': 'In-text citation',
};

interface Props {
  sourceId: string;
  /** The passage being read, cited with its paragraph number when chosen. */
  passageId: string | null;
  version: number;
}

/** A source's citation in the chosen style and form: preview, then copy as rich or plain text. */
export function CitePanel({ sourceId, passageId, version }: Props) {
  const api = useApi();
  const { style: entry, locale } = useStyles();
  const style = entry.id;
  const forms = formsOf(entry);
  const [form, setForm] = useState<CitationForm>('bibliography');
  const [withPassage, setWithPassage] = useState(false);
  const [citation, setCitation] = useState<Citation | null>(null);
  const [copied, setCopied] = useState<string | null>(null);
  const shownForm = forms.includes(form) ? form : forms[0]!;
  const cited = withPassage && passageId && shownForm !== 'bibliography' ? passageId : null;

  useEffect(() => {
    let current = true;
    void api
      .cite({
        sourceId,
        style,
        form: shownForm,
        ...(cited ? { passageId: cited } : {}),
        ...(locale ? { locale } : {}),
      })
      .then((r) => current && setCitation(r.ok ? r.value : null));
    return () => {
      current = false;
    };
  }, [api, sourceId, style, shownForm, cited, version, locale]);

  // The quote, when there is one, set with its citation as it will be pasted.
  const shown = citation?.quote
    ? quotedCitation(citation.quote, citation, shownForm !== 'in-text')
    : citation;
  const copy = async (kind: 'rich' | 'text') => {
    if (!shown) return;
    setCopied(
      kind === 'rich'
        ? await copyAndSay(() => copyRich(shown.html, shown.text), 'Copied with formatting')
        : await copyAndSay(() => navigator.clipboard.writeText(shown.text), 'Copied as plain text'),
    );
  };

  return (
    <section className="cite-panel" aria-label="Cite">
      <h2>Cite</h2>
      <StyleSelect />
      <label>
        Form{' '}
        <select value={shownForm} onChange={(e) => setForm(e.target.value as CitationForm)}>
          {forms.map((f) => (
            <option key={f} value={f}>
              {FORM_LABELS[f]}
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
          Quote the marked passage
        </label>
      )}
      {citation && shown && (
        <>
          <div className="citation-preview" aria-label="Citation preview">
            <SafeHtml html={shown.html} />
          </div>
          {citation.missing.length > 0 && (
            <p className="muted">Missing for a full citation: {citation.missing.join(', ')}.</p>
          )}
          <div className="cite-actions">
            <button type="button" onClick={() => void copy('rich')}>
              Copy
            </button>
            <button type="button" onClick={() => void copy('text')}>
              Copy as plain text
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
