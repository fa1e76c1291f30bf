import type { CslName, SourceRecord } from '../model/source';

/**
 * What Dossier writes into a REFI-QDA project beyond the standard's own elements, so that it
 * reads its own projects back without loss while other tools see ordinary descriptions.
 */

/** A TextSource's Description starts with its whole CSL-JSON record on a line of its own… */
export const CSL_LINE = 'CSL-JSON: ';
/** …and then the source's layout in Dossier (passages, headings, captions, its original). */
export const DOSSIER_LINE = 'Dossier: ';

/** A source record as the project carries it: all but its details, note and stored files. */
export type DossierSourceBlock = Omit<
  SourceRecord,
  'metadata' | 'textHash' | 'original' | 'note'
> & {
  /** The original file inside the project, internal://NAME. */
  original: string;
};

function nameText(name: CslName): string {
  if (typeof name.literal === 'string') return name.literal;
  return [name.family, name.given].filter((p) => typeof p === 'string' && p).join(', ');
}

const field = (source: SourceRecord, key: string) => {
  const value = source.metadata[key];
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
};

/**
 * Citation details as project Variables, for tools that filter and compare by them; the
 * Description holds the full record.
 */
export const projectVariables: { name: string; value: (s: SourceRecord) => string | undefined }[] =
  [
    { name: 'Citation key', value: (s) => field(s, 'citation-key') },
    {
      name: 'Author',
      value: (s) => s.metadata.author?.map(nameText).filter(Boolean).join('; ') || undefined,
    },
    {
      name: 'Date',
      value: (s) =>
        s.metadata.issued?.['date-parts']?.[0]
          ?.map((p, i) => (i === 0 ? String(p) : String(p).padStart(2, '0')))
          .join('-') || undefined,
    },
    { name: 'Published in', value: (s) => field(s, 'container-title') },
    { name: 'Publisher', value: (s) => field(s, 'publisher') },
    { name: 'URL', value: (s) => field(s, 'URL') },
    { name: 'Type', value: (s) => field(s, 'type') },
  ];
