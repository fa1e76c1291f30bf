import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import type { Archive } from '../../electron/main/archive/archiveService';
import type { ExportedFile } from '../../shared/api/types';
import { asUpload, corpusFiles, repoRoot } from '../helpers/corpus';
import { dossier } from '../helpers/runDossier';
import { ok, upload } from '../helpers/apiCalls';
import { openArchive, tempDir } from '../helpers/tempLibrary';

const refiQda = join(repoRoot, 'tests/fixtures/refi-qda');

/** A source whose offsets differ between UTF-16 and characters: emoji, Cyrillic, a flag. */
const MIXED = [
  'Field notes 🇰🇿 from Almaty',
  '',
  'Протестующие 😀 gathered at the square; wages 💰 had not been paid for months.',
  '',
  'Rescue teams counted 12 dead 🕯 and 40 wounded by the evening.',
].join('\n');

interface Outline {
  sources: unknown[];
  highlights: unknown[];
  themes: unknown[];
  collections: unknown[];
}

/** A library as a writer would compare two: by titles, texts, places and names, not by ids. */
async function outline(archive: Archive): Promise<Outline> {
  const { api } = archive;
  const summaries = ok(await api.listSources({}));
  const themes = ok(await api.listThemes({}));
  const themeName = (id: string | null) => themes.find((t) => t.id === id)?.name ?? null;
  const titleOf = (id: string) => summaries.find((s) => s.id === id)?.title ?? null;
  const sources = [];
  const highlights = [];
  for (const summary of summaries) {
    const source = ok(await api.getSource({ id: summary.id }));
    const { id: _id, highlights: marks, comments, parent, passages, ...rest } = source;
    sources.push({
      ...rest,
      passages: passages.map(({ id: _p, ...p }) => p),
      comments: comments.map((c) => c.title).sort(),
      parent: parent?.title ?? null,
    });
    for (const h of marks)
      highlights.push({
        source: source.title,
        start: h.start,
        end: h.end,
        quote: h.quote,
        themes: h.themeIds.map(themeName).sort(),
        note: h.note,
        orphaned: h.orphaned,
      });
  }
  const byKey = (a: unknown, b: unknown) => JSON.stringify(a).localeCompare(JSON.stringify(b));
  return {
    sources: sources.sort(byKey),
    highlights: highlights.sort(byKey),
    themes: themes
      .map((t) => ({
        name: t.name,
        parent: themeName(t.parentId),
        color: t.color,
        description: t.description,
        cues: t.cues,
      }))
      .sort(byKey),
    collections: ok(await api.listCollections({}))
      .map((c) => ({ name: c.name, sources: c.sourceIds.map(titleOf) }))
      .sort(byKey),
  };
}

/** Highlights a passage's words with themes, and returns where they stand. */
async function tag(
  archive: Archive,
  sourceId: string,
  quote: string,
  themeIds: string[],
  note = '',
) {
  const source = ok(await archive.api.getSource({ id: sourceId }));
  const passage = source.passages.find((p) => p.text.includes(quote));
  expect(passage).toBeDefined();
  const start = passage!.start + passage!.text.indexOf(quote);
  return ok(
    await archive.api.createHighlight({
      sourceId,
      start,
      end: start + quote.length,
      themeIds,
      note,
    }),
  );
}

async function unzip(file: ExportedFile) {
  return JSZip.loadAsync(Buffer.from(file.dataBase64, 'base64'));
}

