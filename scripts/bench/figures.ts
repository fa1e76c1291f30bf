/** The figures a bench run measured, kept so `npm run bench -- --json FILE` can write them. */
export interface Figure {
  bench: string;
  name: string;
  value: number;
  unit: string;
}

const recorded: Figure[] = [];

export function figure(bench: string, name: string, value: number, unit: string): number {
  recorded.push({ bench, name, value: Number(value.toFixed(3)), unit });
  return value;
}

export function allFigures(): readonly Figure[] {
  return recorded;
}

/** The p-th percentile of timings (nearest rank). */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}
