import { describe, expect, it } from 'vitest';
import { normaliseText } from '../../../../shared/import/normaliseText';
import { MAX_TITLE_LENGTH } from '../../../../shared/import/plainText';
import { recoverStructure } from '../../../../shared/import/webText/recoverStructure';

/** The passages of a text as import reads it (text without furniture takes this path whole). */
const texts = (raw: string) => {
  const { text, passages } = recoverStructure(raw);
  return passages.map((p) => text.slice(p.start, p.end));
};

describe('normaliseText', () => {
  it('unifies newlines, drops the byte-order mark and trailing blanks, and composes accents', () => {
    expect(normaliseText('\uFEFFTitle  \r\nline one\t\rline two\n\n')).toBe(
      'Title\nline one\nline two',
    );
    expect(normaliseText('Jana\u0301ozen')).toBe('Janáozen');
  });
});

describe('plain text as passages', () => {
  it('takes the first non-empty line as the title and each paragraph after it as a passage', () => {
    const text = '\nThe title\n\nFirst paragraph.\n\nSecond paragraph.';
    const parsed = recoverStructure(text);
    expect(parsed.title).toBe('The title');
    expect(texts(text)).toEqual(['First paragraph.', 'Second paragraph.']);
  });

  it('treats each line of pasted web text as a paragraph', () => {
    const text =
      'Title\nOne sentence here.\nAnother paragraph, no blank line between.\nHeading\nMore.';
    expect(texts(text)).toEqual([
      'One sentence here.',
      'Another paragraph, no blank line between.',
      'Heading',
      'More.',
    ]);
  });

  it('joins a hard-wrapped block into one passage', () => {
    const text =
      'Notes\n\nRussian paratroopers arrived\nat Almaty airport on the sixth\nof January and guarded it for\na week.\n\nNext one.';
    expect(texts(text)).toEqual([
      'Russian paratroopers arrived\nat Almaty airport on the sixth\nof January and guarded it for\na week.',
      'Next one.',
    ]);
  });

  it('gives offsets that address the passage in the stored text', () => {
    const text = 'Title\n\n  Indented paragraph.\n\nLast.';
    const stored = recoverStructure(text);
    const [first] = stored.passages;
    expect(stored.text.slice(first!.start, first!.end)).toBe('Indented paragraph.');
  });

  it('keeps a first line too long to be a title as a passage, and reports no title', () => {
    const long = `${'A paragraph that runs on. '.repeat(8)}`.trim();
    expect(long.length).toBeGreaterThan(MAX_TITLE_LENGTH);
    const text = `${long}\nSecond.`;
    const parsed = recoverStructure(text);
    expect(parsed.title).toBeNull();
    expect(texts(text)).toEqual([long, 'Second.']);
  });

  it('lets a one-line text be both its title and its only passage', () => {
    const parsed = recoverStructure('Just a line');
    expect(parsed.title).toBe('Just a line');
    expect(parsed.passages).toHaveLength(1);
  });
});
