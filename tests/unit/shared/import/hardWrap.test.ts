import { describe, expect, it } from 'vitest';
import { isHardWrapped, linesOf } from '../../../../shared/import/plainText';

describe('a hard-wrapped block', () => {
  it('is judged whole however many lines it has: a book typed without a blank line', () => {
    // 300,000 lines: more than a call can take as arguments (Math.max(...widths) overflowed).
    const lines = Array.from(
      { length: 300_000 },
      (_, i) =>
        `and line ${i.toString().padStart(6, '0')} of the long report runs on without a stop`,
    );
    expect(isHardWrapped(linesOf(lines.join('\n')))).toBe(true);
  });
});
