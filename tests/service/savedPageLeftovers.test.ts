// A saved page whose article keeps some of its site after Readability: a gallery counter and
// credit, a published stamp, a call to other stories. Written for this test.
import { describe, expect, it } from 'vitest';
import { importedOne, ok } from '../helpers/apiCalls';
import { openArchive, tempDir } from '../helpers/tempLibrary';

const paragraph = (s: string) => `<p>${s.repeat(2)}</p>`;
const html = `<!doctype html><html lang="en"><head><title>Quay closed after cracks found</title></head>
<body><article>
<h1>Quay closed after cracks found</h1>
<p>PUBLISHED: 10:48, Tue, Nov 19, 2019</p>
${paragraph('The harbour authority closed the northern quay on Monday after inspectors found cracks in two of its pillars. ')}
<figure><img src="quay.jpg" alt=""><figcaption>Image 1 of 23</figcaption></figure>
<p>Image 1 of 23</p>
<p>Photo: Ruth Mendes, AP</p>
<p>DON'T MISS</p>
${paragraph('Repairs are expected to take until March, the authority said in a statement on Tuesday. ')}
${paragraph('The quay carries a third of the port’s container traffic, and shipping lines have been told to divert. ')}
</article></body></html>`;

describe('a saved page’s leftover site lines', () => {
  it('are left out of the paragraphs, listed, read for the date, and put back when asked', async () => {
    const archive = await openArchive(await tempDir());
    const outcome = await importedOne(archive.api, 'quay.html', html);
    const id = outcome.source.id;
    const source = ok(await archive.api.getSource({ id }));
    expect(source.passages.map((p) => p.text.slice(0, 24))).toEqual([
      'The harbour authority cl',
      'Repairs are expected to ',
      'The quay carries a third',
    ]);
    expect(source.removed).toEqual([
      'PUBLISHED: 10:48, Tue, Nov 19, 2019',
      'Image 1 of 23',
      'Photo: Ruth Mendes, AP',
      "DON'T MISS",
    ]);
    expect(source.metadata.issued).toEqual({ 'date-parts': [[2019, 11, 19]] });
    expect(outcome.warnings).toContainEqual(expect.stringMatching(/^4 lines of the site/));

    ok(await archive.api.reimportSource({ sourceId: id, keepLines: ['Photo: Ruth Mendes, AP'] }));
    const restored = ok(await archive.api.getSource({ id }));
    await archive.close();
    expect(restored.passages.map((p) => p.text)).toContain('Photo: Ruth Mendes, AP');
    expect(restored.removed).not.toContain('Photo: Ruth Mendes, AP');
    expect(restored.removed).toHaveLength(3);
  });
});
