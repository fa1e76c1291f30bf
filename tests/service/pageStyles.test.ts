// A saved page whose CSS jsdom cannot parse (a Sass variable left in a calc(), as on a real page
// of Zyte's benchmark) is read for its text like any other, not refused.
import { describe, expect, it } from 'vitest';
import { importedOne, ok } from '../helpers/apiCalls';
import { openArchive, tempDir } from '../helpers/tempLibrary';

const paragraphs = [
  'The council voted on Tuesday to close the old bridge to traffic for two years while it is rebuilt.',
  'Work starts in March and the ferry will run every twenty minutes in the meantime, the council said.',
];
const page = `<!DOCTYPE html><html><head><title>Bridge vote</title>
<style>@media (min-width: 640px) { .hero { min-height: calc(($container-max-width - 16px) / 16 * 9) } }</style>
</head><body><article><h1>Bridge vote</h1>
<p style="min-height: calc(($gutter - 4px) / 2)">${paragraphs[0]}</p><p>${paragraphs[1]}</p>
</article></body></html>`;

describe('a saved page with CSS the page reader cannot parse', () => {
  it('is imported with its paragraphs', async () => {
    const archive = await openArchive(await tempDir());
    const outcome = await importedOne(archive.api, 'bridge.html', page);
    const source = ok(await archive.api.getSource({ id: outcome.source.id }));
    expect(source.title).toBe('Bridge vote');
    expect(source.passages.map((p) => p.text)).toEqual(paragraphs);
  });
});
