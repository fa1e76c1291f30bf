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
