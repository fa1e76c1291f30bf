import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import DOMPurify from 'dompurify';
import { JSDOM } from 'jsdom';
import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Archive } from '../../electron/main/archive/archiveService';
import type { Result } from '../../shared/api/errors';
import type { BriefView, SourceDetail } from '../../shared/api/types';
import { briefHtmlBody } from '../../shared/brief/briefHtml';
import { corpusDir } from '../helpers/corpus';
import { tagQuote } from '../helpers/tagQuote';
import { openArchive, tempDir } from '../helpers/tempLibrary';

function ok<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

let archive: Archive;
const byPrefix = new Map<string, SourceDetail>();

/** Highlights a quote of a corpus article with a theme, as a writer would select it. */
function tag(prefix: string, quote: string, theme: string, note = '') {
  return tagQuote(archive.api, byPrefix.get(prefix)!.id, quote, theme, note);
}

beforeAll(async () => {
  // Made in beforeAll: this library serves every test of the file, then goes.
  archive = await openArchive(await tempDir('dossier-brief-'));
  const files = readdirSync(corpusDir).filter((f) => /^\d{3}_.*\.(txt|csl\.json)$/.test(f));
  ok(
    await archive.api.importFiles({
      files: files.map((f) => ({
        name: f,
        dataBase64: readFileSync(join(corpusDir, f)).toString('base64'),
      })),
    }),
  );
  for (const s of ok(await archive.api.listSources({}))) {
    if (s.parent) continue;
    byPrefix.set(s.file.slice(0, 3), ok(await archive.api.getSource({ id: s.id })));
  }
  await tag(
    '001',
    'The official figure for the number of people killed, probably much too low, is 164.',
    'casualties',
    'Compare with 003.',
  );
  await tag(
    '003',
    'Violent clashes claimed the lives of about 225 people, including 19 police or army personnel.',
    'casualties',
  );
  await tag('002', 'several hundred civilians were killed in those days', 'casualties');
  await tag('003', 'the 2,030-strong CSTO force left Kazakhstan', 'foreign involvement');
  await tag(
    '002',
    'the government announced its decision to summon ‘peacekeepers’ from the CSTO – predominantly Russian troops',
    'foreign involvement',
  );
});

const all = () => [...byPrefix.values()].map((s) => s.id);
const request = (style: 'apa' | 'chicago-note') => ({
  themeIds: ['casualties', 'foreign involvement'],
  sourceIds: all(),
  style,
  order: 'title' as const,
});

