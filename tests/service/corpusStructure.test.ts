import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Archive } from '../../electron/main/archive/archiveService';
import type { SourceDetail } from '../../shared/api/types';
import { corpusFile } from '../helpers/corpus';
import { openArchive, tempDir } from '../helpers/tempLibrary';

/** The five corpus articles as pasted web text: the expectations, file by file. */
const corpus = (prefix: string) => corpusFile(prefix);

let archive: Archive;
const detail = new Map<string, SourceDetail>();

beforeAll(async () => {
  archive = await openArchive(await tempDir('dossier-corpus-'));
  for (const prefix of ['000', '001', '002', '003', '004']) {
    const file = corpus(prefix);
    const result = await archive.api.importFiles({
      files: [{ name: file.split('/').pop()!, dataBase64: readFileSync(file).toString('base64') }],
    });
    if (!result.ok || result.value.results[0]!.status !== 'imported')
      throw new Error(`${prefix} not imported`);
    const id = result.value.results[0]!.source.id;
    const shown = await archive.api.getSource({ id });
    if (!shown.ok) throw new Error(shown.error.message);
    detail.set(prefix, shown.value);
  }
});

const bodyOf = (d: SourceDetail) => d.passages.map((p) => p.text).join('\n');

describe('structure recovered from the corpus', () => {
  it('000: one article and one comment, set apart and linked', async () => {
    const article = detail.get('000')!;
    expect(article.comments).toHaveLength(1);
    const comment = await archive.api.getSource({ id: article.comments[0]!.id });
    if (!comment.ok) throw new Error(comment.error.message);
    expect(comment.value.passages[0]!.text.startsWith('No one yet is close')).toBe(true);
    expect(comment.value.parent).toEqual({ id: article.id, title: article.title });
    expect(bodyOf(article)).not.toContain('No one yet is close');
    const listed = await archive.api.listSources({});
    const entry = listed.ok ? listed.value.find((s) => s.id === comment.value.id) : undefined;
    expect(entry?.parent).toBe(article.id);
  });

  it('001: no comments, five sections, and "Stefan" offered as the author', () => {
    const article = detail.get('001')!;
    expect(article.comments).toEqual([]);
    expect(article.sections.map((s) => s.heading)).toEqual([
      'Politicisation',
      'What happened in Almaty?',
      'Who were the organisers?',
      'Another Colour Revolution?',
      'Aftermath',
    ]);
    expect(article.metadata.author).toEqual([{ literal: 'Stefan' }]);
    expect(bodyOf(article)).not.toMatch(/\nStefan$/);
  });

  it('002: eleven captions, eleven sections, and no join form in the body', () => {
    const article = detail.get('002')!;
    expect(article.captions).toHaveLength(11);
    expect(article.captions[0]).toMatchObject({ credit: 'Esetok, Wikimedia Commons' });
    expect(article.sections).toHaveLength(11);
    expect(bodyOf(article)).not.toContain('Join us');
    expect(bodyOf(article)).not.toContain('IMT');
    expect(bodyOf(article)).not.toContain('/ Image:');
  });

  it('003: no comments', () => {
    expect(detail.get('003')!.comments).toEqual([]);
  });

  it('004: no "Type to search" or "Leave a Comment" in the body', () => {
    const article = detail.get('004')!;
    expect(article.title).toMatch(/^The bloodshed in Kazakhstan/);
    expect(bodyOf(article)).not.toContain('Type to search');
    expect(bodyOf(article)).not.toContain('Leave a Comment');
  });

  it('finds captions by search', async () => {
    const hits = await archive.api.search({ query: 'Gorbachev rejuvenation' });
    expect(hits.ok && hits.value.hits.map((h) => h.field)).toContain('caption');
  });
});
