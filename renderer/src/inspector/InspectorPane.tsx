import { kindLabel } from '../library/kindLabel';
import { useWriters } from '../sync/useWriters';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CitePanel } from '../cite/CitePanel';
import { dateText, typeLabel } from '../../../shared/model/metadataForm';
import type { CslMetadata, CslName } from '../../../shared/model/source';
import { KeyRefresh } from './KeyRefresh';
import { MetadataEditor } from './MetadataEditor';
import type { SourceDetail } from '../../../shared/api/types';
import { momentLabel } from '../common/dateLabels';
import './inspector.css';

function names(list: CslName[] | undefined): string | undefined {
  if (!list?.length) return undefined;
  const part = (n: CslName, key: string) => (typeof n[key] === 'string' ? (n[key] as string) : '');
  return list
    .map(
      (n) =>
        n.literal ??
        [n.given, part(n, 'dropping-particle'), part(n, 'non-dropping-particle'), n.family]
          .filter(Boolean)
          .join(' '),
    )
    .join(', ');
}

function dateOf(value: unknown): string | undefined {
  return dateText(value) || undefined;
}

interface Props {
  source: SourceDetail | null;
  focusedPassageId: string | null;
  version: number;
  onSaveNote: (note: string) => void;
  onSaveMetadata: (metadata: CslMetadata) => void;
  /** Reads the source's kept original again with the current importer. */
  /** Reads the original again; the removed furniture goes back in, all of it or some lines. */
  onReimport: (putBack?: { keepRemoved?: boolean; keepLines?: string[] }) => void;
}

export function InspectorPane(props: Props) {
  // A new editor for each source, so an unsaved edit never carries over to another source.
  return <SourceInspector key={props.source?.id ?? ''} {...props} />;
}

function SourceInspector({
  source,
  focusedPassageId,
  version,
  onSaveNote,
  onSaveMetadata,
  onReimport,
}: Props) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const writers = useWriters(version);
  if (!source) {
    return (
      <aside className="pane inspector" aria-label={t('Inspector')}>
        <h2>{t('Details')}</h2>
        <p className="muted">{t('Select a source to see its details.')}</p>
      </aside>
    );
  }
  const rows: [string, string | undefined][] = [
    [
      t('Title'),
      typeof source.metadata.title === 'string' && source.metadata.title
        ? source.metadata.title
        : t('None yet (listed as “{{title}}”): add it with Edit', { title: source.title }),
    ],
    [
      t('Type'),
      typeLabel(source.metadata.type)
        ? kindLabel(source.metadata.type as string)
        : kindLabel(source.type),
    ],
    [t('Author'), names(source.metadata.author)],
    [t('Published in'), source.metadata['container-title']],
    [t('Publisher'), source.metadata.publisher],
    [t('Date'), dateOf(source.metadata.issued)],
    [t('URL'), source.metadata.URL],
    [t('Accessed'), dateOf(source.metadata.accessed)],
    [
      t('Language'),
      typeof source.metadata.language === 'string' ? source.metadata.language : undefined,
    ],
    [t('Translator'), names(source.metadata.translator as CslName[] | undefined)],
    [
      t('Citation key'),
      typeof source.metadata['citation-key'] === 'string'
        ? source.metadata['citation-key']
        : undefined,
    ],
    [t('Passages'), String(source.passages.length)],
    [t('File'), source.file],
    [t('Imported'), momentLabel(source.importedAt)],
    [t('ID'), source.id],
  ];
  return (
    <aside className="pane inspector" aria-label={t('Inspector')}>
      <h2>
        {t('Details')}
        {!editing && (
          <button type="button" className="link edit-details" onClick={() => setEditing(true)}>
            {t('Edit')}
          </button>
        )}
      </h2>
      {editing ? (
        <MetadataEditor
          metadata={source.metadata}
          onCancel={() => setEditing(false)}
          onSave={(metadata) => {
            setEditing(false);
            onSaveMetadata(metadata);
          }}
        />
      ) : (
        <dl className="fields">
          {rows
            .filter(([, value]) => value !== undefined && value !== '')
            .map(([label, value]) => (
              <div className="field" key={label}>
                <dt>{label}</dt>
                <dd>{value}</dd>
              </div>
            ))}
        </dl>
      )}
      {!editing && <KeyRefresh source={source} />}
      {!editing && source.removed.length > 0 && (
        <RemovedLines
          lines={source.removed}
          onRestore={(keepLines) => onReimport(keepLines ? { keepLines } : { keepRemoved: true })}
        />
      )}
      {!editing && !source.parent && source.type !== 'reference' && (
        <button
          type="button"
          className="link reimport"
          title={t(
            'Read the kept original again with the current importer; highlights follow their words.',
          )}
          onClick={() => onReimport()}
        >
          {t('Re-read original file')}
        </button>
      )}
      <CitePanel sourceId={source.id} passageId={focusedPassageId} version={version} />
      <SourceNote
        key={`${source.id}:${source.note}`}
        note={source.note}
        writer={source.noteWriter ? writers[source.noteWriter] : undefined}
        signature={source.noteSignature}
        onSave={onSaveNote}
      />
    </aside>
  );
}

/**
 * What import left out of the text (site furniture, and the credits under a pasted headline):
 * listed, so the writer can see nothing was lost, and put back at will.
 */
function RemovedLines({
  lines,
  onRestore,
}: {
  lines: string[];
  onRestore: (keepLines?: string[]) => void;
}) {
  const { t } = useTranslation();
  return (
    <details className="removed-lines">
      <summary>
        {t('{{count}} lines left out of the text on import', { count: lines.length })}
      </summary>
      <p className="muted">
        {t(
          'Menus, buttons and links from the page the text was copied from, and the byline and date under its headline, which are read into the details instead. The original is kept whole; putting them back reads it again with every line, and highlights follow their words.',
        )}
      </p>
      <button type="button" className="link" onClick={() => onRestore()}>
        {t('Put them all back into the text')}
      </button>
      <ol>
        {lines.map((line, i) => (
          <li key={i}>
            {line}{' '}
            <button
              type="button"
              className="link put-back"
              aria-label={t('Put back “{{line}}”', { line })}
              onClick={() => onRestore([line])}
            >
              {t('put back')}
            </button>
          </li>
        ))}
      </ol>
    </details>
  );
}

function SourceNote({
  note,
  writer,
  signature,
  onSave,
}: {
  note: string;
  /** In a shared library, who wrote the note as it stands. */
  writer: string | undefined;
  signature?: 'verified' | 'unverified';
  onSave: (note: string) => void;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState(note);
  return (
    <label className="note-field">
      {t('Note on this source')}
      {writer && (
        <span className="note-writer">
          {' '}
          {t('— by {{writer}}', { writer })}
          {signature === 'verified' && ` · ${t('signed ✓')}`}
          {signature === 'unverified' && (
            <span className="signature-unverified"> · {t('not as signed')}</span>
          )}
        </span>
      )}
      <textarea
        rows={5}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onBlur={() => text !== note && onSave(text)}
      />
    </label>
  );
}
