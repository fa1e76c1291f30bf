import { k } from '../i18n/catalogueKey';
import { briefTerms } from '../../../shared/brief/briefTerms';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldList } from '../i18n/fieldNames';
import type { BriefView as Brief, SourceSummary, ThemeView } from '../../../shared/api/types';
import { briefHtmlBody } from '../../../shared/brief/briefHtml';
import type { BriefDefinition, BriefOrder } from '../../../shared/model/brief';
import { useApi } from '../api/ApiContext';
import { useQuery } from '../api/useQuery';
import { SafeHtml } from '../cite/SafeHtml';
import { saveFile } from '../cite/saveFile';
import { StyleSelect } from '../cite/StyleSelect';
import { useStyles } from '../cite/StylesContext';
import { useRememberedState } from '../common/useRememberedState';
import { BriefSources } from './BriefSources';
import { EMPTY_DRAFT, isBriefDraft, type BriefDraft } from './briefDraft';
import { FiguresEditor } from './FiguresEditor';

interface Props {
  themes: ThemeView[];
  sources: SourceSummary[];
  version: number;
  onError: (message: string) => void;
}

// Catalogue keys, shown through t().
export const ORDERS: [BriefOrder, string][] = [
  ['date', k('By date')],
  ['title', k('By title')],
  ['chosen', k('As chosen')],
];

