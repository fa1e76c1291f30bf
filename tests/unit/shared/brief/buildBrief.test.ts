import { describe, expect, it } from 'vitest';
import { buildBrief, type BriefPorts } from '../../../../shared/brief/buildBrief';
import { emptyLibrary } from '../../../../shared/model/libraryDocument';
import type { SourceRecord } from '../../../../shared/model/source';
import type { Highlight, Theme } from '../../../../shared/model/theme';
import { builtInFigureRules } from '../../../../shared/brief/figureRuleSet';
import { createAnchor } from '../../../../shared/themes/highlightAnchor';
import { loadTagger } from '../../../../shared/brief/partsOfSpeech';

// Two harbour reports and a comment, not the sample corpus: the brief is made from the
// document and ports alone, with no library on disk and no citation engine.
const TEXTS: Record<string, string> = {
  early: 'Dock strike\n\nThe dockers walked out at dawn.\n\nShips waited offshore for a week.',
  late: 'Port reopens\n\nThe union called the strike a victory.\n\nCranes moved again on Monday.',
  quiet: 'Weather\n\nRain fell on the harbour all day.',
};

function source(id: string, year: number, title: string): SourceRecord {
  const text = TEXTS[id]!;
  const paras = text.split('\n\n');
  let at = 0;
  return {
    id,
    title,
    type: 'article',
    file: `${id}.txt`,
    textHash: id.padEnd(64, '0'),
    original: `${id}.txt`,
    importedAt: '2026-01-01T00:00:00.000Z',
    metadata: { title, issued: { 'date-parts': [[year]] } },
    passages: paras.map((p, i) => {
      const start = text.indexOf(p, at);
      at = start + p.length;
      return { id: `${id}-p${i + 1}`, start, end: at };
    }),
  } as SourceRecord;
}

const theme = (id: string, name: string, parentId: string | null = null): Theme => ({
  id,
  name,
  color: '#888888',
  description: '',
  parentId,
  cues: [],
});

function tag(id: string, sourceId: string, quote: string, themeIds: string[]): Highlight {
  const text = TEXTS[sourceId]!;
  const start = text.indexOf(quote);
  return {
    id,
    sourceId,
    themeIds,
    note: '',
    anchor: createAnchor(text, start, start + quote.length),
    createdAt: '2026-01-02T00:00:00.000Z',
  };
}

function library() {
  const doc = emptyLibrary(new Date('2026-01-01T00:00:00Z'));
  doc.themes = [theme('t-labour', 'labour'), theme('t-strikes', 'strikes', 't-labour')];
  // Imported newest first: the brief orders by date, not by import.
  doc.sources = [
    source('late', 2024, 'Port reopens'),
    source('early', 2023, 'Dock strike'),
    source('quiet', 2022, 'Weather'),
  ];
  doc.highlights = [
    tag('h1', 'early', 'The dockers walked out at dawn.', ['t-strikes']),
    tag('h2', 'early', 'Ships waited offshore for a week.', ['t-labour']),
    tag('h3', 'late', 'The union called the strike a victory.', ['t-labour']),
  ];
  return doc;
}

/** Ports that say what was asked of them: the citation names the source, passage and form. */
function recordingPorts(): BriefPorts & { forms: string[] } {
  const forms: string[] = [];
  return {
    forms,
    textOf: async (s) => TEXTS[s.id]!,
    cite: async ({ sourceId, form, passageId }) => {
      forms.push(`${sourceId}:${form}`);
      const text = `[${sourceId} ${passageId ?? '-'} ${form}]`;
      return { text, html: text, missing: [] };
    },
    bibliography: async ({ sourceIds }) => ({
      entries: sourceIds.map((sourceId) => ({
        sourceId,
        text: `${sourceId}.`,
        html: `${sourceId}.`,
        rtf: '',
        csl: { title: sourceId },
      })),
      hangingIndent: true,
    }),
    tagger: loadTagger,
  } as BriefPorts & { forms: string[] };
}

const request = {
  themeIds: ['labour'],
  style: 'chicago-note',
  order: 'date' as const,
};

describe('a brief built from the document and its ports alone', () => {
  it('quotes every passage under a theme and its sub-themes, sources by date', async () => {
    const brief = await buildBrief(
      {
        doc: library(),
        chosen: null,
        style: { label: 'Notes', note: true },
        figureRules: builtInFigureRules,
        now: new Date('2026-02-01T00:00:00Z'),
      },
      request,
      recordingPorts(),
    );
    expect(brief.matrix.rows.map((r) => [r.sourceId, r.counts])).toEqual([
      ['quiet', [0]],
      ['early', [2]],
      ['late', [1]],
    ]);
    expect(brief.sections[0]!.blocks.map((b) => b.quotes.map((q) => q.highlightId))).toEqual([
      ['h1', 'h2'],
      ['h3'],
    ]);
    expect(brief.sections[0]!.notDiscussed.map((s) => s.sourceId)).toEqual(['quiet']);
    expect(brief.bibliography.map((b) => b.title)).toEqual(['Dock strike', 'Port reopens']);
  });

  it('cites a source in a full note the first time and a short note after, at its paragraph', async () => {
    const ports = recordingPorts();
    const brief = await buildBrief(
      {
        doc: library(),
        chosen: null,
        style: { label: 'Notes', note: true },
        figureRules: builtInFigureRules,
        now: new Date(),
      },
      request,
      ports,
    );
    expect(ports.forms).toEqual(['early:note', 'early:short-note', 'late:note']);
    expect(brief.sections[0]!.blocks[0]!.quotes[1]!.citation.text).toBe(
      '[early early-p3 short-note]',
    );
  });

  it('compares only the sources chosen, in the order chosen, and names the brief for its themes', async () => {
    const doc = library();
    const brief = await buildBrief(
      {
        doc,
        chosen: [doc.sources[0]!, doc.sources[2]!],
        style: { label: 'Author-date', note: false },
        figureRules: builtInFigureRules,
        now: new Date(),
      },
      { ...request, order: 'chosen' },
      recordingPorts(),
    );
    expect(brief.matrix.rows.map((r) => r.sourceId)).toEqual(['late', 'quiet']);
    expect(brief.title).toContain('labour');
    expect(brief.language).toBe('en-US');
  });
});
