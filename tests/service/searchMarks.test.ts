// What a search marks in a passage: the words of the query, and a function word ("the") only
// where it stands beside one of them — not every "the" of the passage (issue 31, point 6).
import { describe, expect, it } from 'vitest';
import { ok, upload } from '../helpers/apiCalls';
import { openArchive, tempDir } from '../helpers/tempLibrary';

const marked = (text: string, marks: readonly (readonly [number, number])[]) =>
  marks.map(([s, e]) => text.slice(s, e));

describe('search marks', () => {
  it('marks a name with its "the", and leaves the passage’s other "the"s alone', async () => {
    const archive = await openArchive(await tempDir());
    ok(
      await archive.api.importFiles({
        files: [
          upload(
            'tsar.txt',
            'Tsars\n\nIvan the Terrible ruled from Moscow; the city grew and the army marched east.\n',
          ),
        ],
      }),
    );
    const found = ok(await archive.api.search({ query: 'Ivan the Terible' }));
    const hit = found.hits.find((h) => h.text.startsWith('Ivan'))!;
    expect(marked(hit.text, hit.marks)).toEqual(['Ivan', 'the', 'Terrible']);

    // A query of function words alone still marks what it found.
    const only = ok(await archive.api.search({ query: '"the army"' }));
    const army = only.hits.find((h) => h.text.startsWith('Ivan'))!;
    expect(marked(army.text, army.marks)).toContain('the army');
    await archive.close();
  });
});
