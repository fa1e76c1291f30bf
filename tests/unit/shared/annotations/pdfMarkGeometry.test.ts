import { describe, expect, it } from 'vitest';
import { colourName } from '../../../../shared/annotations/colourThemes';
import { quadBoxes, textUnderBoxes } from '../../../../shared/annotations/textUnderQuads';

// Runs as pdf.js gives them: 10-point type, each character 5 points wide.
const run = (str: string, x: number, y: number, eol = false) => ({
  str,
  x,
  y,
  width: str.length * 5,
  height: 10,
  eol,
});

describe("a PDF highlight's words", () => {
  const page = [
    run('Workers stopped ', 100, 700),
    run('work', 180, 700),
    run(' at dawn, and the em-', 200, 700, true),
    run('ployers answered.', 100, 686, true),
  ];

  it('are the characters inside its boxes, runs on a line joined as the import joins them', () => {
    // "stopped work at": x 140..215, one line.
    const box = { left: 140, right: 215, bottom: 698, top: 710 };
    expect(textUnderBoxes(page, [box])).toBe('stopped work at');
  });

  it('make a broken word whole across lines, even when the box stops before the hyphen', () => {
    const boxes = [
      { left: 290, right: 300, bottom: 698, top: 710 }, // "em", the hyphen outside
      { left: 100, right: 140, bottom: 684, top: 696 }, // "ployers"
    ];
    expect(textUnderBoxes(page, boxes)).toBe('employers');
  });

  it('take each character once where a reader wrote overlapping boxes', () => {
    const box = { left: 100, right: 135, bottom: 698, top: 710 };
    expect(textUnderBoxes(page, [box, box, { ...box, right: 130 }])).toBe('Workers');
  });

  it('read QuadPoints in either corner order', () => {
    // pdf.js's order (top-left, top-right, bottom-left, bottom-right) and the spec's.
    expect(quadBoxes([71, 746, 194, 746, 71, 736, 194, 736])).toEqual([
      { left: 71, right: 194, bottom: 736, top: 746 },
    ]);
    expect(quadBoxes([71, 736, 194, 736, 194, 746, 71, 746])).toEqual([
      { left: 71, right: 194, bottom: 736, top: 746 },
    ]);
  });
});

describe('the name of a highlighter colour', () => {
  it("names the colours readers' palettes offer as a writer would", () => {
    // Zotero 7's annotation colours, Acrobat's yellow, Preview's pink and green.
    expect(
      ['#ffd400', '#ff6666', '#5fb236', '#2ea8e5', '#a28ae5', '#f19837', '#aaaaaa'].map(colourName),
    ).toEqual(['Yellow', 'Red', 'Green', 'Blue', 'Purple', 'Orange', 'Grey']);
    expect(['#ffff00', '#ff809e', '#7df066'].map(colourName)).toEqual(['Yellow', 'Pink', 'Green']);
    expect(colourName('not a colour')).toBe('Unnamed colour');
  });
});
