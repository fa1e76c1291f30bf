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

describe('biblatex sets', () => {
  it('lists the members of a @set, not the set as an untitled reference, and says so', async () => {
    const archive = await openArchive(await tempDir());
    const text = String.raw`@set{both, entryset = {one,two}}
@article{one, title = {First Report}, author = {Kim, Ana}, journaltitle = {Harbour Review}, year = {2001}}
@article{two, title = {Second Report}, author = {Kim, Ana}, journaltitle = {Harbour Review}, year = {2002}}`;
    const [outcome] = ok(
      await archive.api.importFiles({ files: [upload('sets.bib', text)] }),
    ).results;
    const titles = ok(await archive.api.listSources({})).map((s) => s.title);
    await archive.close();
    expect(titles.sort()).toEqual(['First Report', 'Second Report']);
    expect(JSON.stringify(outcome)).toMatch(
      /entry both \(line 1\) is a set of entries \(one,two\)/,
    );
  });
});