/** Choose themes and sources, see the brief at once, correct its figures, save and export it. */
export function BriefView({ themes, sources, version, onError }: Props) {
  const { t } = useTranslation();
  const api = useApi();
  const { style, setStyle, locale } = useStyles();
  // A reload or a restart of the window keeps the brief being made.
  const [draft, setDraft] = useRememberedState('dossier:brief-draft', EMPTY_DRAFT, isBriefDraft);
  const { savedId, title, themeIds, choice, order, edits } = draft;
  const change = (part: Partial<BriefDraft>) => setDraft((d) => ({ ...d, ...part }));
  const collections = useQuery('listCollections', {}, version).value ?? [];
  const saved = useQuery('listBriefs', {}, version).value ?? [];
  const [status, setStatus] = useState<string | null>(null);

  const request = {
    ...(title.trim() ? { title } : {}),
    // In the codebook's order, however they were ticked.
    themeIds: themes.filter((t) => themeIds.includes(t.id)).map((t) => t.id),
    ...(choice.kind === 'chosen' && choice.ids.length ? { sourceIds: choice.ids } : {}),
    ...(choice.kind === 'collection' ? { collectionId: choice.id } : {}),
    style: style.id,
    order,
    figureEdits: edits,
    ...(locale ? { locale } : {}),
  };
  const key = JSON.stringify(request);

  const saveCollection = async (name: string, ids: string[]) => {
    const result = await api.saveCollection({ name, sourceIds: ids });
    if (!result.ok) return onError(result.error.message);
    change({ choice: { kind: 'collection', id: result.value.id } });
    setStatus(t('Saved the collection “{{name}}”', { name: result.value.name }));
  };

  const hasThemes = request.themeIds.length > 0;
  // While a newer brief is made, the older one is shown with a word that it is being brought up
  // to date.
  const made = useQuery('makeBrief', hasThemes ? request : null, version, {
    onError,
    keepWhileAsking: true,
  });

  const toggle = (list: string[], id: string) =>
    list.includes(id) ? list.filter((x) => x !== id) : [...list, id];

  const exportAs = async (format: 'md' | 'html' | 'docx') => {
    const result = await api.exportBrief({ ...JSON.parse(key), format });
    if (!result.ok) return onError(result.error.message);
    saveFile(result.value.fileName, result.value.mimeType, result.value.dataBase64);
    setStatus(t('Saved {{file}}', { file: result.value.fileName }));
  };

  const save = async () => {
    // A saved brief follows the library's language, so the language is not saved with it.
    const { locale: _locale, ...definition } = JSON.parse(key) as typeof request;
    const result = await api.saveBrief({ ...definition, ...(savedId ? { id: savedId } : {}) });
    if (!result.ok) return onError(result.error.message);
    change({ savedId: result.value.id });
    setStatus(t('Saved “{{title}}” in the library', { title: result.value.title }));
  };

  const load = (definition: BriefDefinition) => {
    setDraft({
      savedId: definition.id,
      title: definition.title,
      themeIds: definition.themeIds,
      choice: definition.sourceIds
        ? { kind: 'chosen', ids: definition.sourceIds }
        : definition.collectionId
          ? { kind: 'collection', id: definition.collectionId }
          : { kind: 'all' },
      order: definition.order,
      edits: definition.figureEdits,
    });
    setStyle(definition.style);
  };

  // With no theme ticked there is nothing to compare.
  const shown = hasThemes ? made.value : null;
  const building = made.pending;

  return (
    <main className="pane reader brief-view" aria-label={t('Brief')}>
      <aside className="brief-controls" aria-label={t('Brief settings')}>
        {saved.length > 0 && (
          <label>
            {t('Saved briefs')}{' '}
            <select
              value={savedId ?? ''}
              onChange={(e) => {
                const found = saved.find((b) => b.id === e.target.value);
                // "A new brief" keeps what is ticked as its start; saving then makes another.
                if (found) load(found);
                else change({ savedId: null });
              }}
            >
              <option value="">{t('A new brief')}</option>
              {saved.map((b) => (
                <option key={b.id} value={b.id}>
                  {b.title}
                </option>
              ))}
            </select>
          </label>
        )}
        <label>
          {t('Title')}{' '}
          <input
            value={title}
            // The title the brief gets if none is given, in the language it cites in.
            placeholder={briefTerms(locale ?? undefined).title('…')}
            onChange={(e) => change({ title: e.target.value })}
          />
        </label>
        <fieldset>
          <legend>{t('Themes')}</legend>
          {themes.map((theme) => (
            <label key={theme.id} className="check">
              <input
                type="checkbox"
                checked={themeIds.includes(theme.id)}
                onChange={() => change({ themeIds: toggle(themeIds, theme.id) })}
              />{' '}
              {theme.name}
            </label>
          ))}
        </fieldset>
        <BriefSources
          sources={sources}
          collections={collections}
          value={choice}
          onChange={(next) => change({ choice: next })}
          onSaveCollection={(name, ids) => void saveCollection(name, ids)}
        />
        <label>
          {t('Order')}{' '}
          <select value={order} onChange={(e) => change({ order: e.target.value as BriefOrder })}>
            {ORDERS.map(([value, label]) => (
              <option key={value} value={value}>
                {t(label)}
              </option>
            ))}
          </select>
        </label>
        <StyleSelect />
        <div className="brief-actions">
          <button type="button" onClick={() => void save()} disabled={!shown}>
            {savedId ? t('Save changes') : t('Save brief')}
          </button>
          <button type="button" onClick={() => void exportAs('md')} disabled={!shown}>
            Markdown
          </button>
          <button type="button" onClick={() => void exportAs('html')} disabled={!shown}>
            HTML
          </button>
          <button type="button" onClick={() => void exportAs('docx')} disabled={!shown}>
            Word
          </button>
          <button type="button" onClick={() => window.print()} disabled={!shown}>
            {t('Print or PDF…')}
          </button>
        </div>
        {status && <p role="status">{status}</p>}
        {shown && (
          <section aria-label={t('Figures table')}>
            <h2>{t('Figures')}</h2>
            <FiguresEditor
              figures={shown.figures}
              dropped={shown.droppedFigures}
              edits={edits}
              onChange={(next) => change({ edits: next })}
            />
          </section>
        )}
      </aside>
      <article
        className="brief-preview reader-page"
        aria-label={t('Brief preview')}
        aria-busy={building ? 'true' : 'false'}
      >
        {building && (
          <p className="muted brief-building" role="status">
            {shown ? t('Bringing the brief up to date…') : t('Making the brief…')}
          </p>
        )}
        {shown && <MissingDetails brief={shown} />}
        {shown && <SafeHtml document html={briefHtmlBody(shown)} />}
        {!hasThemes && <p className="muted">{t('Choose at least one theme.')}</p>}
      </article>
    </main>
  );
}

/** How many lacking citations are listed before the rest fold away. */
const MISSING_SHOWN = 3;

/**
 * Citations that still lack details, said before the brief is sent anywhere, beside it: not only
 * in the inspector. A few are listed; the rest fold, so fifty sources do not push the brief
 * itself below the window.
 */
function MissingDetails({ brief }: { brief: Brief }) {
  const { t } = useTranslation();
  const lacking = brief.bibliography.filter((e) => e.missing.length);
  if (!lacking.length) return null;
  const line = (e: (typeof lacking)[number]) => (
    <li key={e.html}>
      {e.title}: {fieldList(t, e.missing)}
    </li>
  );
  return (
    <div className="bib-missing brief-missing" role="note">
      <p>{t('Citations that still lack details ({{count}}):', { count: lacking.length })}</p>
      <ul>{lacking.slice(0, MISSING_SHOWN).map(line)}</ul>
      {lacking.length > MISSING_SHOWN && (
        <details>
          <summary>{t('{{count}} more', { count: lacking.length - MISSING_SHOWN })}</summary>
          <ul>{lacking.slice(MISSING_SHOWN).map(line)}</ul>
        </details>
      )}
    </div>
  );
}
