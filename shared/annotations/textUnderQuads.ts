import { joinBrokenLines } from '../import/brokenLines';

/** A run of text on a PDF page where pdf.js laid it out: baseline origin, advance and size. */
export interface PlacedRun {
  str: string;
  x: number;
  y: number;
  width: number;
  height: number;
  /** The run ends its line (pdf.js's hasEOL). */
  eol: boolean;
}

/** A quadrilateral a markup annotation covers, as its bounding box in page space. */
export interface Box {
  left: number;
  right: number;
  bottom: number;
  top: number;
}

/** PDF QuadPoints (eight numbers a quad, corners in any order) as boxes. */
export function quadBoxes(points: ArrayLike<number>): Box[] {
  const boxes: Box[] = [];
  for (let i = 0; i + 7 < points.length; i += 8) {
    const xs = [points[i]!, points[i + 2]!, points[i + 4]!, points[i + 6]!];
    const ys = [points[i + 1]!, points[i + 3]!, points[i + 5]!, points[i + 7]!];
    boxes.push({
      left: Math.min(...xs),
      right: Math.max(...xs),
      bottom: Math.min(...ys),
      top: Math.max(...ys),
    });
  }
  return boxes;
}

/**
 * The words a highlight covers: the characters of the page's runs whose middle lies in one of
 * its boxes, read in the page's order and joined into lines as the import joins them (runs
 * run on, with no space added; a word broken at a line's end made whole), so the quote reads
 * as Dossier's copy of the page does however many boxes a reader wrote a line. A run's
 * characters are taken as equally wide, which finds whole words well enough; the quote is then
 * found in the source's text and widened to whole words there.
 */
export function textUnderBoxes(runs: readonly PlacedRun[], boxes: readonly Box[]): string {
  const inside = (x: number, y: number) =>
    boxes.some((b) => x >= b.left && x <= b.right && y >= b.bottom && y <= b.top);
  const lines: string[] = [];
  let line = '';
  for (const run of runs) {
    const chars = [...run.str];
    const each = chars.length ? run.width / chars.length : 0;
    const middle = run.y + run.height * 0.35;
    let last = -2;
    chars.forEach((c, i) => {
      // Spaces are where words part, wherever pdf.js placed them; kept once words are taken.
      if ((/\s/u.test(c) && line) || inside(run.x + each * (i + 0.5), middle)) {
        line += c;
        last = i;
      }
    });
    // A box drawn to a word's last letter leaves out the typesetter's hyphen after it.
    if (run.eol && last === chars.length - 2 && chars.at(-1) === '-') line += '-';
    if (run.eol && line.trim()) {
      lines.push(line);
      line = '';
    }
  }
  if (line.trim()) lines.push(line);
  return joinBrokenLines(lines.map((l) => l.replace(/\s+/gu, ' ')));
}
