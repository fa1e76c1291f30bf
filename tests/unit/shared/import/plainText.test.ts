import { describe, expect, it } from 'vitest';
import { normaliseText } from '../../../../shared/import/normaliseText';
import { MAX_TITLE_LENGTH, parsePlainText } from '../../../../shared/import/plainText';

const texts = (text: string) =>
  parsePlainText(text).passages.map((p) => text.slice(p.start, p.end));

describe('normaliseText', () => {
  it('unifies newlines, drops the byte-order mark and trailing blanks, and composes accents', () => {
    expect(normaliseText('\uFEFFTitle  \r\nline one\t\rline two\n\n')).toBe(
      'Title\nline one\nline two',
    );
    expect(normaliseText('Jana\u0301ozen')).toBe('Janáozen');
  });
});

describe('parsePlainText', () => {
  it('takes the first non-empty line as the title and each paragraph after it as a passage', () => {
    const text = '\nThe title\n\nFirst paragraph.\n\nSecond paragraph.';
    const parsed = parsePlainText(text);
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
    const [first] = parsePlainText(text).passages;
    expect(text.slice(first!.start, first!.end)).toBe('Indented paragraph.');
  });

  it('keeps a first line too long to be a title as a passage, and reports no title', () => {
    const long = `${'A paragraph that runs on. '.repeat(8)}`.trim();
    expect(long.length).toBeGreaterThan(MAX_TITLE_LENGTH);
    const text = `${long}\nSecond.`;
    const parsed = parsePlainText(text);
    expect(parsed.title).toBeNull();
    expect(texts(text)).toEqual([long, 'Second.']);
  });

  it('lets a one-line text be both its title and its only passage', () => {
    const parsed = parsePlainText('Just a line');
    expect(parsed.title).toBe('Just a line');
    expect(parsed.passages).toHaveLength(1);
  });
});
