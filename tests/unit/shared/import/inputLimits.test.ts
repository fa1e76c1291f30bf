import { plainFolder } from '../../../../shared/search/fold/folder';
import { describe, expect, it } from 'vitest';
import { markdownNesting } from '../../../../shared/import/inputLimits';
import { MAX_WORD_LENGTH, tokenize } from '../../../../shared/search/tokenize';

describe('markdownNesting', () => {
  it('counts list levels by indentation, whatever the indent step, and quotation marks', () => {
    expect(markdownNesting('# Title\n\nA paragraph.\n')).toBe(0);
    expect(markdownNesting('- one\n- two\n  - two a\n    - two a i\n- three\n')).toBe(3);
    expect(markdownNesting('1. one\n    1. one a\n        1. one a i\n')).toBe(3);
    expect(markdownNesting('> quoted\n> > quoted twice\n')).toBe(2);
    expect(markdownNesting('> - a list in a quote\n>   - nested\n')).toBe(3);
  });

  it('starts again after a paragraph that is not part of a list', () => {
    expect(markdownNesting('- a\n  - b\n\nA paragraph.\n\n- c\n')).toBe(2);
  });
});

describe('tokenize on runs longer than any word', () => {
  it('keys a run past the limit by its first characters, unfolded', () => {
    const run = `${'Ph'.repeat(200)}`;
    const [token] = tokenize(`before ${run} after`, plainFolder).filter((t) => t.start === 7);
    expect(token!.key).toBe(run.slice(0, MAX_WORD_LENGTH).toLowerCase());
    expect(token!.end - token!.start).toBe(run.length);
  });
});
