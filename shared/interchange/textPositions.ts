/**
 * REFI-QDA counts positions in a plain-text source in characters (Unicode code points), where
 * JavaScript strings count UTF-16 units: an emoji is one character there and two units here.
 * Line endings differ between tools too: Dossier stores "\n"; a project from Windows may hold
 * "\r\n", which ATLAS.ti counts as one character and NVivo and MAXQDA as two.
 */

/** Code-point positions of many UTF-16 offsets at once, in one pass over the text. */
export function codePointsOf(text: string, offsets: readonly number[]): number[] {
  const order = offsets.map((_, i) => i).sort((a, b) => offsets[a]! - offsets[b]!);
  const out = new Array<number>(offsets.length);
  let unit = 0;
  let points = 0;
  for (const i of order) {
    const target = Math.min(offsets[i]!, text.length);
    while (unit < target) {
      const code = text.codePointAt(unit)!;
      unit += code > 0xffff ? 2 : 1;
      points++;
    }
    out[i] = points;
  }
  return out;
}

export interface NormalisedSourceText {
  /** The text as Dossier stores it: line breaks as "\n", no byte-order mark. */
  text: string;
  /** The UTF-16 offset in `text` of a position the project gives, or null past its end. */
  offsetOf: (position: number) => number | null;
}

/**
 * A project's plain text made Dossier's, with a map from the project's positions to offsets in
 * it. `crlfIsOne` counts "\r\n" as one character (ATLAS.ti's way) instead of two.
 */
export function normaliseSourceText(raw: string, crlfIsOne: boolean): NormalisedSourceText {
  const body = raw.replace(/^\uFEFF/, '');
  // offsets[p] is where position p falls in the normalised text.
  const offsets: number[] = [];
  let text = '';
  for (let i = 0; i < body.length;) {
    const code = body.codePointAt(i)!;
    const width = code > 0xffff ? 2 : 1;
    if (code === 0x0d) {
      const pair = body.charCodeAt(i + 1) === 0x0a;
      offsets.push(text.length);
      // The "\n" of a pair, counted by tools that count two, points after the break.
      if (pair && !crlfIsOne) offsets.push(text.length + 1);
      text += '\n';
      i += pair ? 2 : 1;
      continue;
    }
    offsets.push(text.length);
    text += body.slice(i, i + width);
    i += width;
  }
  offsets.push(text.length);
  return {
    text,
    offsetOf: (position) =>
      Number.isInteger(position) && position >= 0 && position < offsets.length
        ? offsets[position]!
        : null,
  };
}
