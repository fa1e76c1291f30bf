// Text pasted from news pages Dossier was not shaped on (Mozilla Readability's test pages as
// Chromium's innerText; tests/fixtures/readability, Apache-2.0), scored against the article the
// Readability project expects from each page.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { normaliseText } from '../../shared/import/normaliseText';
import { recoverStructure } from '../../shared/import/webText/recoverStructure';
import { ok, upload } from '../helpers/apiCalls';
import { repoRoot } from '../helpers/corpus';
import { openArchive, tempDir } from '../helpers/tempLibrary';

const dir = join(repoRoot, 'tests/fixtures/readability/pasted');
const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const titlePattern = (title: string | null) =>
  new RegExp(`^${escape(title ?? '(none)')}(?:\\s+[|–—-]\\s+.+)?$`);

/** Share of the article's words (with their counts) found in the kept text. */
function kept(article: string[], text: string[]): number {
  const have = new Map<string, number>();
  for (const w of text) have.set(w, (have.get(w) ?? 0) + 1);
  let found = 0;
  for (const w of article) {
    const n = have.get(w) ?? 0;
    if (n > 0) {
      found++;
      have.set(w, n - 1);
    }
  }
  return found / article.length;
}

describe('pasted news pages', () => {
  for (const page of ['nytimes-3', 'ars-1', 'herald-sun-1', 'quanta-1', 'bbc-1', 'webmd-1']) {
    it(`${page}: keeps at least 99 % of the article and lists every line it removed`, async () => {
      const pasted = readFileSync(join(dir, `${page}.txt`), 'utf8');
      const expected = readFileSync(join(dir, `${page}.expected.html`), 'utf8');
      const article = words(new JSDOM(expected).window.document.body.textContent ?? '');
      const archive = await openArchive(await tempDir());
      const [outcome] = ok(
        await archive.api.importFiles({ files: [upload(`${page}.txt`, pasted)] }),
      ).results;
      if (outcome?.status !== 'imported') throw new Error(`${page} was not imported`);
      const source = ok(await archive.api.getSource({ id: outcome.source.id }));
      const comments = await Promise.all(
        source.comments.map(async (c) => ok(await archive.api.getSource({ id: c.id }))),
      );
      await archive.close();
      const text = [
        source.title,
        ...source.sections.map((s) => s.heading),
        ...source.passages.map((p) => p.text),
        ...source.captions.map((c) => c.text),
      ].join('\n');
      expect(kept(article, words(text))).toBeGreaterThanOrEqual(0.99);
      // Nothing goes without a trace: what is neither kept nor a comment was listed as removed.
      const accounted = new Set(
        [
          text,
          // A closing signature becomes the author.
          ...(source.metadata.author ?? []).map((a) => a.literal ?? `${a.given} ${a.family}`),
          ...comments.flatMap((c) => c.passages.map((p) => p.text)),
          ...source.removed,
        ]
          .flatMap((t) => t.split('\n'))
          .map((l) => l.trim()),
      );
      const unaccounted = pasted
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l && !accounted.has(l) && ![...accounted].some((a) => a.includes(l)));
      expect(unaccounted).toEqual([]);
      // Every line left out is told: as site furniture, or as the credits under the headline.
      const told = (outcome.warnings ?? [])
        .map((w) => /^(\d+) lines? (?:of site furniture|under the headline)/.exec(w)?.[1])
        .reduce((sum, n) => sum + Number(n ?? 0), 0);
      expect(told).toBe(source.removed.length);
    });
  }

  it('finds each page’s headline among its menus, captions and credits', () => {
    // The title Readability's project expects from the saved page, which the paste also holds.
    for (const page of ['nytimes-3', 'ars-1', 'herald-sun-1', 'quanta-1', 'bbc-1', 'webmd-1']) {
      const pasted = readFileSync(join(dir, `${page}.txt`), 'utf8');
      const expected = JSON.parse(
        readFileSync(join(dir, `${page}.expected-metadata.json`), 'utf8'),
      ) as { title: string };
      const { title } = recoverStructure(normaliseText(pasted));
      // The page's <title> may add " | Site" or " - Site", which a paste does not hold.
      expect([page, expected.title]).toEqual([page, expect.stringMatching(titlePattern(title))]);
    }
  });

  it('takes the date and the authors from the credit lines under the headline', async () => {
    const metadataOf = (page: string) =>
      JSON.parse(readFileSync(join(dir, `${page}.expected-metadata.json`), 'utf8')) as {
        byline: string;
        publishedTime: string | null;
      };
    const archive = await openArchive(await tempDir());
    const imported = async (page: string) => {
      const pasted = readFileSync(join(dir, `${page}.txt`), 'utf8');
      const [outcome] = ok(
        await archive.api.importFiles({ files: [upload(`${page}.txt`, pasted)] }),
      ).results;
      if (outcome?.status !== 'imported') throw new Error(`${page} was not imported`);
      return ok(await archive.api.getSource({ id: outcome.source.id })).metadata;
    };
    // The date the saved page declares, which its paste shows as "24 July 2015".
    const bbc = await imported('bbc-1');
    expect(bbc.issued?.['date-parts']?.[0]?.join('-')).toBe(
      metadataOf('bbc-1').publishedTime!.slice(0, 10).replace(/-0/g, '-'),
    );
    // Each author is in the byline the saved page gives, however the paste sets it:
    // "By Corey Kilgannon", "Dan Goodin - Apr 16, 2015", "By Joshua Sokol", "By Brenda Goodman, MA".
    for (const page of ['nytimes-3', 'ars-1', 'quanta-1', 'webmd-1']) {
      const authors = (await imported(page)).author ?? [];
      const byline = metadataOf(page).byline.replace(/\s+/g, ' ');
      expect([page, authors.length]).toEqual([page, 1]);
      for (const a of authors) expect(byline).toContain(`${a.given} ${a.family}`);
    }
    await archive.close();
  });

  it('sets a dateline, a "Supported by" and an "Image" label apart from the sections', () => {
    const { blocks } = recoverStructure(
      normaliseText(readFileSync(join(dir, 'nytimes-3.txt'), 'utf8')),
    );
    const headings = blocks.filter((b) => b.kind === 'heading').map((b) => b.text);
    expect(headings).not.toContain('Supported by');
    expect(headings).not.toContain('Image');
    expect(headings).not.toContain('Feb. 21, 2019');
  });

  it('takes a repeated "Advertisement" for the site’s, never for the author', async () => {
    const article = readFileSync(join(dir, 'nytimes-3.txt'), 'utf8');
    const page = `${article}\n\nAdvertisement\n\nThe last paragraph of the story, after which the page printed its label again.\n\nAdvertisement\n`;
    const archive = await openArchive(await tempDir());
    const [outcome] = ok(
      await archive.api.importFiles({ files: [upload('ad.txt', page)] }),
    ).results;
    const source =
      outcome?.status === 'imported'
        ? ok(await archive.api.getSource({ id: outcome.source.id }))
        : null;
    await archive.close();
    expect(source?.metadata.author ?? []).not.toContainEqual({ literal: 'Advertisement' });
  });
});

