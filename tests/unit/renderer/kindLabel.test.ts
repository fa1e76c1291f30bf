import { describe, expect, it } from 'vitest';
import { kindLabel } from '../../../renderer/src/library/kindLabel';

describe('kindLabel', () => {
  it('says a source’s kind or type in words, never as a raw id', () => {
    expect(kindLabel('article-magazine')).toBe('Magazine article');
    expect(kindLabel('post-weblog')).toBe('Blog post');
    expect(kindLabel('comment')).toBe('Reader comment');
    expect(kindLabel('reference')).toBe('Reference (no text)');
    expect(kindLabel('legal-case')).toBe('Legal case');
  });
});
