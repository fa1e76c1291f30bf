import { useTranslation } from 'react-i18next';
import type { SourceDetail, SourceSummary, ThemeView } from '../../../shared/api/types';
import type { View } from '../appView';
import { BriefView } from '../brief/BriefView';
import { BibliographyView } from '../cite/BibliographyView';
import { CodebookStart } from '../codebook/CodebookStart';
import { CodebookView } from '../codebook/CodebookView';
import type { useCodebookActions } from '../codebook/useCodebookActions';
import { ReaderPane, type PassageFocus } from '../reader/ReaderPane';
import { AgreementView } from '../sync/AgreementView';
import { ThemeMatrix } from '../themes/ThemeMatrix';
import { ThemePassagesView } from '../themes/ThemePassagesView';
import { Welcome } from '../welcome/Welcome';

interface Props {
  view: View;
  setView: (view: View) => void;
  /** Any change to the library: the views over the whole of it read again. */
  version: number;
  /** The open source's reader: its own number and the codebook's, for its suggestions. */
  readerVersion: number;
  sources: SourceSummary[] | null;
  themes: ThemeView[];
  themeFilter: string | null;
  source: SourceDetail | null;
  focus: PassageFocus | null;
  codebookPending: boolean;
  codebookActions: ReturnType<typeof useCodebookActions>;
  pickFiles: () => void;
  openSource: (id: string, focus?: PassageFocus | null) => void;
  openTheme: (themeId: string, sourceId?: string | null) => void;
  onError: (message: string) => void;
}

/** The window's middle: the view chosen in the toolbar, or the reader of the open source. */
export function MainView({
  view,
  setView,
  version,
  readerVersion,
  sources,
  themes,
  themeFilter,
  source,
  focus,
  codebookPending,
  codebookActions,
  pickFiles,
  openSource,
  openTheme,
  onError,
}: Props) {
  const { t } = useTranslation();
  const viewedTheme = view.kind === 'theme' ? themes.find((t) => t.id === view.themeId) : undefined;
  if (view.kind === 'matrix') return <ThemeMatrix version={version} onOpenCell={openTheme} />;
  if (view.kind === 'agreement')
    return (
      <AgreementView
        version={version}
        onOpenPassage={(sourceId, passageId) =>
          openSource(sourceId, { sourceId, passageId, marks: [] })
        }
      />
    );
  if (view.kind === 'codebook')
    return (
      <CodebookView
        version={version}
        onError={onError}
        onAgreement={() => setView({ kind: 'agreement' })}
      />
    );
  if (view.kind === 'brief') {
    return (
      <BriefView themes={themes} sources={sources ?? []} version={version} onError={onError} />
    );
  }
  if (view.kind === 'bibliography') {
    return (
      <BibliographyView
        sourceIds={themeFilter && sources ? sources.map((s) => s.id) : null}
        version={version}
      />
    );
  }
  if (viewedTheme && view.kind === 'theme') {
    return (
      <ThemePassagesView
        theme={viewedTheme}
        themes={themes}
        sources={sources ?? []}
        sourceId={view.sourceId}
        editing={view.editing === true}
        onEditing={(editing) => setView({ ...view, editing })}
        onError={onError}
        onGone={() => setView({ kind: 'source' })}
        version={version}
        // By offset: the reader finds the passage in the source it opens, whichever was open.
        onOpenSource={(id, start) =>
          openSource(id, start === null ? null : { sourceId: id, offset: start, marks: [] })
        }
      />
    );
  }
  if (sources !== null && sources.length === 0 && themeFilter === null)
    return (
      <Welcome
        onImport={pickFiles}
        codebook={
          codebookPending ? (
            <CodebookStart
              onGeneral={() => void codebookActions.start('general')}
              onEmpty={() => void codebookActions.start('empty')}
              onFile={(file) => void codebookActions.readFile(file, true)}
            />
          ) : null
        }
      />
    );
  if (source) {
    return (
      <ReaderPane
        source={source}
        focus={focus?.sourceId === source.id ? focus : null}
        themes={themes}
        // Suggestions move with the source and with the codebook's cues.
        version={readerVersion}
        onError={onError}
        onOpenSource={(id) => openSource(id)}
      />
    );
  }
  return (
    <main className="pane reader empty" aria-label={t('Reader')}>
      <p className="muted">{t('Choose a source from the library, or search with Ctrl+K.')}</p>
    </main>
  );
}
