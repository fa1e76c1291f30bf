import { useMemo, useState } from 'react';
import { missingFields } from '../../../shared/cite/missingFields';
import {
  formErrors,
  fromForm,
  sourceTypes,
  toForm,
  type MetadataForm,
} from '../../../shared/model/metadataForm';
import type { CslMetadata } from '../../../shared/model/source';
import { NameRows } from './NameRows';

const FIELD_NAMES: Record<string, string> = {
  author: 'an author',
  title: 'a title',
  date: 'a date',
  URL: 'a URL',
  'container-title': 'the site or publication',
};

interface Props {
  metadata: CslMetadata;
  onSave: (metadata: CslMetadata) => void;
  onCancel: () => void;
}

/** Every field a citation needs, with what is still missing for a good citation as it is filled in. */
export function MetadataEditor({ metadata, onSave, onCancel }: Props) {
  const [form, setForm] = useState<MetadataForm>(() => toForm(metadata));
  const errors = formErrors(form);
  const result = useMemo(() => fromForm(form, metadata), [form, metadata]);
  const missing = missingFields(result);
  const field = (key: keyof MetadataForm, label: string, hint?: string) => (
    <label className="meta-field">
      {label}
      <input
        value={form[key] as string}
        placeholder={hint}
        aria-invalid={errors[key] ? true : undefined}
        onChange={(e) => setForm({ ...form, [key]: e.target.value })}
      />
      {errors[key] && <span className="field-error">{errors[key]}</span>}
    </label>
  );
  return (
    <form
      className="metadata-editor"
      aria-label="Edit details"
      onSubmit={(e) => {
        e.preventDefault();
        if (Object.keys(errors).length === 0) onSave(result);
      }}
      onKeyDown={(e) => e.key === 'Escape' && onCancel()}
    >
      <label className="meta-field">
        Type
        <select value={form.type} onChange={(e) => setForm({ ...form, type: e.target.value })}>
          {sourceTypes.map((t) => (
            <option key={t.type} value={t.type}>
              {t.label}
            </option>
          ))}
          {!sourceTypes.some((t) => t.type === form.type) && (
            <option value={form.type}>{form.type}</option>
          )}
        </select>
      </label>
      {field('title', 'Title')}
      <NameRows
        label="Authors"
        rows={form.authors}
        onChange={(authors) => setForm({ ...form, authors })}
      />
      {field('container', 'Site or publication')}
      {field('publisher', 'Publisher')}
      {field('issued', 'Date published', 'YYYY-MM-DD')}
      {field('URL', 'URL', 'https://…')}
      {field('accessed', 'Date accessed', 'YYYY-MM-DD')}
      {field('language', 'Language', 'en, ru, kk…')}
      {field('genre', 'Genre', 'Podcast episode, Comment…')}
      {field('citationKey', 'Citation key', 'For \\cite{…} in LaTeX or @… in Pandoc')}
      <NameRows
        label="Translators"
        rows={form.translators}
        onChange={(translators) => setForm({ ...form, translators })}
      />
      <p className={missing.length ? 'missing' : 'muted'} role="status">
        {missing.length
          ? `A good citation still needs ${missing.map((m) => FIELD_NAMES[m] ?? m).join(', ')}.`
          : 'Everything a citation needs is here.'}
      </p>
      <div className="editor-actions">
        <button type="submit" disabled={Object.keys(errors).length > 0}>
          Save details
        </button>
        <button type="button" className="link" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