describe('REFI-QDA projects (.qdpx)', () => {
  let library: Archive;
  let mixedId: string;
  let exported: ExportedFile;

  beforeAll(async () => {
    library = await openArchive(await tempDir());
    const { api } = library;
    const sidecars = corpusFiles().map((f) => f.replace(/\.txt$/, '.csl.json'));
    const imported = ok(
      await api.importFiles({ files: [...corpusFiles(), ...sidecars].map((f) => asUpload(f)) }),
    );
    const mixed = ok(await api.importFiles({ files: [upload('field-notes.txt', MIXED)] }));
    mixedId = mixed.results[0]!.status === 'imported' ? mixed.results[0]!.source.id : '';
    const themes = ok(await api.listThemes({}));
    const id = (name: string) => themes.find((t) => t.name === name)!.id;
    const sub = ok(
      await api.createTheme({ name: 'unpaid wages', parentId: id('labour'), color: '#a0522d' }),
    );
    // Every theme tags something: a passage's first sentence in each article.
    const articles = imported.results.flatMap((r) => (r.status === 'imported' ? [r] : []));
    const names = ['labour', 'clans', 'foreign involvement', 'casualties'];
    for (const [i, article] of articles.entries()) {
      const source = ok(await api.getSource({ id: article.source.id }));
      for (const [j, passage] of source.passages.slice(1, 5).entries()) {
        const words = passage.text.split(/(?<=[.!?])\s/)[0]!.slice(0, 120);
        await tag(library, source.id, words, [id(names[(i + j) % 4]!)], j === 0 ? 'first' : '');
      }
    }
    await tag(library, mixedId, 'Протестующие 😀 gathered', [id('labour'), id('clans')], 'Кто?');
    await tag(library, mixedId, 'wages 💰 had not been paid', [sub.id]);
    await tag(library, mixedId, '12 dead 🕯 and 40 wounded', [id('casualties')]);
    ok(await api.setSourceNote({ sourceId: mixedId, note: 'Notes typed on the day.' }));
    const firstComment = articles.find((a) => a.status === 'imported' && a.commentIds?.length);
    expect(firstComment).toBeDefined();
    ok(
      await api.saveCollection({
        name: 'Almaty',
        sourceIds: [mixedId, articles[0]!.source.id],
      }),
    );
    exported = ok(await api.exportProject({ writer: 'Aigerim', name: 'Unrest' }));
  });

  it('writes a project valid against the REFI-QDA Project schema', async () => {
    const zip = await unzip(exported);
    const qde = await zip.file('project.qde')!.async('string');
    const schema = await readFile(join(refiQda, 'Project.xsd'), 'utf8');
    const checked = await validateXML({
      xml: [{ fileName: 'project.qde', contents: qde }],
      schema: [schema],
    });
    expect(checked.errors).toEqual([]);
    expect(checked.valid).toBe(true);
    expect(qde).toContain('xmlns="urn:QDA-XML:project:1.0"');
    expect(qde).toMatch(/<User guid="[^"]+" name="Aigerim"\/>/);
    // Every text the project names is inside the zip.
    for (const [, path] of qde.matchAll(/plainTextPath="internal:\/\/([^"]+)"/g))
      expect(zip.file(`sources/${path}`)).not.toBeNull();
  });

  it('counts positions in characters, as the standard does, not in UTF-16 units', async () => {
    const zip = await unzip(exported);
    const qde = await zip.file('project.qde')!.async('string');
    const element = new RegExp(
      `<TextSource[^>]*name="Field notes[^>]*plainTextPath="internal://([^"]+)"[\\s\\S]*?</TextSource>`,
    ).exec(qde);
    expect(element).not.toBeNull();
    const text = await zip.file(`sources/${element![1]}`)!.async('string');
    expect(text).toBe(MIXED);
    const characters = Array.from(text);
    const quotes = [...element![0].matchAll(/startPosition="(\d+)" endPosition="(\d+)"/g)].map(
      ([, s, e]) => characters.slice(Number(s), Number(e)).join(''),
    );
    expect(quotes.sort()).toEqual(
      ['12 dead 🕯 and 40 wounded', 'wages 💰 had not been paid', 'Протестующие 😀 gathered'].sort(),
    );
  });

  it('reads its own project back as the same library', async () => {
    const other = await openArchive(await tempDir());
    const report = ok(
      await other.api.importProject(
        upload('unrest.qdpx', Buffer.from(exported.dataBase64, 'base64')),
      ),
    );
    expect(report.setAside).toEqual([]);
    const original = await outline(library);
    // Five articles with their comments, the field notes; a highlight on every theme.
    expect(original.sources.length).toBeGreaterThan(6);
    expect(original.highlights).toHaveLength(exported.count);
    expect(exported.count).toBeGreaterThanOrEqual(20);
    expect(await outline(other)).toEqual(original);
    // The same library writes the same project again, GUIDs and all.
    const again = ok(await library.api.exportProject({ writer: 'Aigerim', name: 'Unrest' }));
    const guids = async (file: ExportedFile) =>
      [
        ...(await (await unzip(file)).file('project.qde')!.async('string')).matchAll(
          /guid="([^"]+)"/gi,
        ),
      ].map((m) => m[1]);
    expect(await guids(again)).toEqual(await guids(exported));
  });

  it('comes in through the ordinary import too, as the window sends a dropped file', async () => {
    const other = await openArchive(await tempDir());
    const bytes = Buffer.from(exported.dataBase64, 'base64');
    const { results } = ok(await other.api.importFiles({ files: [upload('unrest.qdpx', bytes)] }));
    expect(results).toEqual([
      expect.objectContaining({
        file: 'unrest.qdpx',
        status: 'project',
        highlightsAdded: exported.count,
        setAside: [],
      }),
    ]);
    expect(ok(await other.api.listSources({})).length).toBe(
      ok(await library.api.listSources({})).length,
    );
  });

  it('takes a project in twice without doubling anything', async () => {
    const other = await openArchive(await tempDir());
    const file = upload('unrest.qdpx', Buffer.from(exported.dataBase64, 'base64'));
    const first = ok(await other.api.importProject(file));
    const before = await outline(other);
    const second = ok(await other.api.importProject(file));
    expect(second.sourcesAdded).toBe(0);
    expect(second.sourcesMatched).toBe(first.sourcesAdded);
    expect(second.highlightsAdded).toBe(0);
    expect(second.highlightsExisting).toBe(first.highlightsAdded);
    expect(await outline(other)).toEqual(before);
  });

  it('is a command-line import and export', async () => {
    const dir = await tempDir();
    const file = join(dir, 'unrest.qdpx');
    await writeFile(file, Buffer.from(exported.dataBase64, 'base64'));
    const replica = join(dir, 'replica');
    const read = await dossier(['import', file, '--library', replica]);
    expect(read.err).toBe('');
    expect(read.code).toBe(0);
    expect(read.out).toMatch(/read unrest\.qdpx: \d+ sources added, \d+ highlights added/);
    const out = join(dir, 'again.qdpx');
    const written = await dossier([
      'export',
      '--format',
      'qdpx',
      '--out',
      out,
      '--library',
      replica,
    ]);
    expect(written.code).toBe(0);
    expect(written.out).toContain(`a project with ${exported.count} highlights`);
    const zip = await JSZip.loadAsync(await readFile(out));
    expect(zip.file('project.qde')).not.toBeNull();
  });
});

