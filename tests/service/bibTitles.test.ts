import { describe, expect, it } from 'vitest';
import { ok, upload } from '../helpers/apiCalls';
import { openArchive, tempDir } from '../helpers/tempLibrary';

// A BibTeX record as biblatex's own examples write them: small capitals and emphasis in titles.
const bib = String.raw`@book{laozi,
  title = {The \textsc{Tao Te Ching} and \emph{Its} Readers},
  author = {Lao, Zi},
  year = {1990},
}`;

describe('titles from BibTeX with markup', () => {
  it('lists the title as text and keeps the markup for the citation', async () => {
    const archive = await openArchive(await tempDir());
    ok(await archive.api.importFiles({ files: [upload('refs.bib', bib)] }));
    const [listed] = ok(await archive.api.listSources({}));
    expect(listed?.title).toBe('The Tao Te Ching and Its Readers');
    const detail = ok(await archive.api.getSource({ id: listed!.id }));
    expect(String(detail.metadata.title)).toMatch(
      /<i>Its<\/i>|<span style="font-variant:small-caps;">/,
    );
    await archive.close();
  });
});
