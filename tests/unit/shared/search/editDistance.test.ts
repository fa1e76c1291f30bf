import { describe, expect, it } from 'vitest';
import { allowedEdits, boundedEditDistance } from '../../../../shared/search/index/editDistance';

describe('boundedEditDistance', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(boundedEditDistance('tokaiv', 'tokaev', 2)).toBe(1);
    expect(boundedEditDistance('nazabaev', 'nazarbaev', 2)).toBe(1);
    expect(boundedEditDistance('kitten', 'sitting', 3)).toBe(3);
  });

  it('counts an adjacent transposition as one edit', () => {
    expect(boundedEditDistance('almtai', 'almati', 2)).toBe(1);
  });

  it('stops at the bound', () => {
    expect(boundedEditDistance('janaozen', 'parliament', 2)).toBe(3);
    expect(boundedEditDistance('a', 'abcdef', 2)).toBe(3);
  });

  it('allows more edits for longer words and none for short ones', () => {
    expect(allowedEdits('oil')).toBe(0);
    expect(allowedEdits('clan')).toBe(1);
    expect(allowedEdits('janaozen')).toBe(2);
  });
});