/** A project as another tool writes one: its own GUIDs, Windows line breaks, a BOM. */
async function foreignProject(origin: string, crlfCounts: 1 | 2) {
  const text =
    '\uFEFFInterview 3\r\n\r\nQ: Were wages paid?\r\nA: Not since March — 😀 none of us.\r\n';
  const body = text.slice(1);
  // Positions as that tool counts them: characters, with "\r\n" as one or two of them.
  const counted = Array.from(crlfCounts === 2 ? body : body.replace(/\r\n/g, '\n'));
  const at = (words: string) => {
    const plain = crlfCounts === 2 ? body : body.replace(/\r\n/g, '\n');
    const start = Array.from(plain.slice(0, plain.indexOf(words))).length;
    return { start, end: start + Array.from(words).length };
  };
  expect(counted.length).toBeGreaterThan(0);
  const wages = at('Were wages paid?');
  const none = at('Not since March — 😀 none of us.');
  const qde = `<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="Interviews" origin="${origin}">
  <CodeBook><Codes>
    <Code guid="{6F0B1A52-0000-4000-8000-000000000001}" name="Pay" isCodable="false" color="#F00">
      <Code guid="6f0b1a52-0000-4000-8000-000000000002" name="Arrears" isCodable="true"/>
    </Code>
  </Codes></CodeBook>
  <Sources>
    <TextSource guid="6F0B1A52-0000-4000-8000-0000000000A1" name="Interview 3" plainTextPath="internal://i3.txt">
      <PlainTextSelection guid="6F0B1A52-0000-4000-8000-0000000000B1" startPosition="${wages.start}" endPosition="${wages.end}">
        <Coding guid="6F0B1A52-0000-4000-8000-0000000000C1"><CodeRef targetGUID="6F0B1A52-0000-4000-8000-000000000001"/></Coding>
      </PlainTextSelection>
      <PlainTextSelection guid="6F0B1A52-0000-4000-8000-0000000000B2" startPosition="${none.start}" endPosition="${none.end}">
        <Coding guid="6F0B1A52-0000-4000-8000-0000000000C2"><CodeRef targetGUID="{6F0B1A52-0000-4000-8000-000000000002}"/></Coding>
        <NoteRef targetGUID="6F0B1A52-0000-4000-8000-0000000000D1"/>
      </PlainTextSelection>
      <PlainTextSelection guid="6F0B1A52-0000-4000-8000-0000000000B3" startPosition="5000" endPosition="5010"/>
      <Coding guid="6F0B1A52-0000-4000-8000-0000000000C3"><CodeRef targetGUID="6F0B1A52-0000-4000-8000-000000000001"/></Coding>
    </TextSource>
    <PictureSource guid="6F0B1A52-0000-4000-8000-0000000000A2" name="Photo of the gate" path="internal://gate.jpg"/>
  </Sources>
  <Notes>
    <Note guid="6F0B1A52-0000-4000-8000-0000000000D1" name="memo"><PlainTextContent>Said with a laugh.</PlainTextContent></Note>
  </Notes>
  <Sets><Set guid="6F0B1A52-0000-4000-8000-0000000000E1" name="Wave 1"><MemberSource targetGUID="6F0B1A52-0000-4000-8000-0000000000A1"/></Set></Sets>
</Project>`;
  const zip = new JSZip();
  zip.file('project.qde', qde);
  zip.file('sources/i3.txt', text);
  return zip.generateAsync({ type: 'nodebuffer' });
}

