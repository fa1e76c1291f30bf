import { describe, expect, it } from 'vitest';
import { momentLabel } from '../../../renderer/src/common/dateLabels';

describe('a recorded moment as the window shows it', () => {
  it('is the moment in the locale’s words, not a raw timestamp', () => {
    const iso = '2026-12-05T22:15:00.000Z';
    const expected = new Intl.DateTimeFormat(undefined, {
      dateStyle: 'medium',
      timeStyle: 'short',
    }).format(new Date(iso));
    expect(momentLabel(iso)).toBe(expected);
    expect(momentLabel(iso, 'day')).toBe(
      new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }).format(new Date(iso)),
    );
  });

  it('shows a value the calendar cannot hold as written, never "Invalid Date"', () => {
    for (const bad of ['yesterday', '', '2026-13-45T99:00:00Z', '0000-00-00'])
      expect(momentLabel(bad)).toBe(bad);
  });
});