/** A pasted page imported into a new library, with its details as imported. */
async function importedPage(name: string) {
  const pasted = readFileSync(join(dir, `${name}.txt`), 'utf8');
  const archive = await openArchive(await tempDir());
  const [outcome] = ok(
    await archive.api.importFiles({ files: [upload(`${name}.txt`, pasted)] }),
  ).results;
  if (outcome?.status !== 'imported') throw new Error(`${name} was not imported`);
  const id = outcome.source.id;
  return { archive, id, pasted, before: ok(await archive.api.getSource({ id })) };
}

describe('putting removed lines back', () => {
  it('reads the original again with every removed line, and keeps them on later re-reads', async () => {
    const { archive, id, before } = await importedPage('ars-1');
    ok(await archive.api.reimportSource({ sourceId: id, keepRemoved: true }));
    const restored = ok(await archive.api.getSource({ id }));
    ok(await archive.api.reimportSource({ sourceId: id }));
    const again = ok(await archive.api.getSource({ id }));
    await archive.close();
    expect(before.removed.length).toBeGreaterThan(0);
    const textOf = (s: typeof restored) =>
      [s.title, ...s.sections.map((x) => x.heading), ...s.passages.map((p) => p.text)].join('\n');
    // One removed line may now stand as the text's title line (the writer's title for the
    // source stays); every other one is back among the passages.
    const missing = before.removed.filter((line) => !textOf(restored).includes(line));
    expect(missing.length).toBeLessThanOrEqual(1);
    expect(restored.removed).toEqual([]);
    expect(textOf(again)).toBe(textOf(restored));
  });
});

