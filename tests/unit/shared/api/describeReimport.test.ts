import { describe, expect, it } from 'vitest';
import type { ReimportReport } from '../../../../shared/api/types';
import { describeReimport } from '../../../../shared/api/describeReimport';

const report = (kept: number, orphaned: number, comments: number) =>
  ({
    source: { title: 'Harbour strike' },
    highlightsKept: kept,
    highlightsOrphaned: orphaned,
    commentsAdded: comments,
  }) as ReimportReport;

describe('the line a re-read source leaves', () => {
  it('says what was kept, and only the losses and additions there were', () => {
    expect(describeReimport(report(1, 0, 0))).toBe('Re-read “Harbour strike”: 1 highlight kept.');
    expect(describeReimport(report(3, 2, 1))).toBe(
      'Re-read “Harbour strike”: 3 highlights kept, 2 whose words are gone, 1 comment added.',
    );
  });

  it('names the highlights a citation now numbers differently', () => {
    const renumbered = [
      {
        highlightId: 'h1',
        quote: 'The union said a handful of managers were locked in',
        from: 2,
        to: 3,
      },
    ];
    expect(describeReimport({ ...report(1, 0, 0), renumbered })).toBe(
      'Re-read “Harbour strike”: 1 highlight kept. Paragraph numbers changed for 1 highlight ' +
        '(“The union said a handful of…” para. 2 → 3): citations made before give the old number.',
    );
  });
});
