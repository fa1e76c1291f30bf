import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { missingFields } from '../../../shared/cite/missingFields';
import {
  formErrors,
  fromForm,
  sourceTypes,
  toForm,
  type MetadataForm,
} from '../../../shared/model/metadataForm';
import type { CslMetadata } from '../../../shared/model/source';
import { FIELD_NAMES } from '../i18n/fieldNames';
import { NameRows } from './NameRows';

interface Props {
  metadata: CslMetadata;
  onSave: (metadata: CslMetadata) => void;
  onCancel: () => void;
}

/** Every field a citation needs, with what is still missing for a good citation as it is filled in. */
export function MetadataEditor({ metadata, onSave, onCancel }: Props) {
  const { t } = useTranslation();
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
      {errors[key] && <span className="field-error">{t(errors[key])}</span>}
    </label>
  );
  return (
    <form
      className="metadata-editor"
      aria-label={t('Edit details')}
      onSubmit={(e) => {
        e.preventDefault();
        if (Object.keys(errors).length === 0) onSave(result);
      }}
      onKeyDown={(e) => e.key === 'Escape' && onCancel()}
    >
      <label className="meta-field">
        {t('Type')}
        <select value={form.type} onChange={(e) => setForm({ ...form, type: e.target.value })}>
          {sourceTypes.map((s) => (
            <option key={s.type} value={s.type}>
              {t(s.label)}
            </option>
          ))}
          {!sourceTypes.some((s) => s.type === form.type) && (
            <option value={form.type}>{form.type}</option>
          )}
        </select>
      </label>
      {field('title', t('Title'))}
      <NameRows
        label={t('Authors')}
        addLabel={t('Add author')}
        rows={form.authors}
        onChange={(authors) => setForm({ ...form, authors })}
      />
      {field('container', t('Site or publication'))}
      {field('publisher', t('Publisher'))}
      {field('issued', t('Date published'), t('YYYY-MM-DD'))}
      {field('URL', t('URL'), 'https://…')}
      {field('accessed', t('Date accessed'), t('YYYY-MM-DD'))}
      {field('language', t('Language'), 'en, ru, kk…')}
      {field('genre', t('Genre'), t('Podcast episode, Comment…'))}
      {field('citationKey', t('Citation key'), t('For \\cite{…} in LaTeX or @… in Pandoc'))}
      <NameRows
        label={t('Translators')}
        addLabel={t('Add translator')}
        rows={form.translators}
        onChange={(translators) => setForm({ ...form, translators })}
      />
      <p className={missing.length ? 'missing' : 'muted'} role="status">
        {missing.length
          ? t('A good citation still needs {{fields}}.', {
              fields: missing.map((m) => (FIELD_NAMES[m] ? t(FIELD_NAMES[m]) : m)).join(', '),
            })
          : t('Everything a citation needs is here.')}
      </p>
      <div className="editor-actions">
        <button type="submit" disabled={Object.keys(errors).length > 0}>
          {t('Save details')}
        </button>
        <button type="button" className="link" onClick={onCancel}>
          {t('Cancel')}
        </button>
      </div>
    </form>
  );
}
