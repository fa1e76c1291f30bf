import { k } from '../i18n/catalogueKey';
import { briefTerms } from '../../../shared/brief/briefTerms';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SourceSummary, ThemeView } from '../../../shared/api/types';
import type { BriefDefinition, BriefOrder } from '../../../shared/model/brief';
import { useApi } from '../api/ApiContext';
import { useQuery } from '../api/useQuery';
import { saveFile } from '../cite/saveFile';
import { StyleSelect } from '../cite/StyleSelect';
import { useStyles } from '../cite/StylesContext';
import { useRememberedState } from '../common/useRememberedState';
import { BriefActions, type BriefFormat } from './BriefActions';
import { BriefPreview } from './BriefPreview';
import { BriefSources } from './BriefSources';
import { EMPTY_DRAFT, isBriefDraft, type BriefDraft } from './briefDraft';
import { FiguresEditor } from './FiguresEditor';
import { SavedBriefs } from './SavedBriefs';
import './brief.css';

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

  const exportAs = async (format: BriefFormat) => {
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
        <SavedBriefs
          saved={saved}
          savedId={savedId}
          onLoad={load}
          onNew={() => change({ savedId: null })}
        />
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
        <BriefActions
          ready={Boolean(shown)}
          saved={Boolean(savedId)}
          onSave={() => void save()}
          onExport={(format) => void exportAs(format)}
        />
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
      <BriefPreview brief={shown ?? null} building={building} hasThemes={hasThemes} />
    </main>
  );
}
