import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findQuote } from '../../shared/text/findQuote';
import { dossier } from '../helpers/runDossier';
import { openArchive, tempDir } from '../helpers/tempLibrary';

describe('a quote as the writer types it', () => {
  it('is found across quotation marks, dashes, case and spaces, at the text’s own offsets', () => {
    const text = 'The mayor said: “We won’t  close the\nferry” — not this year.';
    const [at] = findQuote(text, `we won't close the ferry" - not`);
    expect(at && text.slice(at.start, at.end)).toBe('We won’t  close the\nferry” — not');
    expect(findQuote(text, 'bus')).toEqual([]);
  });

  it('tags by citation key with a straight apostrophe where the article has a curly one', async () => {
    const lib = await tempDir();
    const file = join(lib, '..', `ferry-${Date.now()}.txt`);
    await writeFile(
      file,
      'Ferry crews vote to strike\n\nThe crews’ union said it won’t accept the new rota, which adds two night shifts a week.\n\nTalks resume on Friday.',
    );
    expect((await dossier(['import', file, '--library', lib])).code).toBe(0);
    const listed = await dossier(['list', '--json', '--library', lib]);
    const [source] = JSON.parse(listed.out) as { id: string }[];
    const shownById = await dossier(['show', source!.id, '--json', '--library', lib]);
    const key = (JSON.parse(shownById.out) as { metadata: Record<string, string> }).metadata[
      'citation-key'
    ];
    expect(key).toBeTruthy();
    const tagged = await dossier([
      'tag',
      key!,
      '--quote',
      "it won't ACCEPT the new  rota",
      '--theme',
      'labour',
      '--library',
      lib,
    ]);
    expect(tagged.err).toBe('');
    expect(tagged.code).toBe(0);
    expect(tagged.out).toContain('“it won’t accept the new rota”');
    // The source, fetched by its key, shows the highlight.
    const archive = await openArchive(lib);
    const byKey = await archive.api.getSource({ id: key! });
    await archive.close();
    expect(byKey.ok && byKey.value.highlights.map((h) => h.quote)).toEqual([
      'it won’t accept the new rota',
    ]);
  });
});