describe('comparison briefs on the corpus', () => {
  it('quotes verbatim and cites exactly as `cite` does, a full note first and a short note after', async () => {
    const brief = ok(await archive.api.makeBrief(request('chicago-note')));
    expect(brief.notes).toBe(true);
    const seen = new Set<string>();
    let quotes = 0;
    // Sections in order, blocks in order: the order the citations were made in.
    for (const section of brief.sections) {
      for (const block of section.blocks) {
        const source = [...byPrefix.values()].find((s) => s.id === block.sourceId)!;
        for (const quote of block.quotes) {
          quotes++;
          const passage = source.passages.find((p) => p.text.includes(quote.text))!;
          expect(passage, `${quote.text} is in ${source.title}`).toBeDefined();
          const form = seen.has(source.id) ? 'short-note' : 'note';
          seen.add(source.id);
          const expected = ok(
            await archive.api.cite({
              sourceId: source.id,
              style: 'chicago-note',
              form,
              passageId: passage.id,
            }),
          );
          expect(quote.citation).toEqual({ text: expected.text, html: expected.html });
        }
      }
    }
    expect(quotes).toBe(5);
    expect(brief.bibliography).toHaveLength(3);
  });

  it('sets the figures side by side, each against its own source, and says who is silent on a theme', async () => {
    const brief = ok(await archive.api.makeBrief(request('apa')));
    const rows = brief.figures.map((f) => [f.value, f.counts, f.sourceId]);
    // Grouped by the noun each counts and what happened to it, as the sentences say.
    expect(rows).toContainEqual(['164', 'people killed', byPrefix.get('001')!.id]);
    expect(rows).toContainEqual(['about 225', 'people killed', byPrefix.get('003')!.id]);
    expect(rows).toContainEqual(['several hundred', 'civilians killed', byPrefix.get('002')!.id]);
    expect(rows).toContainEqual(['2,030-strong', 'force', byPrefix.get('003')!.id]);
    const casualties = brief.sections.find((s) => s.theme === 'casualties')!;
    expect(casualties.notDiscussed.map((s) => s.sourceId).sort()).toEqual(
      [byPrefix.get('000')!.id, byPrefix.get('004')!.id].sort(),
    );
    const matrix = Object.fromEntries(brief.matrix.rows.map((r) => [r.sourceId, r.counts]));
    expect(matrix[byPrefix.get('003')!.id]).toEqual([1, 1]);
    expect(matrix[byPrefix.get('004')!.id]).toEqual([0, 0]);
    const note = casualties.blocks.flatMap((b) => b.quotes).find((q) => q.note);
    expect(note?.note).toBe('Compare with 003.');
    // What each citation still lacks is said with the brief (Lalkar's article names no author).
    const lalkar = brief.bibliography.find((e) => e.title.startsWith('Failed'));
    expect(lalkar?.missing).toEqual(['author']);
  });

  it('compares every article by default, so the silent ones say "not discussed"', async () => {
    const { sourceIds: _all, ...byDefault } = request('apa');
    const brief = ok(await archive.api.makeBrief(byDefault));
    const casualties = brief.sections.find((s) => s.theme === 'casualties')!;
    // 000 and 004 carry no tag on either theme; the comment under 000 is not an article.
    expect(casualties.notDiscussed.map((s) => s.sourceId).sort()).toEqual(
      [byPrefix.get('000')!.id, byPrefix.get('004')!.id].sort(),
    );
    expect(brief.matrix.rows).toHaveLength(5);
  });

  it('lets the writer drop or correct a figure, and keeps that with the saved brief', async () => {
    const first = ok(await archive.api.makeBrief(request('apa')));
    const nineteen = first.figures.find((f) => f.value === '19')!;
    const troops = first.figures.find((f) => f.value === '2,030-strong')!;
    const saved = ok(
      await archive.api.saveBrief({
        ...request('apa'),
        title: 'Casualties and the CSTO',
        figureEdits: {
          [nineteen.id]: { counts: 'police and army killed' },
          [troops.id]: { dropped: true },
        },
      }),
    );
    const [listed] = ok(await archive.api.listBriefs({})).filter((b) => b.id === saved.id);
    const { id: _id, createdAt: _c, updatedAt: _u, sourceIds, ...definition } = listed!;
    const remade = ok(
      await archive.api.makeBrief({ ...definition, ...(sourceIds ? { sourceIds } : {}) }),
    );
    expect(remade.title).toBe('Casualties and the CSTO');
    expect(remade.figures.find((f) => f.id === nineteen.id)).toMatchObject({
      counts: 'police and army killed',
      corrected: true,
    });
    expect(remade.figures.some((f) => f.id === troops.id)).toBe(false);
    expect(remade.droppedFigures.map((f) => f.id)).toEqual([troops.id]);
  });

  it('exports HTML that DOMPurify leaves as it is, Markdown, and a Word file with real footnotes', async () => {
    const brief: BriefView = ok(await archive.api.makeBrief(request('chicago-note')));
    const body = briefHtmlBody(brief);
    const purify = DOMPurify(new JSDOM('').window as unknown as Window & typeof globalThis);
    expect(purify.sanitize(body)).toBe(body);

    const md = ok(await archive.api.exportBrief({ ...request('chicago-note'), format: 'md' }));
    const markdown = Buffer.from(md.dataBase64, 'base64').toString('utf8');
    expect(md.fileName).toMatch(/\.md$/);
    expect(markdown).toContain('| Source | casualties | foreign involvement |');
    expect(markdown).toMatch(/\[\^1\]: /);

    const docx = ok(await archive.api.exportBrief({ ...request('chicago-note'), format: 'docx' }));
    const { value: html } = await mammoth.convertToHtml({
      buffer: Buffer.from(docx.dataBase64, 'base64'),
    });
    const footnotes = [...html.matchAll(/<li id="footnote-\d+">(.*?)<\/li>/g)].map((m) => m[1]!);
    expect(footnotes).toHaveLength(5);
    const firstNote = brief.sections[0]!.blocks[0]!.quotes[0]!.citation.text;
    expect(footnotes[0]!.replace(/<[^>]+>/g, '')).toContain(firstNote.slice(0, 30));
  });

  it('words itself in the language it cites in: Russian citations, a Russian document', async () => {
    const english = [
      'Coverage',
      'Figures',
      'Bibliography',
      'Source',
      'Comparison brief',
      'Themes:',
    ];
    const brief: BriefView = ok(
      await archive.api.makeBrief({ ...request('apa'), locale: 'ru-RU' }),
    );
    expect(brief.language).toBe('ru-RU');
    for (const format of ['md', 'html', 'docx'] as const) {
      const file = ok(
        await archive.api.exportBrief({ ...request('apa'), locale: 'ru-RU', format }),
      );
      const bytes = Buffer.from(file.dataBase64, 'base64');
      const text =
        format === 'docx'
          ? (await mammoth.extractRawText({ buffer: bytes })).value
          : bytes.toString('utf8');
      // Only the writer's own words (theme names, titles, quotes) stay as written.
      expect(english.filter((word) => text.includes(word))).toEqual([]);
      expect(text).toMatch(/Охват/u);
      if (format === 'html') expect(text).toContain('<html lang="ru-RU">');
    }
    // Without a language asked or set, the brief stays in English.
    const plain = ok(await archive.api.makeBrief(request('apa')));
    expect(plain.language).toBe('en-US');
    expect(briefHtmlBody(plain)).toContain('<h2>Coverage</h2>');
  });
});