describe('the same page pasted twice', () => {
  it('imports a second copy that differs, and says which source it copies', async () => {
    const pasted = readFileSync(join(dir, 'herald-sun-1.txt'), 'utf8');
    // Other furniture, and a correction the site added to the article itself.
    const again = `Home\nNews\nSport\nWeather\n\n${pasted.replace(
      /^(The roadshow featured .*)$/m,
      '$1\n\nCorrection: an earlier version of this story misnamed one of the advisers.',
    )}`;
    expect(again).toContain('Correction:');
    const archive = await openArchive(await tempDir());
    const [first] = ok(
      await archive.api.importFiles({ files: [upload('first.txt', pasted)] }),
    ).results;
    const [second] = ok(
      await archive.api.importFiles({ files: [upload('again.txt', again)] }),
    ).results;
    await archive.close();
    if (first?.status !== 'imported' || second?.status !== 'imported')
      throw new Error('both copies should be imported');
    expect(second.warnings).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `another copy of “${first.source.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}”`,
        ),
      ),
    );
  });

  it('does not call two different articles under one headline copies', async () => {
    const archive = await openArchive(await tempDir());
    const story = (body: string) => `Weekly briefing\n\n${body}`;
    ok(
      await archive.api.importFiles({
        files: [
          upload(
            'one.txt',
            story('Grain prices rose for a third week as exporters waited for the new harvest.'),
          ),
        ],
      }),
    );
    const [second] = ok(
      await archive.api.importFiles({
        files: [
          upload(
            'two.txt',
            story('The city council approved a new bus line to the northern districts on Monday.'),
          ),
        ],
      }),
    ).results;
    await archive.close();
    expect(second?.status).toBe('imported');
    expect(second?.status === 'imported' && second.warnings).toBeFalsy();
  });
});

describe('putting one removed line back', () => {
  it('keeps that line in the text and the others removed, on this and later re-reads', async () => {
    const { archive, id, before } = await importedPage('ars-1');
    const line = before.removed.find((l) => !before.removed.slice(0, 1).includes(l))!;
    ok(await archive.api.reimportSource({ sourceId: id, keepLines: [line] }));
    const after = ok(await archive.api.getSource({ id }));
    ok(await archive.api.reimportSource({ sourceId: id }));
    const again = ok(await archive.api.getSource({ id }));
    await archive.close();
    const textOf = (s: typeof after) => [
      ...s.sections.map((x) => x.heading),
      ...s.passages.map((p) => p.text),
    ];
    expect(textOf(after)).toContain(line);
    expect(after.removed).not.toContain(line);
    expect(after.removed.length).toBeGreaterThan(0);
    expect(textOf(again)).toEqual(textOf(after));
  });
});

describe('the credits under a pasted headline', () => {
  const pasted = [
    'Nurses walk out at Harbour General',
    'By Mara Lindqvist',
    '12 March 2025',
    'Upwards of 300 nurses walked out of Harbour General Hospital on Tuesday morning, the first strike at the hospital in forty years.',
    'The union said a handful of managers were locked in their offices by the pickets for most of the afternoon.',
    'Talks on pay are due to resume on Friday.',
  ].join('\n\n');

  it('are read into the details and left out of the paragraphs, so the first is cited as paragraph 1', async () => {
    const archive = await openArchive(await tempDir());
    const [outcome] = ok(
      await archive.api.importFiles({ files: [upload('strike.txt', pasted)] }),
    ).results;
    if (outcome?.status !== 'imported') throw new Error('not imported');
    const id = outcome.source.id;
    const source = ok(await archive.api.getSource({ id }));
    expect(source.metadata.author).toEqual([{ family: 'Lindqvist', given: 'Mara' }]);
    expect(source.metadata.issued).toEqual({ 'date-parts': [[2025, 3, 12]] });
    expect(source.passages.map((p) => p.text.slice(0, 20))).toEqual([
      'Upwards of 300 nurse',
      'The union said a han',
      'Talks on pay are due',
    ]);
    expect(source.removed).toEqual(['By Mara Lindqvist', '12 March 2025']);
    expect(outcome.warnings).toContainEqual(expect.stringMatching(/^2 lines under the headline/));
    const cited = ok(
      await archive.api.cite({
        sourceId: id,
        style: 'apa',
        form: 'in-text',
        passageId: source.passages[0]!.id,
      }),
    );
    expect(cited.text).toBe('(Lindqvist, 2025, para. 1)');
    const union = source.passages[1]!;
    const marked = ok(
      await archive.api.createHighlight({
        sourceId: id,
        start: union.start,
        end: union.start + 'The union said a handful of managers'.length,
        themeIds: [ok(await archive.api.listThemes({}))[0]!.id],
      }),
    );

    // Put back, the byline is a paragraph again, and the date stays out; the highlight on the
    // second paragraph is now on the third, and the re-read says so.
    const report = ok(
      await archive.api.reimportSource({ sourceId: id, keepLines: ['By Mara Lindqvist'] }),
    );
    const restored = ok(await archive.api.getSource({ id }));
    expect(restored.passages[0]!.text).toBe('By Mara Lindqvist');
    expect(restored.removed).toEqual(['12 March 2025']);
    expect(report.renumbered).toEqual([
      {
        highlightId: marked.id,
        quote: 'The union said a handful of managers',
        from: 2,
        to: 3,
      },
    ]);
    // Re-read again with nothing put back, nothing moves.
    expect(ok(await archive.api.reimportSource({ sourceId: id })).renumbered).toEqual([]);
    await archive.close();
  });
});
