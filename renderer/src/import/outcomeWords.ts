import type { TFunction } from 'i18next';
import type { ImportOutcome, ReimportReport } from '../../../shared/api/types';
import type { MarksReport } from '../../../shared/import/documentMarks';
import { shortQuote } from '../../../shared/api/describeReimport';
import { asideText, projectText } from '../i18n/wordingText';

/**
 * The import and re-read reports in the window's language. The CLI says the same in English
 * (shared/api/highlightsSummary.ts, shared/api/projectSummary.ts,
 * shared/api/describeReimport.ts); the window words them from the same counts.
 */

type Highlights = Extract<ImportOutcome, { status: 'highlights' }>;
type Project = Extract<ImportOutcome, { status: 'project' }>;

/** A file of another reader's highlights in one sentence. */
export function highlightsLine(t: TFunction, o: Highlights): string {
  const where = [
    o.sourcesTouched ? t('{{count}} sources', { count: o.sourcesTouched }) : '',
    o.sourcesAdded.length
      ? t('{{count}} new sources of quotes for works not in the library', {
          count: o.sourcesAdded.length,
        })
      : '',
  ].filter(Boolean);
  const added = where.length
    ? t('{{count}} highlights added to {{where}}, tagged {{theme}}', {
        count: o.highlightsAdded,
        where: where.join(t(' and ')),
        theme: o.theme,
      })
    : t('{{count}} highlights added, tagged {{theme}}', {
        count: o.highlightsAdded,
        theme: o.theme,
      });
  const existing = o.highlightsExisting
    ? `; ${t('{{count}} already in the library', { count: o.highlightsExisting })}`
    : '';
  const notPlaced = o.notPlaced.length
    ? ` ${t("{{count}} quotes or notes found no place and were kept in their source's note.", { count: o.notPlaced.length })}`
    : '';
  const aside = o.setAside.length
    ? ` ${t('Left out:')} ${o.setAside.map(asideText).join(' ')}`
    : '';
  return `${o.file}: ${o.tool}, ${added}${existing}.${notPlaced}${aside}`;
}

/** A file's own highlights as they came in, as a clause after what became of the file. */
export function marksLine(t: TFunction, marks: MarksReport): string {
  return [
    marks.themes.length
      ? t('{{count}} highlights made in it came in, tagged {{themes}}', {
          count: marks.highlightsAdded,
          themes: marks.themes.join(', '),
        })
      : t('{{count}} highlights made in it came in', { count: marks.highlightsAdded }),
    marks.highlightsExisting
      ? t('{{count}} already here', { count: marks.highlightsExisting })
      : '',
    marks.notPlaced.length
      ? t('{{count}} highlights whose words were not found, kept in its note', {
          count: marks.notPlaced.length,
        })
      : '',
    marks.listed.length
      ? t('{{count}} other annotations (notes, drawings) listed in its note', {
          count: marks.listed.length,
        })
      : '',
  ]
    .filter(Boolean)
    .join('; ');
}

/** A REFI-QDA project taken in, in one line. */
export function projectLine(t: TFunction, o: Project): string {
  const aside = o.setAside.length
    ? ` ${t('Set aside:')} ${o.setAside.map(projectText).join('; ')}.`
    : '';
  const notes = o.notes.length ? ` ${o.notes.map(projectText).join(' ')}` : '';
  return `${o.file}: ${t('a REFI-QDA project, {{sources}} and {{highlights}} added.', {
    sources: t('{{count}} sources', { count: o.sourcesAdded }),
    highlights: t('{{count}} highlights', { count: o.highlightsAdded }),
  })}${aside}${notes}`;
}

/** What re-reading a source did: kept, lost, added, and the citations it renumbered. */
export function reimportLine(t: TFunction, r: ReimportReport): string {
  const moved = r.renumbered
    .slice(0, 3)
    .map((m) =>
      t('“{{quote}}” para. {{from}} → {{to}}', {
        quote: shortQuote(m.quote),
        from: m.from,
        to: m.to,
      }),
    )
    .join('; ');
  const more =
    r.renumbered.length > 3
      ? `; ${t('and {{count}} more', { count: r.renumbered.length - 3 })}`
      : '';
  return (
    t('Re-read “{{title}}”: {{count}} highlights kept', {
      title: r.source.title,
      count: r.highlightsKept,
    }) +
    (r.highlightsOrphaned
      ? `, ${t('{{count}} whose words are gone', { count: r.highlightsOrphaned })}`
      : '') +
    (r.commentsAdded ? `, ${t('{{count}} comments added', { count: r.commentsAdded })}` : '') +
    '.' +
    (r.renumbered.length
      ? ` ${t('Paragraph numbers changed for {{count}} highlights ({{moved}}): citations made before give the old number.', { count: r.renumbered.length, moved: `${moved}${more}` })}`
      : '')
  );
}
