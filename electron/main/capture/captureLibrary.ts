import { ArchiveError } from '../../../shared/api/errors';
import { inEnglish } from '../../../shared/text/wording';
import {
  captureDetailsOf,
  capturedMetadata,
  pageAddress,
} from '../../../shared/capture/captureDetails';
import type { CaptureAnswer, CaptureRequest } from '../../../shared/capture/captureMessages';
import { findQuote } from '../../../shared/capture/quoteSelector';
import { fileTimeStamp } from '../../../shared/text/timeStamp';
import type { Result } from '../../../shared/api/errors';
import type { Archive } from '../archive/archiveService';
import { findSource, sourceText } from '../archive/archiveState';
import { reimportSource } from '../import/reimportSource';
import { prepareImport } from '../import/prepareImport';

/** What the capture endpoint asks of the open library. */
export interface CaptureLibrary {
  choices(): Promise<{
    themes: { id: string; name: string; color: string }[];
    collections: { id: string; name: string }[];
  }>;
  lookup(url: string): Promise<{ sourceId: string; title: string } | null>;
  preview(url: string, html: string): Promise<ReturnType<typeof captureDetailsOf>>;
  save(request: CaptureRequest): Promise<CaptureAnswer>;
}

function value<T>(result: Result<T>): T {
  if (!result.ok) throw new ArchiveError(result.error.code, result.error.message);
  return result.value;
}

/** The name a capture's original is kept under: the site and when it was taken. */
function captureName(url: string, now: Date): string {
  const host = new URL(url).hostname.replace(/^www\./, '') || 'page';
  return `${host} ${fileTimeStamp(now)}.html`;
}

/** The capture endpoint's view of an open library: every change goes through its API. */
export function archiveCaptureLibrary(archive: Archive): CaptureLibrary {
  const { api, state } = archive;

  // One pass over the library's articles (not their comments), by their cited address.
  const lookup = async (url: string) => {
    const wanted = pageAddress(url);
    const found = state.store.doc.sources.find(
      (s) => !s.parentId && s.metadata.URL && pageAddress(s.metadata.URL) === wanted,
    );
    return found ? { sourceId: found.id, title: found.title } : null;
  };

  /** Tags the writer's selection in the captured source; says why where it could not. */
  const tagSelection = async (sourceId: string, request: CaptureRequest): Promise<string[]> => {
    if (!request.selection) return [];
    if (!request.themeIds?.length)
      return ['the selection was not tagged: no theme was chosen for it'];
    const text = await sourceText(state, findSource(state, sourceId));
    const at = findQuote(text, request.selection);
    if (!at)
      return [
        'the selected words are not in the article as Dossier reads it (in a menu or a caption it left out?), so they were not tagged',
      ];
    value(await api.createHighlight({ sourceId, ...at, themeIds: request.themeIds }));
    return [];
  };

  const addToCollection = async (sourceId: string, collectionId: string | undefined) => {
    if (!collectionId) return [];
    const collection = value(await api.listCollections({})).find((c) => c.id === collectionId);
    if (!collection) return ['the collection chosen is no longer in the library'];
    if (!collection.sourceIds.includes(sourceId))
      value(
        await api.saveCollection({
          id: collection.id,
          name: collection.name,
          sourceIds: [...collection.sourceIds, sourceId],
        }),
      );
    return [];
  };

  return {
    async choices() {
      const themes = value(await api.listThemes({})).map((t) => ({
        id: t.id,
        name: t.name,
        color: t.color,
      }));
      const collections = value(await api.listCollections({})).map((c) => ({
        id: c.id,
        name: c.name,
      }));
      return { themes, collections };
    },
    lookup,
    async preview(url, html) {
      const prepared = await prepareImport(captureName(url, new Date()), Buffer.from(html));
      if (prepared.kind === 'refused')
        throw new ArchiveError(
          'INVALID_INPUT',
          `The page cannot be read: ${inEnglish(prepared.reason)}.`,
        );
      return captureDetailsOf(prepared.record(new Date()).metadata);
    },
    async save(request) {
      const existing = await lookup(request.url);
      const onExisting = request.onExisting ?? 'ask';
      if (existing && onExisting === 'ask') return { status: 'exists', ...existing };
      const name = captureName(request.url, state.now());
      const metadata = capturedMetadata(request.url, request.details);
      let sourceId: string;
      let warnings: string[];
      let status: 'imported' | 'updated';
      if (existing && onExisting === 'update') {
        // A new reading of the page: highlights move with their words, the writer's details stay.
        const report = await reimportSource(state, existing.sourceId, {
          original: { name, bytes: Buffer.from(request.html) },
        });
        sourceId = report.source.id;
        const source = findSource(state, sourceId);
        value(
          await api.setSourceMetadata({ sourceId, metadata: { ...source.metadata, ...metadata } }),
        );
        warnings = [];
        status = 'updated';
      } else {
        const upload = (file: string, text: string) => ({
          name: file,
          dataBase64: Buffer.from(text).toString('base64'),
        });
        const [outcome] = value(
          await api.importFiles({
            files: [
              upload(name, request.html),
              upload(name.replace(/\.html$/, '.csl.json'), JSON.stringify(metadata)),
            ],
          }),
        ).results.filter((r) => r.status !== 'metadata');
        if (outcome?.status === 'duplicate')
          return { status: 'exists', sourceId: outcome.sourceId, title: outcome.title };
        if (outcome?.status !== 'imported')
          throw new ArchiveError(
            'INVALID_INPUT',
            outcome?.status === 'failed'
              ? `The page was not saved: ${outcome.reason}.`
              : 'The page was not saved.',
          );
        sourceId = outcome.source.id;
        warnings = outcome.warnings ?? [];
        status = 'imported';
      }
      warnings.push(...(await tagSelection(sourceId, request)));
      warnings.push(...(await addToCollection(sourceId, request.collectionId)));
      const title = findSource(state, sourceId).title;
      const highlighted = !!request.selection && !warnings.some((w) => /not tagged/.test(w));
      return { status, sourceId, title, warnings, highlighted };
    },
  };
}
