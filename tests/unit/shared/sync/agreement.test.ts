import { describe, expect, it } from 'vitest';
import { agreementOf } from '../../../../shared/sync/agreement';

describe('agreement between two coders', () => {
  it("gives Krippendorff's own worked example: two observers, binary data, α = 0.095", () => {
    // Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section A: ten units,
    // observer A 0100000010, observer B 1110010000.
    const a = [0, 1, 0, 0, 0, 0, 0, 0, 1, 0];
    const b = [1, 1, 1, 0, 0, 1, 0, 0, 0, 0];
    const table = { both: 0, firstOnly: 0, secondOnly: 0, neither: 0 };
    a.forEach((x, i) => {
      const y = b[i];
      if (x && y) table.both++;
      else if (x) table.firstOnly++;
      else if (y) table.secondOnly++;
      else table.neither++;
    });
    const figures = agreementOf(table);
    expect(figures.alpha).toBeCloseTo(0.095, 3);
    expect(figures.percent).toBeCloseTo(60, 6);
  });

  it("gives the textbook Cohen's κ: 20 both yes, 5 and 10 split, 15 both no → κ = 0.4", () => {
    const figures = agreementOf({ both: 20, firstOnly: 5, secondOnly: 10, neither: 15 });
    expect(figures.kappa).toBeCloseTo(0.4, 6);
    expect(figures.percent).toBeCloseTo(70, 6);
  });

  it('is 1 for full agreement and undefined where nothing varies', () => {
    expect(agreementOf({ both: 3, firstOnly: 0, secondOnly: 0, neither: 7 })).toMatchObject({
      kappa: 1,
      alpha: 1,
      percent: 100,
    });
    expect(agreementOf({ both: 0, firstOnly: 0, secondOnly: 0, neither: 9 })).toMatchObject({
      kappa: null,
      alpha: null,
    });
  });
});
