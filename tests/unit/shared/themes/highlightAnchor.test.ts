import { describe, expect, it } from 'vitest';
import { createAnchor, resolveAnchor } from '../../../../shared/themes/highlightAnchor';

const text = 'Police fired on the strikers. Later the strikers returned to the square.';

describe('highlight anchors', () => {
  it('keeps its place when the text is unchanged', () => {
    const anchor = createAnchor(text, 16, 28);
    expect(anchor.exact).toBe('the strikers');
    expect(resolveAnchor(text, anchor)).toEqual({ start: 16, end: 28, orphaned: false });
  });

  it('follows its quote when the text before it moves', () => {
    const anchor = createAnchor(text, 16, 28);
    const edited = `A new first sentence. ${text}`;
    const resolved = resolveAnchor(edited, anchor);
    expect(resolved.orphaned).toBe(false);
    if (!resolved.orphaned) expect(edited.slice(resolved.start, resolved.end)).toBe('the strikers');
    if (!resolved.orphaned) expect(resolved.start).toBe(16 + 22);
  });

  it('tells two occurrences of the same quote apart by their context', () => {
    const second = text.indexOf('the strikers', 20);
    const anchor = createAnchor(text, second, second + 12);
    const edited = `Intro. ${text}`;
    const resolved = resolveAnchor(edited, anchor);
    expect(resolved).toEqual({ start: second + 7, end: second + 19, orphaned: false });
  });

  it('still finds a quote whose surroundings were edited', () => {
    const anchor = createAnchor(text, 16, 28);
    const edited = 'Riot police opened fire on the strikers at dawn.';
    const resolved = resolveAnchor(edited, anchor);
    expect(resolved.orphaned).toBe(false);
    if (!resolved.orphaned) expect(edited.slice(resolved.start, resolved.end)).toBe('the strikers');
  });

  it('is orphaned when its quote is gone, never moved onto other words', () => {
    const anchor = createAnchor(text, 16, 28);
    expect(resolveAnchor('Police fired on the workers.', anchor)).toEqual({ orphaned: true });
  });
});