describe('REFI-QDA projects from other tools', () => {
  for (const [origin, crlf] of [
    ['NVivo 14', 2],
    ['ATLAS.ti 23', 1],
  ] as const) {
    it(`reads ${origin}'s positions over Windows line breaks`, async () => {
      const archive = await openArchive(await tempDir());
      const report = ok(
        await archive.api.importProject(
          upload('interviews.qdpx', await foreignProject(origin, crlf)),
        ),
      );
      expect(report.sourcesAdded).toBe(1);
      expect(report.highlightsAdded).toBe(2);
      expect(report.setAside.map((s) => s.where)).toEqual([
        'a selection in “Interview 3”',
        '“Photo of the gate”',
      ]);
      expect(report.notes.join(' ')).toMatch(/1 coding of whole sources not read/);
      const [summary] = ok(await archive.api.listSources({}));
      const source = ok(await archive.api.getSource({ id: summary!.id }));
      expect(source.title).toBe('Interview 3');
      const themes = ok(await archive.api.listThemes({}));
      const name = (id: string) => themes.find((t) => t.id === id)?.name;
      expect(source.highlights.map((h) => [h.quote, h.themeIds.map(name), h.note]).sort()).toEqual([
        ['Not since March — 😀 none of us.', ['Arrears'], 'Said with a laugh.'],
        ['Were wages paid?', ['Pay'], ''],
      ]);
      // A new library that had not chosen its codebook takes the project's.
      expect(
        themes.map((t) => [t.name, themes.find((p) => p.id === t.parentId)?.name ?? null]),
      ).toEqual([
        ['Pay', null],
        ['Arrears', 'Pay'],
      ]);
      expect(themes[0]!.color).toBe('#ff0000');
      expect(ok(await archive.api.listCollections({})).map((c) => c.name)).toEqual(['Wave 1']);
    });
  }

  it('refuses a file that is not a project, with the reason', async () => {
    const archive = await openArchive(await tempDir());
    const broken = await archive.api.importProject(
      upload('broken.qdpx', 'PK\u0003\u0004 not really'),
    );
    expect(broken.ok).toBe(false);
    expect(!broken.ok && broken.error.message).toMatch(
      /^broken\.qdpx was not imported: it is damaged or not a REFI-QDA project/,
    );
    const zip = new JSZip();
    zip.file('readme.txt', 'hello');
    const empty = await archive.api.importProject(
      upload('empty.qdpx', await zip.generateAsync({ type: 'nodebuffer' })),
    );
    expect(!empty.ok && empty.error.message).toBe(
      'empty.qdpx was not imported: it is not a REFI-QDA project (it has no project.qde).',
    );
    expect(ok(await archive.api.listSources({}))).toEqual([]);
  });
});
